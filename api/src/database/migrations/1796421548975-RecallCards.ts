import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RecallCards1796421548975 implements MigrationInterface {
  name = 'RecallCards1796421548975';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "recall_cards" ("user_id" uuid NOT NULL, "activity_id" text NOT NULL, "module_version_id" uuid NOT NULL, "step_id" text NOT NULL, "due" TIMESTAMP WITH TIME ZONE NOT NULL, "stability" double precision NOT NULL, "difficulty" double precision NOT NULL, "scheduled_days" integer NOT NULL, "learning_steps" integer NOT NULL, "reps" integer NOT NULL, "lapses" integer NOT NULL, "phase" character varying(12) NOT NULL, "last_review" TIMESTAMP WITH TIME ZONE, "remembered_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_21973b829700ce86cadddd03438" PRIMARY KEY ("user_id", "activity_id"))`);
    await queryRunner.query(`CREATE INDEX "recall_cards_version_idx" ON "recall_cards"  ("module_version_id") `);
    await queryRunner.query(`CREATE TABLE "recall_policies" ("organisation_id" uuid NOT NULL, "extend_months" integer NOT NULL, "window_days" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2ce9a13f1d09f10e6df7564df89" PRIMARY KEY ("organisation_id"))`);
    await queryRunner.query(`ALTER TABLE "recall_policies" ADD CONSTRAINT "FK_2ce9a13f1d09f10e6df7564df89" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "recall_policies" DROP CONSTRAINT "FK_2ce9a13f1d09f10e6df7564df89"`);
    await queryRunner.query(`DROP TABLE "recall_policies"`);
    await queryRunner.query(`DROP INDEX "public"."recall_cards_version_idx"`);
    await queryRunner.query(`DROP TABLE "recall_cards"`);
  }
}
