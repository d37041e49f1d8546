import type { MigrationInterface, QueryRunner } from 'typeorm';

// A site's dates (due dates, overdue) are days in the site's time zone; existing sites are in France.
export class SiteTimeZone1795460000000 implements MigrationInterface {
  name = 'SiteTimeZone1795460000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sites" ADD "time_zone" character varying(64) NOT NULL DEFAULT 'Europe/Paris'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sites" DROP COLUMN "time_zone"`);
  }
}
