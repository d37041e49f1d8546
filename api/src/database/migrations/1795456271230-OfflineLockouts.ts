import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OfflineLockouts1795456271230 implements MigrationInterface {
  name = 'OfflineLockouts1795456271230';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "offline_lockouts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tablet_id" uuid NOT NULL, "worker_id" uuid NOT NULL, "locked_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8407574c5e81a39699d07c3c9b6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "offline_lockouts_key" ON "offline_lockouts"  ("tablet_id", "worker_id", "locked_at") `);
    await queryRunner.query(`ALTER TABLE "offline_lockouts" ADD CONSTRAINT "FK_995294cd859ac193f8a9ab50db9" FOREIGN KEY ("tablet_id") REFERENCES "tablets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "offline_lockouts" ADD CONSTRAINT "FK_dbf37146326a498118149cca35b" FOREIGN KEY ("worker_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "offline_lockouts" DROP CONSTRAINT "FK_dbf37146326a498118149cca35b"`);
    await queryRunner.query(`ALTER TABLE "offline_lockouts" DROP CONSTRAINT "FK_995294cd859ac193f8a9ab50db9"`);
    await queryRunner.query(`DROP INDEX "public"."offline_lockouts_key"`);
    await queryRunner.query(`DROP TABLE "offline_lockouts"`);
  }
}
