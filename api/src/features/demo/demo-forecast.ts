// The demo network body's forecast on Lyon Est: planned retrofit projects over 2027–2031, the demo ratios, a
// headcount declared for companies not in FIT and one saved scenario set. Seeded once: a planner's edits stay.
import type { EntityManager } from 'typeorm';
import { DEMO_RATIOS, DEFAULT_MULTIPLIERS, DEFAULT_PRODUCTIVE_HOURS } from '@fit/shared';

const PROJECTS = [
  { name: 'Résidence Les Tilleuls (Lyon 3e)', years: [2027, 2028], type: 'apartmentBlock', dwellings: 120, q: { externalWallInsulation: 7800, windowReplacement: 480, mvhr: 120, airtightness: 120 } },
  { name: 'Cité Mermoz — tranche 1 (Lyon 8e)', years: [2027], type: 'apartmentBlock', dwellings: 64, q: { externalWallInsulation: 4100, atticInsulation: 1300, windowReplacement: 256 } },
  { name: 'Maisons du Grand Vire (Vaulx-en-Velin)', years: [2028, 2029], type: 'house', dwellings: 40, q: { atticInsulation: 3200, heatPump: 40, airtightness: 40, solarPv: 600 } },
  { name: 'Groupe scolaire Jean Macé (Villeurbanne)', years: [2029], type: 'tertiary', dwellings: null, q: { externalWallInsulation: 2900, windowReplacement: 210, mvhr: 6, solarThermal: 80 } },
  { name: 'Copropriété Grandclément (Villeurbanne)', years: [2029, 2030], type: 'apartmentBlock', dwellings: 95, q: { externalWallInsulation: 6200, windowReplacement: 380, heatPump: 4, mvhr: 95 } },
  { name: 'Pavillons de Bron — programme Habiter Mieux', years: [2030, 2031], type: 'house', dwellings: 70, q: { atticInsulation: 5600, heatPump: 70, windowReplacement: 560, airtightness: 70 } },
  { name: 'Cité Mermoz — tranche 2 (Lyon 8e)', years: [2031], type: 'apartmentBlock', dwellings: 80, q: { externalWallInsulation: 5200, atticInsulation: 1600, windowReplacement: 320, solarPv: 900 } },
] as const;

/** Holders declared by the local building federation's survey of companies not in FIT (demo figures). */
const DECLARED = [
  ['ULO-INS-01', 6],
  ['ULO-WIN-01', 8],
  ['ULO-HP-01', 3],
  ['ULO-HS-01', 12],
] as const;
const DECLARED_LABEL = 'Enquête fédération du bâtiment 2026 — entreprises hors FIT (valeur de démonstration)';

export async function ensureDemoForecast(tx: EntityManager, networkId: string, territoryName: string): Promise<void> {
  const [territory] = await tx.query<{ id: string }[]>('select id from territories where organisation_id = $1 and name = $2', [networkId, territoryName]);
  if (!territory) return;
  for (const r of DEMO_RATIOS) {
    await tx.query(
      `insert into forecast_ratios (organisation_id, work_package, hours_per_unit, ulos, demo_value, source)
       values ($1, $2, $3, $4, true, $5) on conflict do nothing`,
      [networkId, r.workPackage, r.hoursPerUnit, r.ulos, r.source],
    );
  }
  const [{ count } = { count: 0 }] = await tx.query<{ count: number }[]>('select count(*)::int as count from forecast_projects where territory_id = $1', [territory.id]);
  if (count > 0) return;
  for (const p of PROJECTS) {
    await tx.query(
      `insert into forecast_projects (organisation_id, territory_id, name, years, building_type, dwellings, quantities, source)
       values ($1, $2, $3, $4, $5, $6, $7, 'form')`,
      [networkId, territory.id, p.name, p.years, p.type, p.dwellings, p.q],
    );
  }
  for (const [ulo, workers] of DECLARED) {
    await tx.query('insert into forecast_headcounts (organisation_id, territory_id, label, ulo, workers) values ($1, $2, $3, $4, $5)', [networkId, territory.id, DECLARED_LABEL, ulo, workers]);
  }
  await tx.query(
    `insert into forecast_scenarios (organisation_id, territory_id, name, low, central, high, productive_hours) values ($1, $2, $3, $4, $5, $6, $7)`,
    [networkId, territory.id, 'Plan climat métropole 2027–2031', DEFAULT_MULTIPLIERS.low, DEFAULT_MULTIPLIERS.central, DEFAULT_MULTIPLIERS.high, DEFAULT_PRODUCTIVE_HOURS],
  );
}
