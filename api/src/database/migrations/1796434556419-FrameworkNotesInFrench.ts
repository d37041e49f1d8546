import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The French of a mapping's and an agreement's note, beside the English one (null: not translated; the English shows). */
export class FrameworkNotesInFrench1796434556419 implements MigrationInterface {
  name = 'FrameworkNotesInFrench1796434556419';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ulo_mappings" ADD "note_fr" text`);
    await queryRunner.query(`ALTER TABLE "bilateral_agreements" ADD "note_fr" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "bilateral_agreements" DROP COLUMN "note_fr"`);
    await queryRunner.query(`ALTER TABLE "ulo_mappings" DROP COLUMN "note_fr"`);
  }
}
