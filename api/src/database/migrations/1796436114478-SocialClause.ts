import type { MigrationInterface, QueryRunner } from 'typeorm';

// The social clause: contracts, lots, awards, participants, monthly hour declarations (validated ones locked by a
// trigger) and the append-only log of eligibility reads.

export class SocialClause1796436114478 implements MigrationInterface {
  name = 'SocialClause1796436114478';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "clause_contracts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "network_organisation_id" uuid NOT NULL, "territory_id" uuid, "buyer" text NOT NULL, "reference" text NOT NULL, "title" text NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "total_labour_hours" numeric(10,2), "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_clause_contracts_dates" CHECK ("ends_on" >= "starts_on"), CONSTRAINT "PK_737618b23fd5df2ea23a149aeaf" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "clause_contracts_reference_key" ON "clause_contracts"  ("network_organisation_id", "reference") `);
    await queryRunner.query(`CREATE TABLE "clause_lots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "contract_id" uuid NOT NULL, "label" text NOT NULL, "target_hours" numeric(10,2) NOT NULL, CONSTRAINT "CHK_clause_lots_target" CHECK ("target_hours" >= 0), CONSTRAINT "PK_4705b04e2e24944d6ccdcba9f6d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "clause_lots_label_key" ON "clause_lots"  ("contract_id", "label") `);
    await queryRunner.query(`CREATE TABLE "clause_lot_awards" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "lot_id" uuid NOT NULL, "company_organisation_id" uuid, "company_name" text, CONSTRAINT "CHK_clause_lot_awards_company" CHECK (("company_organisation_id" IS NULL) <> ("company_name" IS NULL)), CONSTRAINT "PK_1b4b033814e39512f6e7c139488" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "clause_lot_awards_company_idx" ON "clause_lot_awards"  ("company_organisation_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "clause_lot_awards_key" ON "clause_lot_awards"  ("lot_id", "company_organisation_id") `);
    await queryRunner.query(`CREATE TABLE "clause_lot_sites" ("lot_id" uuid NOT NULL, "site_id" uuid NOT NULL, CONSTRAINT "PK_f83b156fb003db667551700ece4" PRIMARY KEY ("lot_id", "site_id"))`);
    await queryRunner.query(`CREATE TABLE "clause_participants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "contract_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "category" text, "evidence_type" text, "starts_on" date NOT NULL, "ends_on" date, "exit_outcome" text, "exit_on" date, "recorded_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_clause_participants_dates" CHECK ("ends_on" IS NULL OR "ends_on" >= "starts_on"), CONSTRAINT "CHK_clause_participants_exit" CHECK ("exit_outcome" IN ('job', 'training', 'other')), CONSTRAINT "CHK_clause_participants_evidence" CHECK ("evidence_type" IN ('jobSeekerCertificate', 'pliePrescription', 'benefitCertificate', 'rqthDecision', 'iaeContract', 'other')), CONSTRAINT "CHK_clause_participants_category" CHECK ("category" IN ('longTermJobSeeker', 'plie', 'under26NoQualification', 'rsa', 'rqth', 'iae', 'other')), CONSTRAINT "PK_ee97e5aaad42d544d9e0d3b3cee" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "clause_participants_organisation_idx" ON "clause_participants"  ("organisation_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "clause_participants_key" ON "clause_participants"  ("contract_id", "user_id") `);
    await queryRunner.query(`CREATE TABLE "clause_hour_declarations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "participant_id" uuid NOT NULL, "lot_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "month" text NOT NULL, "hours_worked" numeric(6,2) NOT NULL, "training_hours" numeric(6,2) NOT NULL, "training_hours_computed" numeric(6,2) NOT NULL, "training_correction_reason" text, "status" text NOT NULL DEFAULT 'declared', "corrects_id" uuid, "correction_reason" text, "sent_back_reason" text, "declared_by_user_id" uuid, "declared_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_by_user_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_clause_hour_declarations_month" CHECK ("month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'), CONSTRAINT "CHK_clause_hour_declarations_hours" CHECK ("hours_worked" BETWEEN 0 AND 220 AND "training_hours" BETWEEN 0 AND 220 AND "hours_worked" + "training_hours" <= 220), CONSTRAINT "CHK_clause_hour_declarations_status" CHECK ("status" IN ('declared', 'validated', 'sentBack', 'superseded')), CONSTRAINT "PK_88a20ad9369d81f921c33428f3b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "clause_hour_declarations_open_key" ON "clause_hour_declarations"  ("participant_id", "month") WHERE "status" = 'declared'`);
    await queryRunner.query(`CREATE TABLE "eligibility_reads" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "reader_user_id" uuid NOT NULL, "reader_organisation_id" uuid NOT NULL, "reason" text NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d91c3375019976f6dc586be3e92" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "eligibility_reads_organisation_idx" ON "eligibility_reads"  ("organisation_id", "read_at") `);
    await queryRunner.query(`ALTER TABLE "clause_contracts" ADD CONSTRAINT "FK_clause_contracts_network" FOREIGN KEY ("network_organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "clause_contracts" ADD CONSTRAINT "FK_clause_contracts_territory" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "clause_contracts" ADD CONSTRAINT "FK_clause_contracts_created_by" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "clause_lots" ADD CONSTRAINT "FK_clause_lots_contract" FOREIGN KEY ("contract_id") REFERENCES "clause_contracts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "clause_lot_awards" ADD CONSTRAINT "FK_clause_lot_awards_lot" FOREIGN KEY ("lot_id") REFERENCES "clause_lots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "clause_lot_awards" ADD CONSTRAINT "FK_clause_lot_awards_company" FOREIGN KEY ("company_organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "clause_lot_sites" ADD CONSTRAINT "FK_clause_lot_sites_lot" FOREIGN KEY ("lot_id") REFERENCES "clause_lots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "clause_lot_sites" ADD CONSTRAINT "FK_clause_lot_sites_site" FOREIGN KEY ("site_id") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "clause_participants" ADD CONSTRAINT "FK_clause_participants_contract" FOREIGN KEY ("contract_id") REFERENCES "clause_contracts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "clause_participants" ADD CONSTRAINT "FK_clause_participants_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "clause_participants" ADD CONSTRAINT "FK_clause_participants_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "clause_participants" ADD CONSTRAINT "FK_clause_participants_recorded_by" FOREIGN KEY ("recorded_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "clause_hour_declarations" ADD CONSTRAINT "FK_clause_hour_declarations_participant" FOREIGN KEY ("participant_id") REFERENCES "clause_participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "clause_hour_declarations" ADD CONSTRAINT "FK_clause_hour_declarations_lot" FOREIGN KEY ("lot_id") REFERENCES "clause_lots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "clause_hour_declarations" ADD CONSTRAINT "FK_clause_hour_declarations_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "clause_hour_declarations" ADD CONSTRAINT "FK_clause_hour_declarations_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "clause_hour_declarations" ADD CONSTRAINT "FK_clause_hour_declarations_corrects" FOREIGN KEY ("corrects_id") REFERENCES "clause_hour_declarations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "clause_hour_declarations" ADD CONSTRAINT "FK_clause_hour_declarations_declared_by" FOREIGN KEY ("declared_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "clause_hour_declarations" ADD CONSTRAINT "FK_clause_hour_declarations_decided_by" FOREIGN KEY ("decided_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "eligibility_reads" ADD CONSTRAINT "FK_eligibility_reads_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "eligibility_reads" ADD CONSTRAINT "FK_eligibility_reads_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "eligibility_reads" ADD CONSTRAINT "FK_eligibility_reads_reader" FOREIGN KEY ("reader_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    // Append-only: a read, once logged, is never changed or removed.
    await queryRunner.query(`CREATE FUNCTION "eligibility_reads_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'eligibility_reads is append-only' USING ERRCODE = 'insufficient_privilege'; END $$`);
    await queryRunner.query(`CREATE TRIGGER "eligibility_reads_append_only" BEFORE UPDATE OR DELETE ON "eligibility_reads" FOR EACH ROW EXECUTE FUNCTION "eligibility_reads_append_only"()`);
    // A validated month is locked: its only change is to be superseded by a validated correction. Sent back and
    // superseded months are history and never change.
    await queryRunner.query(`CREATE FUNCTION "clause_hour_declarations_locked"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
      IF OLD.status IN ('sentBack', 'superseded') OR (OLD.status = 'validated' AND (NEW.status <> 'superseded'
         OR (NEW.hours_worked, NEW.training_hours, NEW.month, NEW.participant_id, NEW.lot_id) IS DISTINCT FROM (OLD.hours_worked, OLD.training_hours, OLD.month, OLD.participant_id, OLD.lot_id))) THEN
        RAISE EXCEPTION 'a decided declaration is locked; declare a correction' USING ERRCODE = 'insufficient_privilege';
      END IF;
      RETURN NEW; END $$`);
    await queryRunner.query(`CREATE TRIGGER "clause_hour_declarations_locked" BEFORE UPDATE ON "clause_hour_declarations" FOR EACH ROW EXECUTE FUNCTION "clause_hour_declarations_locked"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "clause_hour_declarations_locked" ON "clause_hour_declarations"`);
    await queryRunner.query(`DROP FUNCTION "clause_hour_declarations_locked"()`);
    await queryRunner.query(`DROP TRIGGER "eligibility_reads_append_only" ON "eligibility_reads"`);
    await queryRunner.query(`DROP FUNCTION "eligibility_reads_append_only"()`);
    await queryRunner.query(`ALTER TABLE "eligibility_reads" DROP CONSTRAINT "FK_eligibility_reads_reader"`);
    await queryRunner.query(`ALTER TABLE "eligibility_reads" DROP CONSTRAINT "FK_eligibility_reads_user"`);
    await queryRunner.query(`ALTER TABLE "eligibility_reads" DROP CONSTRAINT "FK_eligibility_reads_organisation"`);
    await queryRunner.query(`ALTER TABLE "clause_hour_declarations" DROP CONSTRAINT "FK_clause_hour_declarations_decided_by"`);
    await queryRunner.query(`ALTER TABLE "clause_hour_declarations" DROP CONSTRAINT "FK_clause_hour_declarations_declared_by"`);
    await queryRunner.query(`ALTER TABLE "clause_hour_declarations" DROP CONSTRAINT "FK_clause_hour_declarations_corrects"`);
    await queryRunner.query(`ALTER TABLE "clause_hour_declarations" DROP CONSTRAINT "FK_clause_hour_declarations_user"`);
    await queryRunner.query(`ALTER TABLE "clause_hour_declarations" DROP CONSTRAINT "FK_clause_hour_declarations_organisation"`);
    await queryRunner.query(`ALTER TABLE "clause_hour_declarations" DROP CONSTRAINT "FK_clause_hour_declarations_lot"`);
    await queryRunner.query(`ALTER TABLE "clause_hour_declarations" DROP CONSTRAINT "FK_clause_hour_declarations_participant"`);
    await queryRunner.query(`ALTER TABLE "clause_participants" DROP CONSTRAINT "FK_clause_participants_recorded_by"`);
    await queryRunner.query(`ALTER TABLE "clause_participants" DROP CONSTRAINT "FK_clause_participants_user"`);
    await queryRunner.query(`ALTER TABLE "clause_participants" DROP CONSTRAINT "FK_clause_participants_organisation"`);
    await queryRunner.query(`ALTER TABLE "clause_participants" DROP CONSTRAINT "FK_clause_participants_contract"`);
    await queryRunner.query(`ALTER TABLE "clause_lot_sites" DROP CONSTRAINT "FK_clause_lot_sites_site"`);
    await queryRunner.query(`ALTER TABLE "clause_lot_sites" DROP CONSTRAINT "FK_clause_lot_sites_lot"`);
    await queryRunner.query(`ALTER TABLE "clause_lot_awards" DROP CONSTRAINT "FK_clause_lot_awards_company"`);
    await queryRunner.query(`ALTER TABLE "clause_lot_awards" DROP CONSTRAINT "FK_clause_lot_awards_lot"`);
    await queryRunner.query(`ALTER TABLE "clause_lots" DROP CONSTRAINT "FK_clause_lots_contract"`);
    await queryRunner.query(`ALTER TABLE "clause_contracts" DROP CONSTRAINT "FK_clause_contracts_created_by"`);
    await queryRunner.query(`ALTER TABLE "clause_contracts" DROP CONSTRAINT "FK_clause_contracts_territory"`);
    await queryRunner.query(`ALTER TABLE "clause_contracts" DROP CONSTRAINT "FK_clause_contracts_network"`);
    await queryRunner.query(`DROP INDEX "public"."eligibility_reads_organisation_idx"`);
    await queryRunner.query(`DROP TABLE "eligibility_reads"`);
    await queryRunner.query(`DROP INDEX "public"."clause_hour_declarations_open_key"`);
    await queryRunner.query(`DROP TABLE "clause_hour_declarations"`);
    await queryRunner.query(`DROP INDEX "public"."clause_participants_key"`);
    await queryRunner.query(`DROP INDEX "public"."clause_participants_organisation_idx"`);
    await queryRunner.query(`DROP TABLE "clause_participants"`);
    await queryRunner.query(`DROP TABLE "clause_lot_sites"`);
    await queryRunner.query(`DROP INDEX "public"."clause_lot_awards_key"`);
    await queryRunner.query(`DROP INDEX "public"."clause_lot_awards_company_idx"`);
    await queryRunner.query(`DROP TABLE "clause_lot_awards"`);
    await queryRunner.query(`DROP INDEX "public"."clause_lots_label_key"`);
    await queryRunner.query(`DROP TABLE "clause_lots"`);
    await queryRunner.query(`DROP INDEX "public"."clause_contracts_reference_key"`);
    await queryRunner.query(`DROP TABLE "clause_contracts"`);
  }
}
