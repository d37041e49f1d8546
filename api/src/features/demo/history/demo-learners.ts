// Demo workers at different stages of their qualifications, as learning history relative to the seed day.
// See README's demo section. Workers not listed here have no history (nothing held, nothing started).
export interface DemoHistory {
  worker: string;
  /** What the demo shows with this worker. */
  story: string;
  /** Demo modules (by slug) the worker passed, how many days before the seed day. */
  passed: { module: string; daysAgo: number }[];
  /**
   * Whether the demo trainer validated the practical work of those modules, a day after each pass. Modules with a
   * practical step count toward their ULOs only once validated, so every story that holds something is validated.
   */
  validated: boolean;
}

const ENVELOPE = ['airtight-window-joints', 'etics-fixing-thermal-bridges', 'attic-insulation'];

export const DEMO_HISTORIES: DemoHistory[] = [
  {
    worker: 'João Ferreira',
    story: 'Holds EXFR-Q1 (envelope installer, validated on site), recognised as EXES-Q1 by the example agreement',
    passed: ENVELOPE.map((module, i) => ({ module, daysAgo: 200 - i * 7 })),
    validated: true,
  },
  {
    worker: 'Claire Dubois',
    story: 'EXDE-Q2 (building physics, valid 24 months) expires within 60 days; holds EXFR-Q2',
    passed: ['reading-energy-labels', 'etics-fixing-thermal-bridges', 'airtight-window-joints'].map((module) => ({ module, daysAgo: 700 })),
    validated: true,
  },
  {
    worker: 'Sofia García',
    story: 'EXES-Q1 (valid 36 months) expired, EXFR-Q1 (48 months) too; the awards are kept, marked expired',
    // Over four years ago: EXES-Q1 (36 months) and EXFR-Q1 (48 months) have both run out since.
    passed: [...ENVELOPE, 'mvhr-installation'].map((module) => ({ module, daysAgo: 1500 })),
    validated: true,
  },
  {
    worker: 'Mehdi Haddad',
    story: 'In progress: external insulation done, the rest of the envelope to go',
    passed: [{ module: 'etics-fixing-thermal-bridges', daysAgo: 10 }],
    validated: false,
  },
  {
    worker: 'Lucas Petit',
    story: 'In progress on heat pumps and ventilation',
    passed: [
      { module: 'heat-pump-outdoor-unit', daysAgo: 20 },
      { module: 'mvhr-installation', daysAgo: 15 },
    ],
    validated: false,
  },
];
