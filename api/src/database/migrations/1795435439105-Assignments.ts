import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Assignments1795435439105 implements MigrationInterface {
  name = 'Assignments1795435439105';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "module_version_id" uuid NOT NULL, "worker_id" uuid NOT NULL, "site_id" uuid, "team_id" uuid, "due_on" date NOT NULL, "reason" text NOT NULL DEFAULT '', "batch_id" uuid NOT NULL, "assigned_by" uuid NOT NULL, "state" character varying(16) NOT NULL DEFAULT 'open', "closed_reason" character varying(32), "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_1e7ce3e7f11f61be0dfc69c4f2" CHECK (("state" = 'closed') = ("closed_reason" is not null)), CONSTRAINT "CHK_da7cb2ae9d90ee2ebd87b3389c" CHECK ("state" in ('open', 'closed')), CONSTRAINT "PK_c54ca359535e0012b04dcbd80ee" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "assignments_open_key" ON "assignments"  ("worker_id", "module_version_id") WHERE "state" = 'open'`);
    await queryRunner.query(`CREATE INDEX "assignments_worker_idx" ON "assignments"  ("worker_id", "state") `);
    await queryRunner.query(`CREATE INDEX "assignments_org_site_idx" ON "assignments"  ("organisation_id", "site_id", "state") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."assignments_org_site_idx"`);
    await queryRunner.query(`DROP INDEX "public"."assignments_worker_idx"`);
    await queryRunner.query(`DROP INDEX "public"."assignments_open_key"`);
    await queryRunner.query(`DROP TABLE "assignments"`);
  }
}
