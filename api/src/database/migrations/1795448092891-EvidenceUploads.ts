import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EvidenceUploads1795448092891 implements MigrationInterface {
  name = 'EvidenceUploads1795448092891';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "evidence_uploads" ("id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "content_type" character varying(64) NOT NULL, "byte_size" integer NOT NULL, "sha256" character(64) NOT NULL, "received_bytes" integer NOT NULL DEFAULT '0', "media_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5f1d15db2fcd6f5933c59efb047" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c660e2bbe7fd610a1fdc261295" ON "evidence_uploads"  ("updated_at") `);
    await queryRunner.query(`ALTER TABLE "evidence_uploads" ADD CONSTRAINT "FK_75f6663362d2d7bfe99c7448b19" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "evidence_uploads" DROP CONSTRAINT "FK_75f6663362d2d7bfe99c7448b19"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c660e2bbe7fd610a1fdc261295"`);
    await queryRunner.query(`DROP TABLE "evidence_uploads"`);
  }
}
