// The energy-retrofit work packages a territory's planned projects are described with, their units, the trades that
// do them, and the demo ratios a network body starts from (each flagged as a demo value with where it comes from).
export const WORK_PACKAGES = [
  'externalWallInsulation',
  'windowReplacement',
  'atticInsulation',
  'heatPump',
  'mvhr',
  'airtightness',
  'solarThermal',
  'solarPv',
] as const;
export type WorkPackage = (typeof WORK_PACKAGES)[number];

export const isWorkPackage = (value: unknown): value is WorkPackage =>
  typeof value === 'string' && (WORK_PACKAGES as readonly string[]).includes(value);

export type WorkUnit = 'm2' | 'unit' | 'dwelling';

export const WORK_PACKAGE_UNITS: Record<WorkPackage, WorkUnit> = {
  externalWallInsulation: 'm2',
  windowReplacement: 'unit',
  atticInsulation: 'm2',
  heatPump: 'unit',
  mvhr: 'unit',
  airtightness: 'dwelling',
  solarThermal: 'm2',
  solarPv: 'm2',
};

export const TRADES = ['insulation', 'joinery', 'plumbingHeating', 'electrical', 'roofing', 'ventilation'] as const;
export type Trade = (typeof TRADES)[number];

export const isTrade = (value: unknown): value is Trade => typeof value === 'string' && (TRADES as readonly string[]).includes(value);

export const BUILDING_TYPES = ['house', 'apartmentBlock', 'tertiary'] as const;
export type BuildingType = (typeof BUILDING_TYPES)[number];

/** Labour hours per unit of a work package, by trade, and the ULOs the work requires. */
export interface WorkRatio {
  workPackage: WorkPackage;
  hoursPerUnit: Partial<Record<Trade, number>>;
  ulos: string[];
  /** True while the value is the seeded demo one, not one the network body checked. */
  demoValue: boolean;
  source: string;
}

const DEMO_SOURCE =
  'Demo value: order of magnitude from published French retrofit labour benchmarks (ADEME / FFB cost guides), not checked';

/**
 * Plausible ratios for a demonstration; ULO codes are those of the demo framework (fit-demo-energy-renovation). A network body edits them
 * (a saved ratio is no longer a demo value).
 */
export const DEMO_RATIOS: WorkRatio[] = [
  { workPackage: 'externalWallInsulation', hoursPerUnit: { insulation: 1.2 }, ulos: ['ULO-INS-01', 'ULO-TB-02', 'ULO-HS-01'], demoValue: true, source: DEMO_SOURCE },
  { workPackage: 'windowReplacement', hoursPerUnit: { joinery: 3.5 }, ulos: ['ULO-WIN-01', 'ULO-WIN-02', 'ULO-AIR-02'], demoValue: true, source: DEMO_SOURCE },
  { workPackage: 'atticInsulation', hoursPerUnit: { insulation: 0.4, roofing: 0.1 }, ulos: ['ULO-INS-02', 'ULO-HS-01'], demoValue: true, source: DEMO_SOURCE },
  { workPackage: 'heatPump', hoursPerUnit: { plumbingHeating: 24, electrical: 6 }, ulos: ['ULO-HP-01', 'ULO-HP-03', 'ULO-HP-04'], demoValue: true, source: DEMO_SOURCE },
  { workPackage: 'mvhr', hoursPerUnit: { ventilation: 16, electrical: 2 }, ulos: ['ULO-VEN-01', 'ULO-VEN-02'], demoValue: true, source: DEMO_SOURCE },
  { workPackage: 'airtightness', hoursPerUnit: { insulation: 8 }, ulos: ['ULO-AIR-03', 'ULO-AIR-04'], demoValue: true, source: DEMO_SOURCE },
  { workPackage: 'solarThermal', hoursPerUnit: { plumbingHeating: 2.5, roofing: 1 }, ulos: ['ULO-HP-02', 'ULO-HS-01'], demoValue: true, source: DEMO_SOURCE },
  { workPackage: 'solarPv', hoursPerUnit: { electrical: 1.5, roofing: 1 }, ulos: ['ULO-HS-01', 'ULO-CC-02'], demoValue: true, source: DEMO_SOURCE },
];

/** Productive hours a worker spends on site in a year once leave, training, travel and weather are taken out. */
export const DEFAULT_PRODUCTIVE_HOURS = 1400;

/** Uptake multipliers of the three scenarios a steering committee compares. */
export const SCENARIO_KINDS = ['low', 'central', 'high'] as const;
export type ScenarioKind = (typeof SCENARIO_KINDS)[number];
export const DEFAULT_MULTIPLIERS: Record<ScenarioKind, number> = { low: 0.7, central: 1, high: 1.3 };
