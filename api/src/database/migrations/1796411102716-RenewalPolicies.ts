import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RenewalPolicies1796411102716 implements MigrationInterface {
  name = 'RenewalPolicies1796411102716';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "scheme_renewal_policies" ("scheme_id" uuid NOT NULL, "lead_days" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_82252adefe1225bda4e6f3a34af" PRIMARY KEY ("scheme_id"))`);
    await queryRunner.query(`ALTER TABLE "scheme_renewal_policies" ADD CONSTRAINT "FK_82252adefe1225bda4e6f3a34af" FOREIGN KEY ("scheme_id") REFERENCES "qualification_schemes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "scheme_renewal_policies" DROP CONSTRAINT "FK_82252adefe1225bda4e6f3a34af"`);
    await queryRunner.query(`DROP TABLE "scheme_renewal_policies"`);
  }
}
