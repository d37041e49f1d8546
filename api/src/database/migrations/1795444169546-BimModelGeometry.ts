import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BimModelGeometry1795444169546 implements MigrationInterface {
  name = 'BimModelGeometry1795444169546';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "bim_models" ADD "geometry_bytes" integer`);
    await queryRunner.query(`ALTER TABLE "bim_models" ADD "geometry_sha256" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "bim_models" DROP COLUMN "geometry_sha256"`);
    await queryRunner.query(`ALTER TABLE "bim_models" DROP COLUMN "geometry_bytes"`);
  }
}
