import type { MigrationInterface, QueryRunner } from 'typeorm';

// The xAPI document resources: State, Agent Profile and Activity Profile documents, one table keyed per organisation.
export class XapiDocuments1796419887290 implements MigrationInterface {
  name = 'XapiDocuments1796419887290';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "xapi_documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "activity_id" text NOT NULL, "agent_ifi" text NOT NULL, "registration" text NOT NULL, "document_id" text NOT NULL, "content_type" text NOT NULL, "content" bytea NOT NULL, "etag" text NOT NULL, "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_xapi_documents" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "xapi_documents_key_uq" ON "xapi_documents" ("organisation_id", "kind", "activity_id", "agent_ifi", "registration", "document_id")`);
    await queryRunner.query(`ALTER TABLE "xapi_documents" ADD CONSTRAINT "FK_f55d3ea3392f4597890af60617e" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "xapi_documents"`);
  }
}
