import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Afest1796433707013 implements MigrationInterface {
  name = 'Afest1796433707013';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "afests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "worker_id" uuid NOT NULL, "trainer_id" uuid NOT NULL, "title" text NOT NULL, "target_ulos" text array NOT NULL DEFAULT '{}', "held_ulos" jsonb NOT NULL DEFAULT '[]', "positioning_note" text NOT NULL, "positioned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "locked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_afests" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "afests_org_worker_idx" ON "afests" ("organisation_id", "worker_id")`);
    await queryRunner.query(`ALTER TABLE "afests" ADD CONSTRAINT "FK_afests_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "afests" ADD CONSTRAINT "FK_afests_worker" FOREIGN KEY ("worker_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "afests" ADD CONSTRAINT "FK_afests_trainer" FOREIGN KEY ("trainer_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE TABLE "afest_sequences" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "afest_id" uuid NOT NULL, "module_version_id" uuid, "activity" text NOT NULL, "planned_on" date NOT NULL, "site_id" uuid, "planned_minutes" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_afest_sequences_minutes" CHECK ("planned_minutes" > 0 AND "planned_minutes" <= 1440), CONSTRAINT "PK_afest_sequences" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "afest_sequences_afest_idx" ON "afest_sequences" ("afest_id")`);
    await queryRunner.query(`ALTER TABLE "afest_sequences" ADD CONSTRAINT "FK_afest_sequences_afest" FOREIGN KEY ("afest_id") REFERENCES "afests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "afest_sequences" ADD CONSTRAINT "FK_afest_sequences_version" FOREIGN KEY ("module_version_id") REFERENCES "module_versions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "afest_sequences" ADD CONSTRAINT "FK_afest_sequences_site" FOREIGN KEY ("site_id") REFERENCES "sites"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE TABLE "afest_additions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "afest_id" uuid NOT NULL, "author_id" uuid NOT NULL, "reason" text NOT NULL, "note" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_afest_additions" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "afest_additions_afest_idx" ON "afest_additions" ("afest_id")`);
    await queryRunner.query(`ALTER TABLE "afest_additions" ADD CONSTRAINT "FK_afest_additions_afest" FOREIGN KEY ("afest_id") REFERENCES "afests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "afest_additions" ADD CONSTRAINT "FK_afest_additions_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "afest_additions"`);
    await queryRunner.query(`DROP TABLE "afest_sequences"`);
    await queryRunner.query(`DROP TABLE "afests"`);
  }
}
