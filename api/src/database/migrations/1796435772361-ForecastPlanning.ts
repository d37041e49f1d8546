import type { MigrationInterface, QueryRunner } from 'typeorm';

// Planned works, ratios, declared headcounts and scenario sets of a network body's territory forecast.
export class ForecastPlanning1796435772361 implements MigrationInterface {
  name = 'ForecastPlanning1796435772361';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "forecast_projects" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "territory_id" uuid NOT NULL, "name" text NOT NULL, "years" smallint array NOT NULL, "building_type" text NOT NULL, "dwellings" double precision, "floor_area" double precision, "quantities" jsonb NOT NULL, "source" text NOT NULL DEFAULT 'form', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5d965377167809ff01090c2cd21" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "forecast_projects_territory_idx" ON "forecast_projects"  ("territory_id") `);
    await queryRunner.query(`CREATE TABLE "forecast_ratios" ("organisation_id" uuid NOT NULL, "work_package" text NOT NULL, "hours_per_unit" jsonb NOT NULL, "ulos" text array NOT NULL DEFAULT '{}', "demo_value" boolean NOT NULL DEFAULT true, "source" text NOT NULL DEFAULT '', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c4b0a11317b266c54fa19966bea" PRIMARY KEY ("organisation_id", "work_package"))`);
    await queryRunner.query(`CREATE TABLE "forecast_headcounts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "territory_id" uuid NOT NULL, "label" text NOT NULL, "ulo" text NOT NULL, "workers" integer NOT NULL, CONSTRAINT "CHK_forecast_headcounts_workers" CHECK ("workers" >= 0), CONSTRAINT "PK_b482fc6bb812f41ea0d9bc496d6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "forecast_scenarios" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "territory_id" uuid NOT NULL, "name" text NOT NULL, "low" double precision NOT NULL, "central" double precision NOT NULL, "high" double precision NOT NULL, "productive_hours" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_forecast_scenarios_multipliers" CHECK ("low" > 0 AND "low" <= "central" AND "central" <= "high"), CONSTRAINT "PK_f8705ce2a42fb5fbabe036568b3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "forecast_projects" ADD CONSTRAINT "FK_forecast_projects_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "forecast_projects" ADD CONSTRAINT "FK_forecast_projects_territory" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "forecast_ratios" ADD CONSTRAINT "FK_forecast_ratios_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "forecast_headcounts" ADD CONSTRAINT "FK_forecast_headcounts_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "forecast_headcounts" ADD CONSTRAINT "FK_forecast_headcounts_territory" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "forecast_scenarios" ADD CONSTRAINT "FK_forecast_scenarios_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "forecast_scenarios" ADD CONSTRAINT "FK_forecast_scenarios_territory" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "forecast_scenarios" DROP CONSTRAINT "FK_forecast_scenarios_territory"`);
    await queryRunner.query(`ALTER TABLE "forecast_scenarios" DROP CONSTRAINT "FK_forecast_scenarios_organisation"`);
    await queryRunner.query(`ALTER TABLE "forecast_headcounts" DROP CONSTRAINT "FK_forecast_headcounts_territory"`);
    await queryRunner.query(`ALTER TABLE "forecast_headcounts" DROP CONSTRAINT "FK_forecast_headcounts_organisation"`);
    await queryRunner.query(`ALTER TABLE "forecast_ratios" DROP CONSTRAINT "FK_forecast_ratios_organisation"`);
    await queryRunner.query(`ALTER TABLE "forecast_projects" DROP CONSTRAINT "FK_forecast_projects_territory"`);
    await queryRunner.query(`ALTER TABLE "forecast_projects" DROP CONSTRAINT "FK_forecast_projects_organisation"`);
    await queryRunner.query(`DROP TABLE "forecast_scenarios"`);
    await queryRunner.query(`DROP TABLE "forecast_headcounts"`);
    await queryRunner.query(`DROP TABLE "forecast_ratios"`);
    await queryRunner.query(`DROP INDEX "public"."forecast_projects_territory_idx"`);
    await queryRunner.query(`DROP TABLE "forecast_projects"`);
  }
}
