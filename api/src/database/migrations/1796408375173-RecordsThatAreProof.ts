import type { MigrationInterface, QueryRunner } from 'typeorm';

// A held ULO of an award none of whose done modules either was validated or needs no validation.
const UNBACKED = `u->>'state' = 'held' AND NOT EXISTS (
  SELECT 1 FROM jsonb_array_elements(u->'evidence') e
   WHERE coalesce(e->>'passedAt', e->>'completedAt') IS NOT NULL
     AND (e->>'validatedAt' IS NOT NULL OR NOT EXISTS (
       SELECT 1 FROM "module_versions" v
        WHERE v."module_id"::text = e->>'moduleId'
          AND coalesce((v."content"->>'practicalRequiredForAward')::boolean, true)
          AND coalesce(v."content"->'steps', '[]'::jsonb) @> '[{"kind": "practical"}]')))`;

export class RecordsThatAreProof1796408375173 implements MigrationInterface {
  name = 'RecordsThatAreProof1796408375173';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "refused_statements" ("organisation_id" uuid NOT NULL, "statement_id" uuid NOT NULL, "user_id" uuid, "sent_by" uuid, "rule" text NOT NULL, "reason" text NOT NULL, "statement" jsonb NOT NULL, "device_id" text, "refused_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_151ccb70abc734a5edcc086ea62" PRIMARY KEY ("organisation_id", "statement_id"))`);
    await queryRunner.query(`CREATE INDEX "refused_statements_org_time_idx" ON "refused_statements"  ("organisation_id", "refused_at") `);
    await queryRunner.query(`ALTER TABLE "qualification_awards" ADD "on_hold_reason" text`);
    await queryRunner.query(`ALTER TABLE "qualification_awards" ADD "on_hold_since" TIMESTAMP WITH TIME ZONE`);
    // Existing awards that rest only on modules whose practical step was never validated on site lose their basis under
    // the new rule (practicalRequiredForAward, on by default). They are kept, marked with the reason, never deleted;
    // the next recomputation lifts the mark once a trainer validates.
    await queryRunner.query(`
      UPDATE "qualification_awards" a
         SET "on_hold_reason" = 'Awaiting validation on site: the practical step behind '
               || (SELECT string_agg(DISTINCT u->>'ulo', ', ') FROM jsonb_array_elements(a."evidence") u WHERE ${UNBACKED})
               || ' has not been validated by a trainer yet.',
             "on_hold_since" = now()
       WHERE a."expired_at" IS NULL AND a."revoked_at" IS NULL
         AND EXISTS (SELECT 1 FROM jsonb_array_elements(a."evidence") u WHERE ${UNBACKED})`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "qualification_awards" DROP COLUMN "on_hold_since"`);
    await queryRunner.query(`ALTER TABLE "qualification_awards" DROP COLUMN "on_hold_reason"`);
    await queryRunner.query(`DROP INDEX "public"."refused_statements_org_time_idx"`);
    await queryRunner.query(`DROP TABLE "refused_statements"`);
  }
}
