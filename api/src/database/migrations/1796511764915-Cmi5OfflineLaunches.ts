import type { MigrationInterface, QueryRunner } from 'typeorm';

// cmi5 sessions prepared for a tablet's site pack, played offline.
export class Cmi5OfflineLaunches1796511764915 implements MigrationInterface {
  name = 'Cmi5OfflineLaunches1796511764915';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cmi5_sessions" ADD "prepared_offline_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cmi5_sessions" DROP COLUMN "prepared_offline_at"`);
  }
}
