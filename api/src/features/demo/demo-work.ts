// Work in hand for the demo, so every persona's home shows something on the first start: assignments for the crew
// (due today, overdue, next week), a practical task waiting for the trainer, a failed attempt to try again, a tender
// requirement on the demo site and a few notifications. Dates are relative to the seed day. Runs once: the assignments
// carry a fixed batch id, and a second run finds them and stops.
//
// Old attempts and new assignments: a pass of the very version assigned counts (a published version never changes), so
// the assignment shows as done, and the worker's day says "already passed on <date>" when that pass is older than the
// assignment. A trainer who wants it done again assigns a newer version.
import type { DataSource } from 'typeorm';
import { ADL_VERBS, FIT_EXTENSIONS, moduleVersionActivity, stepActivity, todayAt, type Statement } from '@fit/shared';
import { fitAccount } from '../learning-records/actor-identity.js';
import { StatementIngestService } from '../learning-records/statement-ingest.service.js';
import { DEMO_ORGANISATION, DEMO_SITE } from './demo-content.js';
import { fixedId } from './history/seed-history.js';
import { queryExists, queryRows } from '../../common/sql.js';

const BATCH = '7d1e5a3c-0f4b-4c2e-9a61-5d0c7e2b9f10';
const DAY_MS = 86_400_000;

/** Who has what to do, due how many days from the seed day (negative: overdue). */
export const DEMO_WORK: { worker: string; module: string; dueInDays: number; reason: { fr: string } }[] = [
  { worker: 'Julien Moreau', module: 'airtight-window-joints', dueInDays: 0, reason: { fr: 'Pose des menuiseries du bâtiment B cette semaine' } },
  { worker: 'Julien Moreau', module: 'attic-insulation', dueInDays: -3, reason: { fr: 'Isolation des combles, lot 4' } },
  { worker: 'Julien Moreau', module: 'reading-energy-labels', dueInDays: 7, reason: { fr: 'Avant la réunion de chantier' } },
  { worker: 'Fatima Benali', module: 'airtight-window-joints', dueInDays: 1, reason: { fr: 'Pose des menuiseries du bâtiment B cette semaine' } },
  { worker: 'Fatima Benali', module: 'etics-fixing-thermal-bridges', dueInDays: 7, reason: { fr: 'ITE façade nord' } },
  { worker: 'Mehdi Haddad', module: 'etics-fixing-thermal-bridges', dueInDays: 7, reason: { fr: 'ITE façade nord' } },
  { worker: 'Mehdi Haddad', module: 'attic-insulation', dueInDays: -2, reason: { fr: 'Isolation des combles, lot 4' } },
  { worker: 'Sofia García', module: 'etics-fixing-thermal-bridges', dueInDays: 7, reason: { fr: 'ITE façade nord' } },
  { worker: 'Kevin Martin', module: 'heat-pump-outdoor-unit', dueInDays: 0, reason: { fr: 'Mise en service des PAC' } },
  { worker: 'Amadou Diallo', module: 'heat-pump-outdoor-unit', dueInDays: 7, reason: { fr: 'Mise en service des PAC' } },
  { worker: 'Lucas Petit', module: 'mvhr-installation', dueInDays: -1, reason: { fr: 'VMC double flux, logements 1 à 12' } },
];

export async function seedDemoWork(db: DataSource, now = new Date()): Promise<boolean> {
  const [org] = await db.query<{ id: string }[]>('select id from organisations where slug = $1', [DEMO_ORGANISATION.slug]);
  const [trainer] = await db.query<{ id: string }[]>("select id from users where email = 'trainer@fit.demo'");
  if (!org || !trainer) return false;
  if (await queryExists(db, 'select 1 from assignments where batch_id = $1 limit 1', [BATCH])) return false;
  const [site] = await db.query<{ id: string; time_zone: string }[]>('select id, time_zone from sites where organisation_id = $1 and name = $2', [
    org.id,
    DEMO_SITE.name,
  ]);
  const workers = new Map(
    (
      await db.query<{ id: string; display_name: string }[]>(
        `select u.id, u.display_name from users u join memberships m on m.user_id = u.id where m.organisation_id = $1 and m.role = 'worker'`,
        [org.id],
      )
    ).map((r) => [r.display_name, r.id]),
  );
  const versions = new Map(
    (
      await db.query<{ slug: string; id: string }[]>(
        `select distinct on (m.id) m.slug, v.id from learning_modules m join module_versions v on v.module_id = m.id
          where m.organisation_id = $1 and v.status = 'published' order by m.id, v.version desc`,
        [org.id],
      )
    ).map((r) => [r.slug, r.id]),
  );
  // Due dates are calendar days at the site (one clock): near midnight UTC, "today" at the site may already be tomorrow.
  const siteToday = Date.parse(`${todayAt(site?.time_zone, now)}T00:00:00Z`);
  const day = (offset: number) => new Date(siteToday + offset * DAY_MS).toISOString().slice(0, 10);
  await db.transaction(async (tx) => {
    for (const work of DEMO_WORK) {
      const workerId = workers.get(work.worker);
      const versionId = versions.get(work.module);
      if (!workerId || !versionId) throw new Error(`demo work: no ${workerId ? 'module ' + work.module : 'worker ' + work.worker}`);
      await tx.query(
        `insert into assignments (organisation_id, module_version_id, worker_id, site_id, due_on, reason, batch_id, assigned_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8)
         on conflict (worker_id, module_version_id) where state = 'open' do nothing`,
        [org.id, versionId, workerId, site?.id ?? null, day(work.dueInDays), work.reason.fr, BATCH, trainer.id],
      );
    }
  });

  const ingest = new StatementIngestService(db);
  const asWorker = (name: string) => ({
    principal: { kind: 'user' as const, organisationId: org.id, userId: workers.get(name)!, role: 'worker' as const },
    source: 'device' as const,
    deviceId: 'demo-site-tablet',
  });
  const at = (daysAgo: number, hour: number) => new Date(Math.floor(now.getTime() / DAY_MS - daysAgo) * DAY_MS + hour * 3600_000).toISOString();
  // Lucas sent his ventilation unit's practical check yesterday: it waits for the trainer's sign-off.
  const lucas = workers.get('Lucas Petit')!;
  const mvhr = versions.get('mvhr-installation')!;
  await ingest.ingest(
    [
      {
        id: fixedId('Lucas Petit', 'mvhr-installation', 'practical'),
        actor: fitAccount(lucas),
        verb: { id: ADL_VERBS.completed, display: { en: 'completed' } },
        object: { objectType: 'Activity', id: stepActivity(mvhr, 'task') },
        result: { completion: true, response: 'Caisson posé, raccords scotchés', extensions: { [FIT_EXTENSIONS.evidence]: [], [FIT_EXTENSIONS.signOffRequested]: true } },
        context: { contextActivities: { parent: [{ objectType: 'Activity', id: moduleVersionActivity(mvhr) }] } },
        timestamp: at(1, 10),
      },
    ],
    asWorker('Lucas Petit'),
  );
  // Fatima tried the window module two days ago and did not pass: her day shows it to try again.
  const window = versions.get('airtight-window-joints')!;
  const fatima = workers.get('Fatima Benali')!;
  const failed = (verb: string, suffix: string): Statement => ({
    id: fixedId('Fatima Benali', 'airtight-window-joints', suffix),
    actor: fitAccount(fatima),
    verb: { id: verb },
    object: { objectType: 'Activity', id: moduleVersionActivity(window) },
    result: { success: false, completion: true, score: { scaled: 0.4 } },
    timestamp: at(2, 11),
  });
  await ingest.ingest([failed(ADL_VERBS.completed, 'completed'), failed(ADL_VERBS.failed, 'failed')], asWorker('Fatima Benali'));

  if (site) {
    await db.query(
      `insert into tender_requirements (organisation_id, site_id, title, clause, ulos, qualifications, created_by)
       select $1, $2, $3, $4, $5, $6, $7
        where not exists (select 1 from tender_requirements where site_id = $2 and title = $3)`,
      [
        org.id,
        site.id,
        'Marché public — lot 3 menuiseries et étanchéité',
        'Article 7.2 : au moins un poseur qualifié enveloppe (EXFR-Q1) et l’équipe formée à l’étanchéité des menuiseries.',
        ['ULO-AIR-02'],
        ['EXFR-Q1'],
        trainer.id,
      ],
    );
  }

  const note = (email: string | null, workerName: string | null, kind: string, message: string) =>
    queryRows(
      db,
      `insert into notifications (user_id, organisation_id, kind, message)
       select u.id, $1, $4, $5 from users u where u.email = $2 or u.id = $3`,
      [org.id, email, workerName ? workers.get(workerName) : null, kind, message],
    );
  await note('manager@fit.demo', null, 'qualification_expiring', 'Claire Dubois : la qualification EXDE-Q2 expire dans moins de 60 jours.');
  await note('manager@fit.demo', null, 'team_overdue', '3 formation(s) assignée(s) en retard sur le chantier Les Tilleuls.');
  await note('trainer@fit.demo', null, 'sign_off_waiting', 'Lucas Petit attend votre validation sur « VMC double flux ».');
  await note(null, 'Julien Moreau', 'assignment_overdue', '1 module(s) en retard : ouvrez « Aujourd’hui » pour les terminer.');
  return true;
}
