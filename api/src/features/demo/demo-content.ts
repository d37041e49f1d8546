// The demo organisation, accounts and site that a newcomer meets on first start.
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
