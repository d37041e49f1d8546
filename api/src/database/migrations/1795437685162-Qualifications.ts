import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Qualifications1795437685162 implements MigrationInterface {
  name = 'Qualifications1795437685162';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "qualification_frameworks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "version" text NOT NULL, "title" jsonb NOT NULL, "status" text NOT NULL DEFAULT '', "imported_by" uuid, "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07eb243f3ad6dbd5bd667d18fa8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "qualification_frameworks_code_version_key" ON "qualification_frameworks"  ("code", "version") `);
    await queryRunner.query(`CREATE TABLE "reference_ulos" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "framework_id" uuid NOT NULL, "code" text NOT NULL, "title" jsonb NOT NULL, "topic" text NOT NULL DEFAULT '', "eqf_level" smallint NOT NULL, "credits" double precision, "esco" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_cfc8df9d586556c413345a06faf" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "reference_ulos_framework_code_key" ON "reference_ulos"  ("framework_id", "code") `);
    await queryRunner.query(`CREATE TABLE "qualification_schemes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "framework_id" uuid NOT NULL, "code" text NOT NULL, "country" character varying(2) NOT NULL, "awarding_body" text NOT NULL, "title" jsonb NOT NULL, CONSTRAINT "PK_65ede1573acd9a8fe7f7219992c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "qualification_schemes_framework_code_key" ON "qualification_schemes"  ("framework_id", "code") `);
    await queryRunner.query(`CREATE TABLE "scheme_units" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "scheme_id" uuid NOT NULL, "code" text NOT NULL, "title" jsonb NOT NULL, CONSTRAINT "PK_67e50cc0dc2f088d4a3aae71e6c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "scheme_units_scheme_code_key" ON "scheme_units"  ("scheme_id", "code") `);
    await queryRunner.query(`CREATE TABLE "scheme_qualifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "scheme_id" uuid NOT NULL, "code" text NOT NULL, "title" jsonb NOT NULL, "requirement" jsonb NOT NULL, "practical_validation" boolean NOT NULL DEFAULT false, "validity_months" integer, CONSTRAINT "PK_2a881583e817a8e5772dabb2f78" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "scheme_qualifications_scheme_code_key" ON "scheme_qualifications"  ("scheme_id", "code") `);
    await queryRunner.query(`CREATE TABLE "ulo_mappings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "scheme_id" uuid NOT NULL, "scheme_unit" text NOT NULL, "ulo" text NOT NULL, "coverage" character varying(8) NOT NULL, "note" text NOT NULL DEFAULT '', "approved_by" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_10281dda232f4380f9ce485b91" CHECK ("coverage" in ('full', 'partial')), CONSTRAINT "PK_2506ed418cd33b9a81a910050ba" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ulo_mappings_scheme_unit_ulo_key" ON "ulo_mappings"  ("scheme_id", "scheme_unit", "ulo") `);
    await queryRunner.query(`CREATE TABLE "qualification_awards" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "qualification_id" uuid NOT NULL, "awarded_at" date NOT NULL, "expires_at" date, "evidence" jsonb NOT NULL, "expired_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_25f6d1092a5b8ca3a0ee00aa35a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "qualification_awards_live_key" ON "qualification_awards"  ("user_id", "qualification_id") WHERE "expired_at" is null and "revoked_at" is null`);
    await queryRunner.query(`ALTER TABLE "reference_ulos" ADD CONSTRAINT "FK_36cdf862ca35a56b3588463d3d8" FOREIGN KEY ("framework_id") REFERENCES "qualification_frameworks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "qualification_schemes" ADD CONSTRAINT "FK_bfb693e082c7b88ca61a112cd85" FOREIGN KEY ("framework_id") REFERENCES "qualification_frameworks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "scheme_units" ADD CONSTRAINT "FK_fa900a316ae046dc150b6e9dfdf" FOREIGN KEY ("scheme_id") REFERENCES "qualification_schemes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "scheme_qualifications" ADD CONSTRAINT "FK_8364c7f0e8a30cd0cbf28b033cf" FOREIGN KEY ("scheme_id") REFERENCES "qualification_schemes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ulo_mappings" ADD CONSTRAINT "FK_efaefe972ac5780accadc7429ce" FOREIGN KEY ("scheme_id") REFERENCES "qualification_schemes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "qualification_awards" ADD CONSTRAINT "FK_c4a0d9e065cc4e238049863b421" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "qualification_awards" ADD CONSTRAINT "FK_9a4627079163107dfe7599ce442" FOREIGN KEY ("qualification_id") REFERENCES "scheme_qualifications"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "qualification_awards" DROP CONSTRAINT "FK_9a4627079163107dfe7599ce442"`);
    await queryRunner.query(`ALTER TABLE "qualification_awards" DROP CONSTRAINT "FK_c4a0d9e065cc4e238049863b421"`);
    await queryRunner.query(`ALTER TABLE "ulo_mappings" DROP CONSTRAINT "FK_efaefe972ac5780accadc7429ce"`);
    await queryRunner.query(`ALTER TABLE "scheme_qualifications" DROP CONSTRAINT "FK_8364c7f0e8a30cd0cbf28b033cf"`);
    await queryRunner.query(`ALTER TABLE "scheme_units" DROP CONSTRAINT "FK_fa900a316ae046dc150b6e9dfdf"`);
    await queryRunner.query(`ALTER TABLE "qualification_schemes" DROP CONSTRAINT "FK_bfb693e082c7b88ca61a112cd85"`);
    await queryRunner.query(`ALTER TABLE "reference_ulos" DROP CONSTRAINT "FK_36cdf862ca35a56b3588463d3d8"`);
    await queryRunner.query(`DROP INDEX "public"."qualification_awards_live_key"`);
    await queryRunner.query(`DROP TABLE "qualification_awards"`);
    await queryRunner.query(`DROP INDEX "public"."ulo_mappings_scheme_unit_ulo_key"`);
    await queryRunner.query(`DROP TABLE "ulo_mappings"`);
    await queryRunner.query(`DROP INDEX "public"."scheme_qualifications_scheme_code_key"`);
    await queryRunner.query(`DROP TABLE "scheme_qualifications"`);
    await queryRunner.query(`DROP INDEX "public"."scheme_units_scheme_code_key"`);
    await queryRunner.query(`DROP TABLE "scheme_units"`);
    await queryRunner.query(`DROP INDEX "public"."qualification_schemes_framework_code_key"`);
    await queryRunner.query(`DROP TABLE "qualification_schemes"`);
    await queryRunner.query(`DROP INDEX "public"."reference_ulos_framework_code_key"`);
    await queryRunner.query(`DROP TABLE "reference_ulos"`);
    await queryRunner.query(`DROP INDEX "public"."qualification_frameworks_code_version_key"`);
    await queryRunner.query(`DROP TABLE "qualification_frameworks"`);
  }
}
