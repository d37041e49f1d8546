import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StatementRegistrationIndex1796434037703 implements MigrationInterface {
  name = 'StatementRegistrationIndex1796434037703';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "xapi_statements_registration_idx" ON "xapi_statements"  ("registration") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."xapi_statements_registration_idx"`);
  }
}
