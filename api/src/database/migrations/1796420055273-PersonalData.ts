import type { MigrationInterface, QueryRunner } from 'typeorm';

// Personal data: erasure requests (who asked, who executed, the pseudonym given) and each organisation's retention
// of evidence photos. The ledger is not touched: statements name people by account id, never by name.
export class PersonalData1796420055273 implements MigrationInterface {
  name = 'PersonalData1796420055273';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "personal_data_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "requested_by" uuid NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "executed_by" uuid, "executed_at" TIMESTAMP WITH TIME ZONE, "pseudonym" text, CONSTRAINT "CHK_c8177302459a3398964e5e9ea8" CHECK ("kind" IN ('erasure')), CONSTRAINT "PK_personal_data_requests" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "personal_data_requests_open_key" ON "personal_data_requests" ("organisation_id", "user_id", "kind") WHERE "executed_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "personal_data_requests_user_idx" ON "personal_data_requests" ("user_id")`);
    await queryRunner.query(`ALTER TABLE "personal_data_requests" ADD CONSTRAINT "FK_bcee813bb6d1a1192a11c30db46" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "personal_data_requests" ADD CONSTRAINT "FK_c7cb2066128aa26d7e2c5e70668" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE TABLE "evidence_retention_policies" ("organisation_id" uuid NOT NULL, "years" integer NOT NULL, "updated_by" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_524e5af9b1d60db0ce93d5be28" CHECK ("years" BETWEEN 1 AND 50), CONSTRAINT "PK_evidence_retention_policies" PRIMARY KEY ("organisation_id"))`);
    await queryRunner.query(`ALTER TABLE "evidence_retention_policies" ADD CONSTRAINT "FK_5722fc2aa28139c46d3f76afb88" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "evidence_retention_policies"`);
    await queryRunner.query(`DROP TABLE "personal_data_requests"`);
  }
}
