import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SiteReviewItems1796408961757 implements MigrationInterface {
  name = 'SiteReviewItems1796408961757';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "site_review_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "site_id" uuid NOT NULL, "topic_guid" text NOT NULL, "title" text NOT NULL, "description" text, "topic_status" text, "topic_author" text, "labels" text array NOT NULL DEFAULT '{}', "global_ids" text array NOT NULL, "status" character varying(8) NOT NULL DEFAULT 'open', "source_file" text, "imported_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_by_id" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolution_note" text, CONSTRAINT "PK_6f0f0b21d9b0ed117a0d47443dc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "site_review_items_topic_key" ON "site_review_items"  ("site_id", "topic_guid") `);
    await queryRunner.query(`ALTER TABLE "site_review_items" ADD CONSTRAINT "FK_4b3d423589fbb7866afed28f6d8" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "site_review_items" ADD CONSTRAINT "FK_16d6f4e24a4f124a39d97f6ab83" FOREIGN KEY ("site_id") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "site_review_items" ADD CONSTRAINT "FK_138fd3b9e4234ac1342f3c07aaa" FOREIGN KEY ("imported_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "site_review_items" ADD CONSTRAINT "FK_26493e1a658aa4f35c208108ef5" FOREIGN KEY ("resolved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "site_review_items" DROP CONSTRAINT "FK_26493e1a658aa4f35c208108ef5"`);
    await queryRunner.query(`ALTER TABLE "site_review_items" DROP CONSTRAINT "FK_138fd3b9e4234ac1342f3c07aaa"`);
    await queryRunner.query(`ALTER TABLE "site_review_items" DROP CONSTRAINT "FK_16d6f4e24a4f124a39d97f6ab83"`);
    await queryRunner.query(`ALTER TABLE "site_review_items" DROP CONSTRAINT "FK_4b3d423589fbb7866afed28f6d8"`);
    await queryRunner.query(`DROP INDEX "public"."site_review_items_topic_key"`);
    await queryRunner.query(`DROP TABLE "site_review_items"`);
  }
}
