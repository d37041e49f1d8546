import type { MigrationInterface, QueryRunner } from 'typeorm';

// Trainers' verdicts are a sliver of the ledger, and every awards refresh reads them: without this index each refresh
// scanned every statement ever stored.
export class ValidatedStatementsIndex1795460000000 implements MigrationInterface {
  name = 'ValidatedStatementsIndex1795460000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "xapi_statements_validated_idx" ON "xapi_statements" ("verb_id") WHERE verb_id = 'https://w3id.org/fit/xapi/verbs/validated'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."xapi_statements_validated_idx"`);
  }
}
