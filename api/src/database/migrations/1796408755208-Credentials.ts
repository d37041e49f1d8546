import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Credentials1796408755208 implements MigrationInterface {
  name = 'Credentials1796408755208';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "credential_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "key_id" text NOT NULL, "public_key_multibase" text NOT NULL, "secret_key_encrypted" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "retired_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_aef933cd01f09538e505558279e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "credential_keys_organisation_key_key" ON "credential_keys"  ("organisation_id", "key_id") `);
    await queryRunner.query(`CREATE TABLE "credential_status_lists" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "purpose" text NOT NULL DEFAULT 'revocation', "length" integer NOT NULL, "next_index" integer NOT NULL DEFAULT '0', "document" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e85e0bd4efcc5e392f3a1461697" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_239364b152ac01161e59dce859" ON "credential_status_lists"  ("organisation_id") `);
    await queryRunner.query(`CREATE TABLE "issued_credentials" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "award_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "status_list_id" uuid NOT NULL, "status_index" integer NOT NULL, "valid_until" TIMESTAMP WITH TIME ZONE, "document" jsonb NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by" uuid, "revocation_reason" text, CONSTRAINT "PK_62e9868606eb88b66ccd03e8283" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_f4a112cc436a1f515029a2d81b" ON "issued_credentials"  ("organisation_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_75f8572bdcd72ba80764fac19d" ON "issued_credentials"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "issued_credentials_award_idx" ON "issued_credentials"  ("award_id") `);
    await queryRunner.query(`ALTER TABLE "credential_keys" ADD CONSTRAINT "FK_bcdaf808bd288d35b42ff76cd7b" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "credential_status_lists" ADD CONSTRAINT "FK_239364b152ac01161e59dce859c" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "issued_credentials" ADD CONSTRAINT "FK_2741fed9aafa0c5649be83f8dd2" FOREIGN KEY ("award_id") REFERENCES "qualification_awards"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "issued_credentials" ADD CONSTRAINT "FK_f4a112cc436a1f515029a2d81b3" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "issued_credentials" ADD CONSTRAINT "FK_dfa4682f8394b922073e02b39a7" FOREIGN KEY ("status_list_id") REFERENCES "credential_status_lists"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "issued_credentials" DROP CONSTRAINT "FK_dfa4682f8394b922073e02b39a7"`);
    await queryRunner.query(`ALTER TABLE "issued_credentials" DROP CONSTRAINT "FK_f4a112cc436a1f515029a2d81b3"`);
    await queryRunner.query(`ALTER TABLE "issued_credentials" DROP CONSTRAINT "FK_2741fed9aafa0c5649be83f8dd2"`);
    await queryRunner.query(`ALTER TABLE "credential_status_lists" DROP CONSTRAINT "FK_239364b152ac01161e59dce859c"`);
    await queryRunner.query(`ALTER TABLE "credential_keys" DROP CONSTRAINT "FK_bcdaf808bd288d35b42ff76cd7b"`);
    await queryRunner.query(`DROP INDEX "public"."issued_credentials_award_idx"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_75f8572bdcd72ba80764fac19d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f4a112cc436a1f515029a2d81b"`);
    await queryRunner.query(`DROP TABLE "issued_credentials"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_239364b152ac01161e59dce859"`);
    await queryRunner.query(`DROP TABLE "credential_status_lists"`);
    await queryRunner.query(`DROP INDEX "public"."credential_keys_organisation_key_key"`);
    await queryRunner.query(`DROP TABLE "credential_keys"`);
  }
}
