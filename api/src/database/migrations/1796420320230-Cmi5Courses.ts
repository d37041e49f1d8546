import type { MigrationInterface, QueryRunner } from 'typeorm';

// cmi5: imported courses (each backed by a FIT module), their files, registrations, per-AU results and AU sessions.
export class Cmi5Courses1796420320230 implements MigrationInterface {
  name = 'Cmi5Courses1796420320230';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "cmi5_courses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "module_id" uuid NOT NULL, "name" text NOT NULL, "structure" jsonb NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cmi5_courses" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "cmi5_course_files" ("course_id" uuid NOT NULL, "path" text NOT NULL, "content_type" text NOT NULL, "content" bytea NOT NULL, CONSTRAINT "PK_cmi5_course_files" PRIMARY KEY ("course_id", "path"))`);
    await queryRunner.query(`CREATE TABLE "cmi5_registrations" ("id" uuid NOT NULL, "course_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "actor" jsonb NOT NULL, "actor_ifi" text NOT NULL, "satisfied_at" TIMESTAMP WITH TIME ZONE, "satisfied_blocks" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cmi5_registrations" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "cmi5_au_results" ("registration_id" uuid NOT NULL, "au_index" integer NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE, "passed_at" TIMESTAMP WITH TIME ZONE, "waived_at" TIMESTAMP WITH TIME ZONE, "waive_reason" text, "satisfied_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cmi5_au_results" PRIMARY KEY ("registration_id", "au_index"))`);
    await queryRunner.query(`CREATE TABLE "cmi5_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "registration_id" uuid NOT NULL, "au_index" integer NOT NULL, "launch_mode" character varying(8) NOT NULL, "fetch_token_hash" text NOT NULL, "fetch_used_at" TIMESTAMP WITH TIME ZONE, "credential_key" text, "launched_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "terminated_at" TIMESTAMP WITH TIME ZONE, "abandoned_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cmi5_sessions" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "cmi5_courses_org_idx" ON "cmi5_courses"  ("organisation_id")`);
    await queryRunner.query(`CREATE INDEX "cmi5_registrations_course_actor_idx" ON "cmi5_registrations"  ("course_id", "actor_ifi")`);
    await queryRunner.query(`CREATE INDEX "cmi5_sessions_registration_idx" ON "cmi5_sessions"  ("registration_id")`);
    await queryRunner.query(`CREATE INDEX "cmi5_sessions_credential_idx" ON "cmi5_sessions"  ("credential_key")`);
    await queryRunner.query(`ALTER TABLE "cmi5_courses" ADD CONSTRAINT "FK_84e1d9267623e574069919c335a" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cmi5_courses" ADD CONSTRAINT "FK_e938088cc91f209706ad1c2259f" FOREIGN KEY ("module_id") REFERENCES "learning_modules"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cmi5_course_files" ADD CONSTRAINT "FK_8ba312b0bcda15d1c767727bc80" FOREIGN KEY ("course_id") REFERENCES "cmi5_courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cmi5_registrations" ADD CONSTRAINT "FK_d51ce4ee6e06314626815799e57" FOREIGN KEY ("course_id") REFERENCES "cmi5_courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cmi5_au_results" ADD CONSTRAINT "FK_b1302687fae9e684fc4f0169296" FOREIGN KEY ("registration_id") REFERENCES "cmi5_registrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cmi5_sessions" ADD CONSTRAINT "FK_f5862fb84f9f3d515b3a7e99e27" FOREIGN KEY ("registration_id") REFERENCES "cmi5_registrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "cmi5_sessions"`);
    await queryRunner.query(`DROP TABLE "cmi5_au_results"`);
    await queryRunner.query(`DROP TABLE "cmi5_registrations"`);
    await queryRunner.query(`DROP TABLE "cmi5_course_files"`);
    await queryRunner.query(`DROP TABLE "cmi5_courses"`);
  }
}
