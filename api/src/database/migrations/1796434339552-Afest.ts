import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Afest1796434339552 implements MigrationInterface {
  name = 'Afest1796434339552';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "afests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "worker_id" uuid NOT NULL, "trainer_id" uuid NOT NULL, "title" text NOT NULL, "target_ulos" text array NOT NULL DEFAULT '{}', "held_ulos" jsonb NOT NULL DEFAULT '[]', "positioning_note" text NOT NULL, "positioned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "locked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4d8beb5c66be07d2eb4f2ebfb27" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "afests_org_worker_idx" ON "afests"  ("organisation_id", "worker_id") `);
    await queryRunner.query(`CREATE TABLE "afest_sequences" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "afest_id" uuid NOT NULL, "module_version_id" uuid, "activity" text NOT NULL, "planned_on" date NOT NULL, "site_id" uuid, "planned_minutes" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "afest_sequences_minutes_check" CHECK ("planned_minutes" > 0 AND "planned_minutes" <= 1440), CONSTRAINT "PK_8677ae07480b13bfc382ef7eab0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "afest_sequences_afest_idx" ON "afest_sequences"  ("afest_id") `);
    await queryRunner.query(`CREATE TABLE "afest_additions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "afest_id" uuid NOT NULL, "author_id" uuid NOT NULL, "reason" text NOT NULL, "note" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_39179b24398ee6cedd520852558" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "afest_additions_afest_idx" ON "afest_additions"  ("afest_id") `);
    await queryRunner.query(`ALTER TABLE "afests" ADD CONSTRAINT "FK_059b4cace6413ad6b6b853c01bb" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "afests" ADD CONSTRAINT "FK_0bbf899bac0a1ad58b05564d1a9" FOREIGN KEY ("worker_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "afests" ADD CONSTRAINT "FK_37ffa4e54a6639559c82fd71da5" FOREIGN KEY ("trainer_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "afest_sequences" ADD CONSTRAINT "FK_3fb0cd22ff6aac44bc27956c67d" FOREIGN KEY ("afest_id") REFERENCES "afests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "afest_sequences" ADD CONSTRAINT "FK_9db4a056c0d83ca8c00edd62bc6" FOREIGN KEY ("module_version_id") REFERENCES "module_versions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "afest_sequences" ADD CONSTRAINT "FK_cdff4d4d729eae98166470a34aa" FOREIGN KEY ("site_id") REFERENCES "sites"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "afest_additions" ADD CONSTRAINT "FK_ef61b2f99ef780857e9202c4c05" FOREIGN KEY ("afest_id") REFERENCES "afests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "afest_additions" ADD CONSTRAINT "FK_6721388ec04f0276b97216728f1" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "afest_additions" DROP CONSTRAINT "FK_6721388ec04f0276b97216728f1"`);
    await queryRunner.query(`ALTER TABLE "afest_additions" DROP CONSTRAINT "FK_ef61b2f99ef780857e9202c4c05"`);
    await queryRunner.query(`ALTER TABLE "afest_sequences" DROP CONSTRAINT "FK_cdff4d4d729eae98166470a34aa"`);
    await queryRunner.query(`ALTER TABLE "afest_sequences" DROP CONSTRAINT "FK_9db4a056c0d83ca8c00edd62bc6"`);
    await queryRunner.query(`ALTER TABLE "afest_sequences" DROP CONSTRAINT "FK_3fb0cd22ff6aac44bc27956c67d"`);
    await queryRunner.query(`ALTER TABLE "afests" DROP CONSTRAINT "FK_37ffa4e54a6639559c82fd71da5"`);
    await queryRunner.query(`ALTER TABLE "afests" DROP CONSTRAINT "FK_0bbf899bac0a1ad58b05564d1a9"`);
    await queryRunner.query(`ALTER TABLE "afests" DROP CONSTRAINT "FK_059b4cace6413ad6b6b853c01bb"`);
    await queryRunner.query(`DROP INDEX "public"."afest_additions_afest_idx"`);
    await queryRunner.query(`DROP TABLE "afest_additions"`);
    await queryRunner.query(`DROP INDEX "public"."afest_sequences_afest_idx"`);
    await queryRunner.query(`DROP TABLE "afest_sequences"`);
    await queryRunner.query(`DROP INDEX "public"."afests_org_worker_idx"`);
    await queryRunner.query(`DROP TABLE "afests"`);
  }
}
