import type { MigrationInterface, QueryRunner } from 'typeorm';

// Positioning sessions of network bodies, their candidates and results, the retention setting, and hand-overs.
export class Positioning1796436628224 implements MigrationInterface {
  name = 'Positioning1796436628224';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "positioning_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "name" text NOT NULL, "session_date" date NOT NULL, "language" text NOT NULL DEFAULT 'fr', "code" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_positioning_sessions_code" UNIQUE ("code"), CONSTRAINT "PK_positioning_sessions" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "positioning_sessions_organisation_idx" ON "positioning_sessions" ("organisation_id")`);
    await queryRunner.query(`ALTER TABLE "positioning_sessions" ADD CONSTRAINT "FK_positioning_sessions_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE TABLE "positioning_candidates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "first_name" text NOT NULL, "language" text NOT NULL DEFAULT 'fr', "token_hash" text NOT NULL, "consented_at" TIMESTAMP WITH TIME ZONE NOT NULL, "answers" jsonb NOT NULL DEFAULT '{}', "completed_at" TIMESTAMP WITH TIME ZONE, "handed_over_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_positioning_candidates_token_hash" UNIQUE ("token_hash"), CONSTRAINT "PK_positioning_candidates" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "positioning_candidates_session_idx" ON "positioning_candidates" ("session_id")`);
    await queryRunner.query(`ALTER TABLE "positioning_candidates" ADD CONSTRAINT "FK_positioning_candidates_session" FOREIGN KEY ("session_id") REFERENCES "positioning_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE TABLE "positioning_retention_policies" ("organisation_id" uuid NOT NULL, "months" smallint NOT NULL, CONSTRAINT "CHK_positioning_retention_months" CHECK ("months" between 1 and 60), CONSTRAINT "PK_positioning_retention_policies" PRIMARY KEY ("organisation_id"))`);
    await queryRunner.query(`ALTER TABLE "positioning_retention_policies" ADD CONSTRAINT "FK_positioning_retention_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE TABLE "positioning_handovers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "network_organisation_id" uuid NOT NULL, "user_id" uuid, "trades" text array NOT NULL, "starting_ulos" text array NOT NULL, "suggested_modules" text array NOT NULL, "candidate_consented_at" TIMESTAMP WITH TIME ZONE NOT NULL, "handed_over_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_positioning_handovers" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "positioning_handovers_company_idx" ON "positioning_handovers" ("organisation_id")`);
    await queryRunner.query(`ALTER TABLE "positioning_handovers" ADD CONSTRAINT "FK_positioning_handovers_company" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "positioning_handovers" ADD CONSTRAINT "FK_positioning_handovers_network" FOREIGN KEY ("network_organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "positioning_handovers" ADD CONSTRAINT "FK_positioning_handovers_worker" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "positioning_handovers" ADD CONSTRAINT "FK_positioning_handovers_by" FOREIGN KEY ("handed_over_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "positioning_handovers"`);
    await queryRunner.query(`DROP TABLE "positioning_retention_policies"`);
    await queryRunner.query(`DROP TABLE "positioning_candidates"`);
    await queryRunner.query(`DROP TABLE "positioning_sessions"`);
  }
}
