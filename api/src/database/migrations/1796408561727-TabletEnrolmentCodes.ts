import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TabletEnrolmentCodes1796408561727 implements MigrationInterface {
  name = 'TabletEnrolmentCodes1796408561727';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "tablet_enrolment_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "site_id" uuid NOT NULL, "label" text NOT NULL, "code_hash" character varying(64) NOT NULL, "created_by" uuid, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "tablet_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_13c89a654a923dea75cc9e8111c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_4db9bf3ed4594bc7fc1c8733ed" ON "tablet_enrolment_codes"  ("site_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "tablet_enrolment_codes_hash_key" ON "tablet_enrolment_codes"  ("code_hash") `);
    await queryRunner.query(`ALTER TABLE "tablet_enrolment_codes" ADD CONSTRAINT "FK_8e9ba408ab5b4f945d199682404" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "tablet_enrolment_codes" ADD CONSTRAINT "FK_4db9bf3ed4594bc7fc1c8733edc" FOREIGN KEY ("site_id") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "tablet_enrolment_codes" ADD CONSTRAINT "FK_6c6b18f0761674dbab85fb8657c" FOREIGN KEY ("tablet_id") REFERENCES "tablets"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tablet_enrolment_codes" DROP CONSTRAINT "FK_6c6b18f0761674dbab85fb8657c"`);
    await queryRunner.query(`ALTER TABLE "tablet_enrolment_codes" DROP CONSTRAINT "FK_4db9bf3ed4594bc7fc1c8733edc"`);
    await queryRunner.query(`ALTER TABLE "tablet_enrolment_codes" DROP CONSTRAINT "FK_8e9ba408ab5b4f945d199682404"`);
    await queryRunner.query(`DROP INDEX "public"."tablet_enrolment_codes_hash_key"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4db9bf3ed4594bc7fc1c8733ed"`);
    await queryRunner.query(`DROP TABLE "tablet_enrolment_codes"`);
  }
}
