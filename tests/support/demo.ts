// The demo data the server seeds (FIT_SEED_DEMO=true) that the specs rely on.
export const DEMO_PASSWORD = 'fit-demo';
export const DEMO_ORGANISATION = 'Rénovation Démo SARL';
export const DEMO_SITE = 'Résidence Les Tilleuls — rénovation énergétique';

export type StaffRole = 'admin' | 'trainer' | 'manager' | 'facilitator' | 'planner';

export const DEMO_ACCOUNTS: Record<StaffRole, { email: string; name: string }> = {
  admin: { email: 'admin@fit.demo', name: 'Alice Admin' },
  trainer: { email: 'trainer@fit.demo', name: 'Thomas Formateur' },
  manager: { email: 'manager@fit.demo', name: 'Manon Gérante' },
  facilitator: { email: 'facilitator@fit.demo', name: 'Farida Facilitatrice' },
  planner: { email: 'planner@fit.demo', name: 'Paul Planificateur' },
};

/** The demo network body, its territory and the companies sharing with it. */
export const DEMO_NETWORK = 'Maison de l’emploi Démo';
export const DEMO_TERRITORY = 'Lyon Est';

/** The demo site tablet's fixed device token (demo mode only), and the PIN of every demo worker. */
export const DEMO_TABLET_TOKEN = 'fit-demo-tablet-les-tilleuls-0123456789abcdef';
export const DEMO_WORKER_PIN = '1234';
