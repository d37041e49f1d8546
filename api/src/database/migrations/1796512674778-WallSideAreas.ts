import type { MigrationInterface, QueryRunner } from 'typeorm';

// A wall's side area (one face, m²) on its index row, and where it comes from: the file's wall base quantities
// (NetSideArea, else GrossSideArea) at indexing, or the geometry job's estimate for external walls without them.
export class WallSideAreas1796512674778 implements MigrationInterface {
  name = 'WallSideAreas1796512674778';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "bim_elements" ADD "side_area" double precision`);
    await queryRunner.query(`ALTER TABLE "bim_elements" ADD "side_area_source" text`);
    await queryRunner.query(
      `ALTER TABLE "bim_elements" ADD CONSTRAINT "CHK_bim_elements_side_area" CHECK (("side_area" IS NULL) = ("side_area_source" IS NULL) AND ("side_area_source" IS NULL OR "side_area_source" IN ('NetSideArea', 'GrossSideArea', 'geometry')) AND ("side_area" IS NULL OR "side_area" >= 0))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "bim_elements" DROP CONSTRAINT "CHK_bim_elements_side_area"`);
    await queryRunner.query(`ALTER TABLE "bim_elements" DROP COLUMN "side_area_source"`);
    await queryRunner.query(`ALTER TABLE "bim_elements" DROP COLUMN "side_area"`);
  }
}
