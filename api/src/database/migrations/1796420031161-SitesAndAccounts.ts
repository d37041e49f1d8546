import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SitesAndAccounts1796420031161 implements MigrationInterface {
  name = 'SitesAndAccounts1796420031161';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "password_resets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4816377aa98211c1de34469e742" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_f7a4c3bc48f24df007936d217b" ON "password_resets"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "password_resets_token_hash_key" ON "password_resets"  ("token_hash") `);
    await queryRunner.query(`ALTER TABLE "sites" ADD "client" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "sites" ADD "contract_reference" text`);
    await queryRunner.query(`ALTER TABLE "sites" ADD "closed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "memberships" ADD "deactivated_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE UNIQUE INDEX "sites_organisation_name_key" ON "sites"  ("organisation_id", "name") `);
    await queryRunner.query(`ALTER TABLE "password_resets" ADD CONSTRAINT "FK_f7a4c3bc48f24df007936d217be" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "password_resets" DROP CONSTRAINT "FK_f7a4c3bc48f24df007936d217be"`);
    await queryRunner.query(`DROP INDEX "public"."sites_organisation_name_key"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP COLUMN "deactivated_at"`);
    await queryRunner.query(`ALTER TABLE "sites" DROP COLUMN "closed_at"`);
    await queryRunner.query(`ALTER TABLE "sites" DROP COLUMN "contract_reference"`);
    await queryRunner.query(`ALTER TABLE "sites" DROP COLUMN "client"`);
    await queryRunner.query(`DROP INDEX "public"."password_resets_token_hash_key"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f7a4c3bc48f24df007936d217b"`);
    await queryRunner.query(`DROP TABLE "password_resets"`);
  }
}
