import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FrameworkChanges1795454952033 implements MigrationInterface {
  name = 'FrameworkChanges1795454952033';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "framework_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "framework_id" uuid NOT NULL, "changed_by" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" character varying(16) NOT NULL, "code" text NOT NULL, "before" jsonb, "after" jsonb, CONSTRAINT "CHK_235b9d909499f0690be20e79e7" CHECK ("kind" in ('ulo', 'qualification', 'mapping')), CONSTRAINT "PK_87136076da861907986cde91a42" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "framework_changes_framework_changed_at" ON "framework_changes"  ("framework_id", "changed_at") `);
    await queryRunner.query(`ALTER TABLE "framework_changes" ADD CONSTRAINT "FK_f2ef3e69457e5696d0d629f2877" FOREIGN KEY ("framework_id") REFERENCES "qualification_frameworks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "framework_changes" ADD CONSTRAINT "FK_45bf33423d4bc4724a966d67c0b" FOREIGN KEY ("changed_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "framework_changes" DROP CONSTRAINT "FK_45bf33423d4bc4724a966d67c0b"`);
    await queryRunner.query(`ALTER TABLE "framework_changes" DROP CONSTRAINT "FK_f2ef3e69457e5696d0d629f2877"`);
    await queryRunner.query(`DROP INDEX "public"."framework_changes_framework_changed_at"`);
    await queryRunner.query(`DROP TABLE "framework_changes"`);
  }
}
