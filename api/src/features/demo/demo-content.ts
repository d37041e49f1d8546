// The demo organisation, accounts and site that a newcomer meets on first start.
import { DEMO_TABLET_TOKEN } from '../../common/demo-tablet.js';

export const DEMO_PASSWORD = 'fit-demo';

export const DEMO_ORGANISATION = {
  slug: 'demo',
  name: 'Rénovation Démo SARL',
  kind: 'sme',
} as const;

export const DEMO_ACCOUNTS = [
  { email: 'admin@fit.demo', displayName: 'Alice Admin', role: 'admin', language: 'fr' },
  { email: 'trainer@fit.demo', displayName: 'Thomas Formateur', role: 'trainer', language: 'fr' },
  { email: 'manager@fit.demo', displayName: 'Manon Gérante', role: 'manager', language: 'fr' },
] as const;

export const DEMO_SITE = {
  name: 'Résidence Les Tilleuls — rénovation énergétique',
  address: '12 rue des Tilleuls, 69003 Lyon',
  startsOn: '2026-09-01',
  endsOn: '2027-03-31',
} as const;

/** The network body above the demo SME; the demo admin also administers it (switch organisation to create SMEs). */
export const DEMO_NETWORK = {
  slug: 'demo-network',
  name: 'Maison de l’emploi Démo',
  kind: 'network',
} as const;

/** The network body's people: the social-clause facilitator and a steering committee member who plans skills. */
export const DEMO_NETWORK_ACCOUNTS = [
  { email: 'facilitator@fit.demo', displayName: 'Farida Facilitatrice', role: 'facilitator', language: 'fr' },
  { email: 'planner@fit.demo', displayName: 'Paul Planificateur', role: 'planner', language: 'fr' },
] as const;

/** The demo network body's territory: Lyon's nine arrondissements and three neighbouring towns (INSEE codes). */
export const DEMO_TERRITORY = {
  name: 'Lyon Est',
  codes: ['69381', '69382', '69383', '69384', '69385', '69386', '69387', '69388', '69389', '69266', '69256', '69029'],
} as const;

/** Every demo worker signs in on the demo tablet with this PIN (or their badge QR). */
export const DEMO_WORKER_PIN = '1234';

export const DEMO_WORKERS = [
  { displayName: 'Julien Moreau', trade: 'plaquiste', language: 'fr', team: 'Équipe isolation' },
  { displayName: 'Fatima Benali', trade: 'plaquiste', language: 'ar', team: 'Équipe isolation' },
  { displayName: 'Mehdi Haddad', trade: 'isolation thermique', language: 'ar', team: 'Équipe isolation' },
  { displayName: 'João Ferreira', trade: 'menuisier', language: 'pt', team: 'Équipe second œuvre' },
  { displayName: 'Kevin Martin', trade: 'électricien', language: 'fr', team: 'Équipe second œuvre' },
  { displayName: 'Amadou Diallo', trade: 'chauffagiste', language: 'fr', team: 'Équipe second œuvre' },
  { displayName: 'Claire Dubois', trade: 'menuisière', language: 'en', team: 'Équipe second œuvre' },
  { displayName: 'Sofia García', trade: 'isolation thermique', language: 'fr', team: 'Équipe isolation' },
  { displayName: 'Lucas Petit', trade: 'chauffagiste', language: 'fr', team: 'Équipe second œuvre' },
] as const;

export const DEMO_TABLET = {
  label: 'Tablette du chantier Les Tilleuls',
  deviceToken: DEMO_TABLET_TOKEN,
} as const;
