import type { MigrationInterface, QueryRunner } from 'typeorm';

// cmi5: imported courses (each backed by a FIT module), their files, registrations, per-AU results and AU sessions.
export class Cmi5Courses1796420320230 implements MigrationInterface {
  name = 'Cmi5Courses1796420320230';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "cmi5_courses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL REFERENCES "organisations"("id") ON DELETE CASCADE, "module_id" uuid NOT NULL REFERENCES "learning_modules"("id") ON DELETE CASCADE, "name" text NOT NULL, "structure" jsonb NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cmi5_courses" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "cmi5_courses_org_idx" ON "cmi5_courses" ("organisation_id")`);
    await queryRunner.query(`CREATE TABLE "cmi5_course_files" ("course_id" uuid NOT NULL REFERENCES "cmi5_courses"("id") ON DELETE CASCADE, "path" text NOT NULL, "content_type" text NOT NULL, "content" bytea NOT NULL, CONSTRAINT "PK_cmi5_course_files" PRIMARY KEY ("course_id", "path"))`);
    await queryRunner.query(`CREATE TABLE "cmi5_registrations" ("id" uuid NOT NULL, "course_id" uuid NOT NULL REFERENCES "cmi5_courses"("id") ON DELETE CASCADE, "organisation_id" uuid NOT NULL, "actor" jsonb NOT NULL, "actor_ifi" text NOT NULL, "satisfied_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cmi5_registrations" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "cmi5_registrations_course_actor_idx" ON "cmi5_registrations" ("course_id", "actor_ifi")`);
    await queryRunner.query(`CREATE TABLE "cmi5_au_results" ("registration_id" uuid NOT NULL REFERENCES "cmi5_registrations"("id") ON DELETE CASCADE, "au_index" integer NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE, "passed_at" TIMESTAMP WITH TIME ZONE, "waived_at" TIMESTAMP WITH TIME ZONE, "waive_reason" text, "satisfied_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cmi5_au_results" PRIMARY KEY ("registration_id", "au_index"))`);
    await queryRunner.query(`CREATE TABLE "cmi5_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "registration_id" uuid NOT NULL REFERENCES "cmi5_registrations"("id") ON DELETE CASCADE, "au_index" integer NOT NULL, "launch_mode" character varying(8) NOT NULL, "fetch_token_hash" text NOT NULL, "fetch_used_at" TIMESTAMP WITH TIME ZONE, "credential_key" text, "launched_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "terminated_at" TIMESTAMP WITH TIME ZONE, "abandoned_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cmi5_sessions" PRIMARY KEY ("id"))`);
    // The sweep looks only at sessions still open.
    await queryRunner.query(`CREATE INDEX "cmi5_sessions_open_idx" ON "cmi5_sessions" ("launched_at") WHERE "terminated_at" IS NULL AND "abandoned_at" IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "cmi5_sessions"`);
    await queryRunner.query(`DROP TABLE "cmi5_au_results"`);
    await queryRunner.query(`DROP TABLE "cmi5_registrations"`);
    await queryRunner.query(`DROP TABLE "cmi5_course_files"`);
    await queryRunner.query(`DROP TABLE "cmi5_courses"`);
  }
}
