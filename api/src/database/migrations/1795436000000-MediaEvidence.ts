import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MediaEvidence1795436000000 implements MigrationInterface {
  name = 'MediaEvidence1795436000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "media_assets" ADD "purpose" character varying(16) NOT NULL DEFAULT 'content'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "media_assets" DROP COLUMN "purpose"`);
  }
}
