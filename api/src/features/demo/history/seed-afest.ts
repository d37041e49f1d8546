// Two AFESTs for the demo: João Ferreira's in progress (positioning, two work sequences, one reflective sequence in
// Portuguese, the site validation of his window joint linked in) and Claire Dubois's complete (sequences, reflections,
// an on-site validation and both signatures, so locked). Written the way the app writes them (rows for the plan,
// the ledger for words and signatures). Runs once: the ids are fixed.
import type { DataSource } from 'typeorm';
import { ADL_VERBS, FIT_EXTENSIONS, FIT_VERBS, moduleVersionActivity, reflectionStatement, signatureStatement, stepActivity, type Statement } from '@fit/shared';
import { fitAccount } from '../../learning-records/actor-identity.js';
import { StatementIngestService } from '../../learning-records/statement-ingest.service.js';
import { FrameworkService } from '../../qualifications/framework.service.js';
import { QualificationsService } from '../../qualifications/qualifications.service.js';
import type { Viewer } from '../../../common/auth/viewer.js';
import { queryExists } from '../../../common/sql.js';
import { DEMO_ORGANISATION, DEMO_SITE } from '../demo-content.js';
import { fixedId } from './seed-history.js';

export const DEMO_AFEST_IN_PROGRESS = '3f6d2a10-8c4e-4b1a-9e57-0a1b2c3d4e01';
export const DEMO_AFEST_COMPLETE = '3f6d2a10-8c4e-4b1a-9e57-0a1b2c3d4e02';
const DAY_MS = 86_400_000;

/** A handwriting-like stroke: a few loops along a baseline, as a finger draws on the tablet. */
export function demoSignature(seed: number): { path: string; width: number; height: number } {
  const points: string[] = [];
  for (let i = 0; i <= 60; i++) {
    const x = 20 + i * 6;
    const y = 60 + Math.sin(i / (2 + seed)) * 22 + Math.cos(i / 1.3) * 8;
    points.push(`${i === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`);
  }
  return { path: points.join(' '), width: 400, height: 120 };
}

export async function seedDemoAfest(db: DataSource, now = new Date()): Promise<boolean> {
  if (await queryExists(db, 'select 1 from afests where id = $1', [DEMO_AFEST_IN_PROGRESS])) return false;
  const [row] = await db.query<{ org: string; site: string; trainer: string }[]>(
    `select o.id as org, s.id as site, t.id as trainer from organisations o join sites s on s.organisation_id = o.id and s.name = $2
       join users t on t.email = 'trainer@fit.demo' where o.slug = $1`,
    [DEMO_ORGANISATION.slug, DEMO_SITE.name],
  );
  if (!row) return false;
  const people = new Map(
    (
      await db.query<{ id: string; name: string }[]>(
        `select u.id, u.display_name as name from users u join memberships m on m.user_id = u.id where m.organisation_id = $1 and m.role = 'worker'`,
        [row.org],
      )
    ).map((p) => [p.name, p.id]),
  );
  const versions = new Map(
    (
      await db.query<{ slug: string; id: string }[]>(
        `select distinct on (m.id) m.slug, v.id from learning_modules m join module_versions v on v.module_id = m.id
          where m.organisation_id = $1 and v.status = 'published' order by m.id, v.version desc`,
        [row.org],
      )
    ).map((v) => [v.slug, v.id]),
  );
  const joao = people.get('João Ferreira');
  const claire = people.get('Claire Dubois');
  const windows = versions.get('airtight-window-joints');
  const etics = versions.get('etics-fixing-thermal-bridges');
  if (!joao || !claire || !windows || !etics) return false;
  const day = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY_MS).toISOString().slice(0, 10);
  const at = (daysAgo: number, hour: number) => new Date(Math.floor(now.getTime() / DAY_MS - daysAgo) * DAY_MS + hour * 3600_000).toISOString();
  const seq = (afest: string, n: number) => fixedId('afest', afest, 'sequence', String(n));
  const ingest = new StatementIngestService(db);
  const as = (userId: string, role: 'worker' | 'trainer') => ({ principal: { kind: 'user' as const, organisationId: row.org, userId, role }, source: 'device' as const, deviceId: 'demo-site-tablet' });

  const trainerViewer: Viewer = { userId: row.trainer, organisationId: row.org, role: 'trainer' };
  await db.transaction(async (tx) => {
    const afest = `insert into afests (id, organisation_id, worker_id, trainer_id, title, target_ulos, held_ulos, positioning_note, positioned_at)
                   values ($1, $2, $3, $4, $5, $6, $7, $8, $9) on conflict (id) do nothing`;
    await tx.query(afest, [DEMO_AFEST_IN_PROGRESS, row.org, joao, row.trainer, 'Étanchéité à l’air des menuiseries', ['ULO-AIR-02'],
      JSON.stringify(await heldUlos(db, trainerViewer, joao)), 'Pose déjà des fenêtres seul ; les angles et les recouvrements de bande sont à reprendre.', at(10, 8)]);
    await tx.query(afest, [DEMO_AFEST_COMPLETE, row.org, claire, row.trainer, 'Fixations d’ITE sans pont thermique', ['ULO-INS-01', 'ULO-TB-01'],
      JSON.stringify(await heldUlos(db, trainerViewer, claire)), 'Connaît la théorie des ponts thermiques ; peu de pratique des chevilles à rosace.', at(40, 8)]);
    const sequence = `insert into afest_sequences (id, afest_id, module_version_id, activity, planned_on, site_id, planned_minutes) values ($1, $2, $3, $4, $5, $6, $7) on conflict (id) do nothing`;
    await tx.query(sequence, [seq(DEMO_AFEST_IN_PROGRESS, 1), DEMO_AFEST_IN_PROGRESS, windows, 'Bande d’étanchéité sur les fenêtres du bâtiment B, niveau 1', day(7), row.site, 120]);
    await tx.query(sequence, [seq(DEMO_AFEST_IN_PROGRESS, 2), DEMO_AFEST_IN_PROGRESS, windows, 'Angles et appuis des portes-fenêtres, niveau 2', day(-2), row.site, 90]);
    await tx.query(sequence, [seq(DEMO_AFEST_COMPLETE, 1), DEMO_AFEST_COMPLETE, etics, 'Chevillage de l’isolant, façade nord', day(35), row.site, 180]);
    await tx.query(sequence, [seq(DEMO_AFEST_COMPLETE, 2), DEMO_AFEST_COMPLETE, etics, 'Traitement des tableaux de fenêtres et des rails de départ', day(30), row.site, 120]);
  });

  const reflect = (afest: string, n: number, worker: string, text: { done: string; learned: string; difficulties: string }, language: string, daysAgo: number) =>
    reflectionStatement({ id: fixedId('afest', afest, 'reflection', String(n)), workerAccount: fitAccount(worker), trainerAccount: fitAccount(row.trainer), afestId: afest,
      sequenceId: seq(afest, n), text, dictated: n === 1, language, timestamp: at(daysAgo, 16) });
  await ingest.ingest([
    reflect(DEMO_AFEST_IN_PROGRESS, 1, joao, { done: 'Coloquei a fita nas janelas do primeiro andar.', learned: 'Dobrar a fita antes do canto para não rasgar.', difficulties: 'O frio deixa a fita dura.' }, 'pt', 7),
  ], as(joao, 'worker'));

  // Claire's: the module done (with its time), the practical step submitted and validated, her words, both signatures.
  const task = stepActivity(etics, 'task');
  const submission = fixedId('afest', DEMO_AFEST_COMPLETE, 'submission');
  const workerStatements: Statement[] = [
    { id: fixedId('afest', DEMO_AFEST_COMPLETE, 'completed'), actor: fitAccount(claire), verb: { id: ADL_VERBS.completed, display: { en: 'completed' } },
      object: { objectType: 'Activity', id: moduleVersionActivity(etics) }, result: { completion: true, success: true, score: { scaled: 0.9 }, duration: 'PT25M' }, timestamp: at(36, 10) },
    { id: submission, actor: fitAccount(claire), verb: { id: ADL_VERBS.completed, display: { en: 'completed' } }, object: { objectType: 'Activity', id: task },
      result: { completion: true, response: 'dowels,flush,caps', extensions: { [FIT_EXTENSIONS.evidence]: [], [FIT_EXTENSIONS.signOffRequested]: true } },
      context: { contextActivities: { parent: [{ objectType: 'Activity', id: moduleVersionActivity(etics) }] } }, timestamp: at(35, 15) },
    reflect(DEMO_AFEST_COMPLETE, 1, claire, { done: 'I fixed the insulation boards on the north wall with 6 dowels per board.', learned: 'Sink the dowel heads flush and cap them, or they show as cold spots.', difficulties: 'Finding the studs behind the old render.' }, 'en', 35),
    reflect(DEMO_AFEST_COMPLETE, 2, claire, { done: 'I wrapped the window reveals and set the starter rails.', learned: 'Leave a gap for the rail expansion.', difficulties: '' }, 'en', 30),
    signatureStatement({ id: fixedId('afest', DEMO_AFEST_COMPLETE, 'signed', 'worker'), signerAccount: fitAccount(claire), afestId: DEMO_AFEST_COMPLETE, signature: demoSignature(1), timestamp: at(29, 17) }),
  ];
  await ingest.ingest(workerStatements, as(claire, 'worker'));
  await ingest.ingest([
    { id: fixedId('afest', DEMO_AFEST_COMPLETE, 'validated'), actor: fitAccount(row.trainer), verb: { id: FIT_VERBS.validated, display: { en: 'validated' } }, object: { objectType: 'Activity', id: task },
      result: { success: true, response: 'Chevilles à fleur, rosaces posées, pas de pont thermique visible à la caméra.' },
      context: { statement: { objectType: 'StatementRef', id: submission }, extensions: { [FIT_EXTENSIONS.learner]: fitAccount(claire) }, contextActivities: { parent: [{ objectType: 'Activity', id: moduleVersionActivity(etics) }] } },
      timestamp: at(34, 11) },
    signatureStatement({ id: fixedId('afest', DEMO_AFEST_COMPLETE, 'signed', 'trainer'), signerAccount: fitAccount(row.trainer), afestId: DEMO_AFEST_COMPLETE, signature: demoSignature(3), timestamp: at(29, 17) }),
  ], { principal: { kind: 'user', organisationId: row.org, userId: row.trainer, role: 'trainer' }, source: 'xapi' });
  await db.query('update afests set locked_at = $2 where id = $1 and locked_at is null', [DEMO_AFEST_COMPLETE, at(29, 17)]);
  return true;
}

/** The ULOs a worker holds, as the passport shows them (the demo positions them today). */
async function heldUlos(db: DataSource, viewer: Viewer, workerId: string): Promise<{ code: string; title: string; titleFr: string | null }[]> {
  const passport = await new QualificationsService(db, new FrameworkService(db)).passport(viewer, workerId);
  return passport.ulos.filter((u) => u.state === 'held').map((u) => ({ code: u.code, title: u.title, titleFr: u.titleFr }));
}
