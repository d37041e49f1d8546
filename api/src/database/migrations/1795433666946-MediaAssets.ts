import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MediaAssets1795433666946 implements MigrationInterface {
  name = 'MediaAssets1795433666946';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "media_assets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "content_type" character varying(64) NOT NULL, "byte_size" integer NOT NULL, "sha256" character(64) NOT NULL, "original_name" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ca47e9f67a5e5d8af1e75d66ee6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_5e169907b6d561e998efcf6826" ON "media_assets"  ("organisation_id") `);
    await queryRunner.query(`ALTER TABLE "media_assets" ADD CONSTRAINT "FK_5e169907b6d561e998efcf6826f" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "media_assets" DROP CONSTRAINT "FK_5e169907b6d561e998efcf6826f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5e169907b6d561e998efcf6826"`);
    await queryRunner.query(`DROP TABLE "media_assets"`);
  }
}
