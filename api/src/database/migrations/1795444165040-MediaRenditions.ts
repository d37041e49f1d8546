import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MediaRenditions1795444165040 implements MigrationInterface {
  name = 'MediaRenditions1795444165040';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "media_assets" ADD "width" integer`);
    await queryRunner.query(`ALTER TABLE "media_assets" ADD "height" integer`);
    await queryRunner.query(`ALTER TABLE "media_assets" ADD "renditions" jsonb NOT NULL DEFAULT '{}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "media_assets" DROP COLUMN "renditions"`);
    await queryRunner.query(`ALTER TABLE "media_assets" DROP COLUMN "height"`);
    await queryRunner.query(`ALTER TABLE "media_assets" DROP COLUMN "width"`);
  }
}
