// The social clause in the demo: two SMEs besides the demo one sharing with the network body, each with a manager
// and a few workers; two contracts with clauses on Lyon Est; participants at different stages (months validated, one
// sent back, one waiting, one who left for a job). Seeded once: a contract already there means the rest is too.
import type { EntityManager } from 'typeorm';
import { normaliseEmail } from '@fit/shared';
import { hashSecret } from '../identity/passwords.js';
import { DEMO_PASSWORD } from './demo-content.js';

export const DEMO_CLAUSE_COMPANIES = [
  {
    slug: 'demo-menuiserie',
    name: 'Menuiserie Rhône Insertion',
    manager: { email: 'menuiserie@fit.demo', displayName: 'Nadia Menuisière' },
    workers: ['Rayan Bouzid', 'Inès Carvalho', 'Tom Lefèvre'],
  },
  {
    slug: 'demo-batiment',
    name: 'Bâtiment Est Lyonnais',
    manager: { email: 'batiment@fit.demo', displayName: 'Bruno Maçon' },
    workers: ['Ionuț Popescu', 'Moussa Traoré', 'Léa Girard'],
  },
] as const;

type Hours = [month: string, worked: number, training: number, status: 'validated' | 'declared' | 'sentBack'];

interface DemoParticipant {
  company: string;
  worker: string;
  contract: string;
  lot: string;
  category: string;
  evidence: string;
  startsOn: string;
  endsOn?: string;
  exit?: [outcome: string, on: string];
  hours: Hours[];
}

const V = 'validated' as const;

export const DEMO_CONTRACTS = [
  {
    reference: 'LYON-2026-017',
    buyer: 'Ville de Lyon',
    title: 'Réhabilitation énergétique du groupe scolaire Jules Ferry',
    startsOn: '2026-03-01',
    endsOn: '2027-06-30',
    totalLabourHours: 24000,
    lots: [
      { label: 'Lot 02 — Isolation', target: 1200, companies: ['demo'], others: [] },
      { label: 'Lot 05 — Menuiseries', target: 800, companies: ['demo-menuiserie'], others: [] },
    ],
  },
  {
    reference: 'GLH-2026-042',
    buyer: 'Grand Lyon Habitat',
    title: 'Construction de 40 logements sociaux, Villeurbanne',
    startsOn: '2026-06-01',
    endsOn: '2027-12-31',
    totalLabourHours: 36000,
    lots: [
      { label: 'Lot 01 — Gros œuvre', target: 2000, companies: ['demo-batiment'], others: ['Maçonnerie Dupuis'] },
      { label: 'Lot 03 — Plâtrerie', target: 600, companies: ['demo'], others: [] },
    ],
  },
] as const;

export const DEMO_PARTICIPANTS: DemoParticipant[] = [
  { company: 'demo', worker: 'Mehdi Haddad', contract: 'LYON-2026-017', lot: 'Lot 02 — Isolation', category: 'longTermJobSeeker', evidence: 'jobSeekerCertificate', startsOn: '2026-04-01',
    hours: [['2026-04', 140, 7, V], ['2026-05', 151.5, 7, V], ['2026-06', 147, 0, V], ['2026-07', 120, 3.5, V], ['2026-09', 151.5, 0, V], ['2026-10', 145, 0, 'declared']] },
  { company: 'demo', worker: 'Sofia García', contract: 'LYON-2026-017', lot: 'Lot 02 — Isolation', category: 'under26NoQualification', evidence: 'other', startsOn: '2026-05-01',
    hours: [['2026-05', 120, 14, V], ['2026-06', 140, 7, V], ['2026-09', 150, 0, 'sentBack']] },
  { company: 'demo', worker: 'Amadou Diallo', contract: 'GLH-2026-042', lot: 'Lot 03 — Plâtrerie', category: 'plie', evidence: 'pliePrescription', startsOn: '2026-06-01', endsOn: '2026-09-30', exit: ['job', '2026-10-01'],
    hours: [['2026-06', 151.5, 0, V], ['2026-07', 151.5, 0, V], ['2026-09', 140, 0, V]] },
  { company: 'demo-menuiserie', worker: 'Rayan Bouzid', contract: 'LYON-2026-017', lot: 'Lot 05 — Menuiseries', category: 'rsa', evidence: 'benefitCertificate', startsOn: '2026-03-15',
    hours: [['2026-03', 70, 0, V], ['2026-04', 151.5, 0, V], ['2026-05', 151.5, 0, V], ['2026-06', 130, 0, V], ['2026-10', 151.5, 0, 'declared']] },
  { company: 'demo-menuiserie', worker: 'Inès Carvalho', contract: 'LYON-2026-017', lot: 'Lot 05 — Menuiseries', category: 'rqth', evidence: 'rqthDecision', startsOn: '2026-09-01', hours: [['2026-09', 100, 10, V]] },
  { company: 'demo-batiment', worker: 'Ionuț Popescu', contract: 'GLH-2026-042', lot: 'Lot 01 — Gros œuvre', category: 'iae', evidence: 'iaeContract', startsOn: '2026-06-01',
    hours: [['2026-06', 151.5, 0, V], ['2026-07', 151.5, 0, V], ['2026-09', 151.5, 0, V], ['2026-10', 151.5, 0, 'declared']] },
  { company: 'demo-batiment', worker: 'Moussa Traoré', contract: 'GLH-2026-042', lot: 'Lot 01 — Gros œuvre', category: 'longTermJobSeeker', evidence: 'jobSeekerCertificate', startsOn: '2026-07-01',
    hours: [['2026-07', 120, 0, V], ['2026-09', 151.5, 0, V]] },
];

export async function seedDemoClause(tx: EntityManager, networkId: string): Promise<void> {
  const orgIds = new Map<string, string>();
  const [demo] = await tx.query<{ id: string }[]>(`select id from organisations where slug = 'demo'`);
  orgIds.set('demo', demo!.id);
  const passwordHash = await hashSecret(DEMO_PASSWORD);
  for (const company of DEMO_CLAUSE_COMPANIES) {
    const [org] = await tx.query<{ id: string }[]>(
      `insert into organisations (slug, name, kind) values ($1, $2, 'sme') on conflict (slug) do update set slug = excluded.slug returning id`,
      [company.slug, company.name],
    );
    orgIds.set(company.slug, org!.id);
    const [manager] = await tx.query<{ id: string }[]>(
      `insert into users (email, display_name, language, password_hash) values ($1, $2, 'fr', $3)
       on conflict (email) where email is not null do update set email = excluded.email returning id`,
      [normaliseEmail(company.manager.email), company.manager.displayName, passwordHash],
    );
    await tx.query(`insert into memberships (user_id, organisation_id, role) values ($1, $2, 'manager') on conflict (user_id, organisation_id) do nothing`, [manager!.id, org!.id]);
    for (const name of company.workers) {
      const [found] = await tx.query<{ id: string }[]>(
        `select u.id from users u join memberships m on m.user_id = u.id where m.organisation_id = $1 and u.display_name = $2`,
        [org!.id, name],
      );
      if (found) continue;
      const [user] = await tx.query<{ id: string }[]>(`insert into users (email, display_name, language) values (null, $1, 'fr') returning id`, [name]);
      await tx.query(`insert into memberships (user_id, organisation_id, role) values ($1, $2, 'worker')`, [user!.id, org!.id]);
    }
    await tx.query(
      `insert into sharing_agreements (company_organisation_id, network_organisation_id, started_at)
       select $1, $2, now() - interval '60 days'
        where not exists (select 1 from sharing_agreements where company_organisation_id = $1 and network_organisation_id = $2)`,
      [org!.id, networkId],
    );
  }
  const [seeded] = await tx.query<{ id: string }[]>('select id from clause_contracts where network_organisation_id = $1 limit 1', [networkId]);
  if (seeded) return;
  const [territory] = await tx.query<{ id: string }[]>(`select id from territories where organisation_id = $1 and name = 'Lyon Est'`, [networkId]);
  const [facilitator] = await tx.query<{ id: string }[]>(`select id from users where email = 'facilitator@fit.demo'`);
  const contractIds = new Map<string, string>();
  const lotIds = new Map<string, string>();
  for (const c of DEMO_CONTRACTS) {
    const [row] = await tx.query<{ id: string }[]>(
      `insert into clause_contracts (network_organisation_id, territory_id, buyer, reference, title, starts_on, ends_on, total_labour_hours, created_by_user_id)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
      [networkId, territory?.id ?? null, c.buyer, c.reference, c.title, c.startsOn, c.endsOn, c.totalLabourHours, facilitator?.id ?? null],
    );
    contractIds.set(c.reference, row!.id);
    for (const lot of c.lots) {
      const [l] = await tx.query<{ id: string }[]>('insert into clause_lots (contract_id, label, target_hours) values ($1, $2, $3) returning id', [row!.id, lot.label, lot.target]);
      lotIds.set(`${c.reference}/${lot.label}`, l!.id);
      for (const slug of lot.companies) await tx.query('insert into clause_lot_awards (lot_id, company_organisation_id) values ($1, $2)', [l!.id, orgIds.get(slug)]);
      for (const name of lot.others) await tx.query('insert into clause_lot_awards (lot_id, company_name) values ($1, $2)', [l!.id, name]);
    }
  }
  for (const p of DEMO_PARTICIPANTS) {
    const orgId = orgIds.get(p.company)!;
    const [worker] = await tx.query<{ id: string }[]>(
      `select u.id from users u join memberships m on m.user_id = u.id where m.organisation_id = $1 and m.role = 'worker' and u.display_name = $2`,
      [orgId, p.worker],
    );
    if (!worker) continue;
    const [participant] = await tx.query<{ id: string }[]>(
      `insert into clause_participants (contract_id, organisation_id, user_id, category, evidence_type, starts_on, ends_on, exit_outcome, exit_on, recorded_by_user_id)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
      [contractIds.get(p.contract), orgId, worker.id, p.category, p.evidence, p.startsOn, p.endsOn ?? null, p.exit?.[0] ?? null, p.exit?.[1] ?? null, facilitator?.id ?? null],
    );
    for (const [month, worked, training, status] of p.hours) {
      await tx.query(
        `insert into clause_hour_declarations (participant_id, lot_id, organisation_id, user_id, month, hours_worked, training_hours, training_hours_computed,
           status, sent_back_reason, declared_at, decided_by_user_id, decided_at)
         values ($1, $2, $3, $4, $5, $6, $7, $7, $8, $9, ($5 || '-28')::date + interval '5 days', $10, case when $8 = 'declared' then null else ($5 || '-28')::date + interval '10 days' end)`,
        [participant!.id, lotIds.get(`${p.contract}/${p.lot}`), orgId, worker.id, month, worked, training, status,
          status === 'sentBack' ? 'Les heures de septembre dépassent le planning du chantier : merci de vérifier les feuilles de temps.' : null,
          status === 'declared' ? null : facilitator?.id ?? null],
      );
    }
  }
}
