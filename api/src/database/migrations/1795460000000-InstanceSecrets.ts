import type { MigrationInterface, QueryRunner } from 'typeorm';

// Fingerprints (never the secrets) of keys every instance on this database must share.
export class InstanceSecrets1795460000000 implements MigrationInterface {
  name = 'InstanceSecrets1795460000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "instance_secrets" ("name" text NOT NULL, "fingerprint" text NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_instance_secrets" PRIMARY KEY ("name"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "instance_secrets"`);
  }
}
