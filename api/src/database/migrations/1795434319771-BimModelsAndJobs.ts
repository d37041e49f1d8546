import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BimModelsAndJobs1795434319771 implements MigrationInterface {
  name = 'BimModelsAndJobs1795434319771';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "jobs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "payload" jsonb NOT NULL DEFAULT '{}', "status" text NOT NULL DEFAULT 'queued', "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "run_after" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "locked_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cf0a6c42b72fcc7f7c237def345" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "jobs_claim_idx" ON "jobs"  ("status", "run_after") `);
    await queryRunner.query(`CREATE TABLE "bim_models" ("id" uuid NOT NULL, "site_id" uuid NOT NULL, "version" integer NOT NULL, "file_name" text NOT NULL, "size_bytes" integer NOT NULL, "sha256" text NOT NULL, "schema" text, "status" text NOT NULL DEFAULT 'uploaded', "error_message" text, "progress" integer NOT NULL DEFAULT '0', "summary" jsonb, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "parsed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_4c2da543684838116da71102e89" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "bim_models_site_version_key" ON "bim_models"  ("site_id", "version") `);
    await queryRunner.query(`CREATE TABLE "bim_elements" ("model_id" uuid NOT NULL, "global_id" text NOT NULL, "ifc_class" text NOT NULL, "predefined_type" text, "name" text, "storey_name" text, "storey_elevation" double precision, "materials" text array NOT NULL DEFAULT '{}', "properties" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_3925d4ababcf0c43dace65713b7" PRIMARY KEY ("model_id", "global_id"))`);
    await queryRunner.query(`CREATE INDEX "bim_elements_model_class_idx" ON "bim_elements"  ("model_id", "ifc_class") `);
    await queryRunner.query(`ALTER TABLE "bim_models" ADD CONSTRAINT "FK_250c1d57932f4a5ee8f8f4fcb25" FOREIGN KEY ("site_id") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "bim_models" ADD CONSTRAINT "FK_e3698c43f110ca8d87c092ba40e" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "bim_elements" ADD CONSTRAINT "FK_423f81a0f892bec691d862b75c6" FOREIGN KEY ("model_id") REFERENCES "bim_models"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "bim_elements" DROP CONSTRAINT "FK_423f81a0f892bec691d862b75c6"`);
    await queryRunner.query(`ALTER TABLE "bim_models" DROP CONSTRAINT "FK_e3698c43f110ca8d87c092ba40e"`);
    await queryRunner.query(`ALTER TABLE "bim_models" DROP CONSTRAINT "FK_250c1d57932f4a5ee8f8f4fcb25"`);
    await queryRunner.query(`DROP INDEX "public"."bim_elements_model_class_idx"`);
    await queryRunner.query(`DROP TABLE "bim_elements"`);
    await queryRunner.query(`DROP INDEX "public"."bim_models_site_version_key"`);
    await queryRunner.query(`DROP TABLE "bim_models"`);
    await queryRunner.query(`DROP INDEX "public"."jobs_claim_idx"`);
    await queryRunner.query(`DROP TABLE "jobs"`);
  }
}
