import type { MigrationInterface, QueryRunner } from 'typeorm';

// Background jobs move to pg-boss: its schema is created here (the API's role owns it, so pg-boss can install and
// upgrade its tables in it at start); the home-made `jobs` table goes. Jobs still queued in it are moved first.
export class JobQueue1795460100000 implements MigrationInterface {
  name = 'JobQueue1795460100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "pgboss"`);
    // Kept for pg-boss to pick up at the first start (see JobsService.adoptLegacyJobs), then dropped there.
    await queryRunner.query(`ALTER TABLE "jobs" RENAME TO "jobs_to_adopt"`);
    await queryRunner.query(`DELETE FROM "jobs_to_adopt" WHERE "status" NOT IN ('queued', 'running')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS "jobs_to_adopt"`);
    await queryRunner.query(`CREATE TABLE "jobs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "payload" jsonb NOT NULL DEFAULT '{}', "status" text NOT NULL DEFAULT 'queued', "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "run_after" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "locked_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cf0a6c42b72fcc7f7c237def345" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "jobs_claim_idx" ON "jobs"  ("status", "run_after") `);
    await queryRunner.query(`DROP SCHEMA IF EXISTS "pgboss" CASCADE`);
  }
}
