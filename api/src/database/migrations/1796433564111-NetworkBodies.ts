import type { MigrationInterface, QueryRunner } from 'typeorm';

// Network bodies' people (facilitators, planners), their territories, and companies' agreements to share with them.
export class NetworkBodies1796433564111 implements MigrationInterface {
  name = 'NetworkBodies1796433564111';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "CHK_19a0f1929a7f5dc81e2714b740"`);
    await queryRunner.query(`ALTER TABLE "memberships" ADD CONSTRAINT "CHK_memberships_role" CHECK ("role" in ('worker', 'trainer', 'manager', 'admin', 'facilitator', 'planner'))`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "CHK_invitations_role"`);
    await queryRunner.query(`ALTER TABLE "invitations" ADD CONSTRAINT "CHK_invitations_role" CHECK ("role" in ('manager', 'trainer', 'worker', 'facilitator', 'planner'))`);
    await queryRunner.query(`CREATE TABLE "territories" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "name" text NOT NULL, "codes" text array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_territories" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "territories_organisation_name_key" ON "territories" ("organisation_id", "name") `);
    await queryRunner.query(`ALTER TABLE "territories" ADD CONSTRAINT "FK_territories_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE TABLE "sharing_agreements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_organisation_id" uuid NOT NULL, "network_organisation_id" uuid NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_by_user_id" uuid, "ended_at" TIMESTAMP WITH TIME ZONE, "ended_by_user_id" uuid, CONSTRAINT "CHK_sharing_agreements_parties" CHECK ("company_organisation_id" <> "network_organisation_id"), CONSTRAINT "PK_sharing_agreements" PRIMARY KEY ("id"))`);
    // At most one live agreement per pair; ended ones stay as the record of what was shared when.
    await queryRunner.query(`CREATE UNIQUE INDEX "sharing_agreements_live_key" ON "sharing_agreements" ("company_organisation_id", "network_organisation_id") WHERE "ended_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "sharing_agreements_network_idx" ON "sharing_agreements" ("network_organisation_id")`);
    await queryRunner.query(`ALTER TABLE "sharing_agreements" ADD CONSTRAINT "FK_sharing_agreements_company" FOREIGN KEY ("company_organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sharing_agreements" ADD CONSTRAINT "FK_sharing_agreements_network" FOREIGN KEY ("network_organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sharing_agreements" ADD CONSTRAINT "FK_sharing_agreements_started_by" FOREIGN KEY ("started_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sharing_agreements" ADD CONSTRAINT "FK_sharing_agreements_ended_by" FOREIGN KEY ("ended_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "sharing_agreements"`);
    await queryRunner.query(`DROP TABLE "territories"`);
    await queryRunner.query(`DELETE FROM "invitations" WHERE "role" in ('facilitator', 'planner')`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "CHK_invitations_role"`);
    await queryRunner.query(`ALTER TABLE "invitations" ADD CONSTRAINT "CHK_invitations_role" CHECK ("role" in ('manager', 'trainer', 'worker'))`);
    await queryRunner.query(`DELETE FROM "memberships" WHERE "role" in ('facilitator', 'planner')`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "CHK_memberships_role"`);
    await queryRunner.query(`ALTER TABLE "memberships" ADD CONSTRAINT "CHK_19a0f1929a7f5dc81e2714b740" CHECK ("role" in ('worker', 'trainer', 'manager', 'admin'))`);
  }
}
