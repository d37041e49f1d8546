import type { MigrationInterface, QueryRunner } from 'typeorm';

// The API's role may set only the voiding columns of the ledger (database/roles.ts). The trigger now also requires
// that the voiding statement itself is in the ledger, from the same organisation and naming this statement: a bare
// `UPDATE … SET voided = true` cannot erase a record without leaving its voiding statement behind.
export class LedgerVoidingNeedsStatement1795460100000 implements MigrationInterface {
  name = 'LedgerVoidingNeedsStatement1795460100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION xapi_statements_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'learning records are append-only: void a statement instead of deleting it';
        END IF;
        IF OLD.voided OR NOT NEW.voided OR (to_jsonb(NEW) - 'voided' - 'voided_by') <> (to_jsonb(OLD) - 'voided' - 'voided_by') THEN
          RAISE EXCEPTION 'learning records are append-only: only voiding a live statement is allowed';
        END IF;
        IF NEW.voided_by IS NULL OR NOT EXISTS (
          SELECT 1 FROM xapi_statements v
           WHERE v.id = NEW.voided_by AND v.organisation_id = OLD.organisation_id
             AND v.verb_id = 'http://adlnet.gov/expapi/verbs/voided' AND lower(v.object_id) = OLD.id::text
        ) THEN
          RAISE EXCEPTION 'learning records are append-only: a statement is voided only by a stored voiding statement naming it';
        END IF;
        RETURN NEW;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION xapi_statements_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'learning records are append-only: void a statement instead of deleting it';
        END IF;
        IF OLD.voided OR NOT NEW.voided OR (to_jsonb(NEW) - 'voided' - 'voided_by') <> (to_jsonb(OLD) - 'voided' - 'voided_by') THEN
          RAISE EXCEPTION 'learning records are append-only: only voiding a live statement is allowed';
        END IF;
        RETURN NEW;
      END $$`);
  }
}
