import type { MigrationInterface, QueryRunner } from 'typeorm';

// The raw content of xAPI statement attachments, once per organisation and SHA-2: statements name it by hash.
export class StatementAttachments1796419887651 implements MigrationInterface {
  name = 'StatementAttachments1796419887651';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "xapi_attachments" ("organisation_id" uuid NOT NULL, "sha2" text NOT NULL, "content_type" text NOT NULL, "length" integer NOT NULL, "content" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_xapi_attachments" PRIMARY KEY ("organisation_id", "sha2"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "xapi_attachments"`);
  }
}
