import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FrameworkTasks1795454869828 implements MigrationInterface {
  name = 'FrameworkTasks1795454869828';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "framework_tasks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "framework_id" uuid NOT NULL, "code" text NOT NULL, "title" jsonb NOT NULL, "phase" text NOT NULL DEFAULT '', "professions" jsonb NOT NULL, "ulos" text array NOT NULL, CONSTRAINT "PK_ece96d713499984df9abb90816d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "framework_tasks_framework_code_key" ON "framework_tasks"  ("framework_id", "code") `);
    await queryRunner.query(`ALTER TABLE "framework_tasks" ADD CONSTRAINT "FK_b7eba6b0871554cea24e30aaa55" FOREIGN KEY ("framework_id") REFERENCES "qualification_frameworks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "framework_tasks" DROP CONSTRAINT "FK_b7eba6b0871554cea24e30aaa55"`);
    await queryRunner.query(`DROP INDEX "public"."framework_tasks_framework_code_key"`);
    await queryRunner.query(`DROP TABLE "framework_tasks"`);
  }
}
