import type { MigrationInterface, QueryRunner } from 'typeorm';

// An existing account added as a worker is invited, not linked: invitations may now be for workers, with a trade.
export class WorkerInvitations1795460000000 implements MigrationInterface {
  name = 'WorkerInvitations1795460000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "invitations" ADD "trade" text`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "CHK_1a39f69bc0f6f5692c425c9d7b"`);
    await queryRunner.query(`ALTER TABLE "invitations" ADD CONSTRAINT "CHK_invitations_role" CHECK ("role" in ('manager', 'trainer', 'worker'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "invitations" WHERE "role" = 'worker'`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "CHK_invitations_role"`);
    await queryRunner.query(`ALTER TABLE "invitations" ADD CONSTRAINT "CHK_1a39f69bc0f6f5692c425c9d7b" CHECK ("role" in ('manager', 'trainer'))`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP COLUMN "trade"`);
  }
}
