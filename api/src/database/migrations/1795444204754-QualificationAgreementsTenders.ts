import type { MigrationInterface, QueryRunner } from 'typeorm';

export class QualificationAgreementsTenders1795444204754 implements MigrationInterface {
  name = 'QualificationAgreementsTenders1795444204754';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "bilateral_agreements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "framework_id" uuid NOT NULL, "from_scheme" text NOT NULL, "held" text NOT NULL, "to_scheme" text NOT NULL, "recognised" text NOT NULL, "note" text NOT NULL DEFAULT '', "approved_by" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_61df390543eb1bbe8b6b54aa85d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "bilateral_agreements_key" ON "bilateral_agreements"  ("framework_id", "from_scheme", "held", "to_scheme", "recognised") `);
    await queryRunner.query(`CREATE TABLE "tender_requirements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "site_id" uuid NOT NULL, "title" text NOT NULL, "clause" text NOT NULL DEFAULT '', "ulos" text array NOT NULL DEFAULT '{}', "qualifications" text array NOT NULL DEFAULT '{}', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_25142ea13b474565e05ea9463ea" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_64513c72b28abddd1ac2eb6cd0" ON "tender_requirements"  ("organisation_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_fc8587b4db376b0a12f2022be1" ON "tender_requirements"  ("site_id") `);
    await queryRunner.query(`ALTER TABLE "reference_ulos" ADD "knowledge" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "reference_ulos" ADD "skills" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "reference_ulos" ADD "autonomy" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "bilateral_agreements" ADD CONSTRAINT "FK_cb0cdccd9fee027dbeaf6bc4da9" FOREIGN KEY ("framework_id") REFERENCES "qualification_frameworks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "tender_requirements" ADD CONSTRAINT "FK_64513c72b28abddd1ac2eb6cd0e" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "tender_requirements" ADD CONSTRAINT "FK_fc8587b4db376b0a12f2022be1d" FOREIGN KEY ("site_id") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tender_requirements" DROP CONSTRAINT "FK_fc8587b4db376b0a12f2022be1d"`);
    await queryRunner.query(`ALTER TABLE "tender_requirements" DROP CONSTRAINT "FK_64513c72b28abddd1ac2eb6cd0e"`);
    await queryRunner.query(`ALTER TABLE "bilateral_agreements" DROP CONSTRAINT "FK_cb0cdccd9fee027dbeaf6bc4da9"`);
    await queryRunner.query(`ALTER TABLE "reference_ulos" DROP COLUMN "autonomy"`);
    await queryRunner.query(`ALTER TABLE "reference_ulos" DROP COLUMN "skills"`);
    await queryRunner.query(`ALTER TABLE "reference_ulos" DROP COLUMN "knowledge"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fc8587b4db376b0a12f2022be1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_64513c72b28abddd1ac2eb6cd0"`);
    await queryRunner.query(`DROP TABLE "tender_requirements"`);
    await queryRunner.query(`DROP INDEX "public"."bilateral_agreements_key"`);
    await queryRunner.query(`DROP TABLE "bilateral_agreements"`);
  }
}
