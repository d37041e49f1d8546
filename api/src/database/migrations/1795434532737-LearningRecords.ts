import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LearningRecords1795434532737 implements MigrationInterface {
  name = 'LearningRecords1795434532737';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "learning_progress" ("user_id" uuid NOT NULL, "activity_id" text NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "first_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_at" TIMESTAMP WITH TIME ZONE NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE, "passed_at" TIMESTAMP WITH TIME ZONE, "failed_at" TIMESTAMP WITH TIME ZONE, "best_score" double precision, "training_seconds" integer NOT NULL DEFAULT '0', "statement_count" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_e6d05dc92d9cc905816d632ba44" PRIMARY KEY ("user_id", "activity_id"))`);
    await queryRunner.query(`CREATE TABLE "xapi_statements" ("id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "actor_user_id" uuid, "actor_ifi" text NOT NULL, "verb_id" text NOT NULL, "object_id" text NOT NULL, "registration" uuid, "statement" jsonb NOT NULL, "content_hash" text NOT NULL, "timestamp" TIMESTAMP WITH TIME ZONE NOT NULL, "stored" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "clock_skew_ms" integer, "source" character varying(16) NOT NULL, "device_id" text, "voided" boolean NOT NULL DEFAULT false, "voided_by" uuid, CONSTRAINT "PK_883738d4aefdd18a927f083f619" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "xapi_statements_object_idx" ON "xapi_statements"  ("object_id") `);
    await queryRunner.query(`CREATE INDEX "xapi_statements_actor_ifi_idx" ON "xapi_statements"  ("actor_ifi") `);
    await queryRunner.query(`CREATE INDEX "xapi_statements_actor_object_idx" ON "xapi_statements"  ("actor_user_id", "object_id") `);
    await queryRunner.query(`CREATE INDEX "xapi_statements_org_stored_idx" ON "xapi_statements"  ("organisation_id", "stored", "id") `);
    await queryRunner.query(`CREATE TABLE "xapi_credentials" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "key" text NOT NULL, "secret_hash" text NOT NULL, "label" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_059d6b0cf9293cf3a47003257cc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_8c68bb72fa9ea2784e3bcda118" ON "xapi_credentials"  ("organisation_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "xapi_credentials_key_key" ON "xapi_credentials"  ("key") `);

    // The ledger is append-only: no delete, and an update may only mark a live statement voided.
    await queryRunner.query(`CREATE FUNCTION xapi_statements_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'learning records are append-only: void a statement instead of deleting it';
        END IF;
        IF OLD.voided OR NOT NEW.voided OR (to_jsonb(NEW) - 'voided' - 'voided_by') <> (to_jsonb(OLD) - 'voided' - 'voided_by') THEN
          RAISE EXCEPTION 'learning records are append-only: only voiding a live statement is allowed';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER xapi_statements_append_only BEFORE UPDATE OR DELETE ON "xapi_statements"
      FOR EACH ROW EXECUTE FUNCTION xapi_statements_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER xapi_statements_append_only ON "xapi_statements"`);
    await queryRunner.query(`DROP FUNCTION xapi_statements_append_only()`);
    await queryRunner.query(`DROP INDEX "public"."xapi_credentials_key_key"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8c68bb72fa9ea2784e3bcda118"`);
    await queryRunner.query(`DROP TABLE "xapi_credentials"`);
    await queryRunner.query(`DROP INDEX "public"."xapi_statements_org_stored_idx"`);
    await queryRunner.query(`DROP INDEX "public"."xapi_statements_actor_object_idx"`);
    await queryRunner.query(`DROP INDEX "public"."xapi_statements_actor_ifi_idx"`);
    await queryRunner.query(`DROP INDEX "public"."xapi_statements_object_idx"`);
    await queryRunner.query(`DROP TABLE "xapi_statements"`);
    await queryRunner.query(`DROP TABLE "learning_progress"`);
  }
}
