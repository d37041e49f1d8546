import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TrainingModules1795433505465 implements MigrationInterface {
  name = 'TrainingModules1795433505465';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "learning_modules" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "slug" character varying(80) NOT NULL, "draft_version_id" uuid, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5884364b4820dc6ee536d3f65ff" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "learning_modules_organisation_slug_key" ON "learning_modules"  ("organisation_id", "slug") `);
    await queryRunner.query(`CREATE TABLE "module_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "module_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "version" integer NOT NULL, "status" character varying(16) NOT NULL, "content" jsonb NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "published_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_0d559a70b16059358b9b72bcb9" CHECK (("status" = 'published') = ("published_at" is not null)), CONSTRAINT "CHK_d6cb203f698491c0e62e48e91c" CHECK ("status" in ('draft', 'published')), CONSTRAINT "PK_ba5a134e701f9eb4dd741290e2e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_f42faf75285489e228d22396e2" ON "module_versions"  ("organisation_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "module_versions_one_draft_key" ON "module_versions"  ("module_id") WHERE "status" = 'draft'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "module_versions_module_version_key" ON "module_versions"  ("module_id", "version") `);
    await queryRunner.query(`ALTER TABLE "learning_modules" ADD CONSTRAINT "FK_71254b3ab70c278aff15454a62a" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "module_versions" ADD CONSTRAINT "FK_6350f5b96160e29bdfd25cc1d49" FOREIGN KEY ("module_id") REFERENCES "learning_modules"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Hand-written: a published version is frozen even for code that bypasses the service.
    await queryRunner.query(`CREATE FUNCTION "module_versions_refuse_published_update"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF OLD."status" = 'published' THEN RAISE EXCEPTION 'module version % is published and cannot change', OLD."id" USING ERRCODE = 'check_violation'; END IF; RETURN NEW; END $$`);
    await queryRunner.query(`CREATE TRIGGER "module_versions_published_frozen" BEFORE UPDATE ON "module_versions" FOR EACH ROW EXECUTE FUNCTION "module_versions_refuse_published_update"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "module_versions_published_frozen" ON "module_versions"`);
    await queryRunner.query(`DROP FUNCTION "module_versions_refuse_published_update"()`);
    await queryRunner.query(`ALTER TABLE "module_versions" DROP CONSTRAINT "FK_6350f5b96160e29bdfd25cc1d49"`);
    await queryRunner.query(`ALTER TABLE "learning_modules" DROP CONSTRAINT "FK_71254b3ab70c278aff15454a62a"`);
    await queryRunner.query(`DROP INDEX "public"."module_versions_module_version_key"`);
    await queryRunner.query(`DROP INDEX "public"."module_versions_one_draft_key"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f42faf75285489e228d22396e2"`);
    await queryRunner.query(`DROP TABLE "module_versions"`);
    await queryRunner.query(`DROP INDEX "public"."learning_modules_organisation_slug_key"`);
    await queryRunner.query(`DROP TABLE "learning_modules"`);
  }
}
