import type { MigrationInterface, QueryRunner } from 'typeorm';

// Each tablet gets a key pair of its own at enrolment; the site pack's PIN hashes are sealed for its public key.
// Tablets enrolled before have no key: they are asked once to be enrolled again.
export class TabletKeys1795460200000 implements MigrationInterface {
  name = 'TabletKeys1795460200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tablets" ADD "public_key" text`);
    await queryRunner.query(`ALTER TABLE "tablets" ADD "key_state" character varying(16) NOT NULL DEFAULT 'awaiting_key'`);
    await queryRunner.query(`UPDATE "tablets" SET "key_state" = 'reenrol'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tablets" DROP COLUMN "key_state"`);
    await queryRunner.query(`ALTER TABLE "tablets" DROP COLUMN "public_key"`);
  }
}
