// Gives the demo workers of demo-learners.ts their learning history through the real paths: the workers' statements
// as a tablet sync sends them, the trainer's validations, then awards computed as they were on the day (so an award
// that has since run out is stored, then expired by the daily run). Runs once: the statement ids are fixed, and a
// second run finds them and stops.
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ADL_VERBS, FIT_EXTENSIONS, FIT_VERBS, moduleVersionActivity, type Statement } from '@fit/shared';
import { fitAccount } from '../../learning-records/actor-identity.js';
import { StatementIngestService } from '../../learning-records/statement-ingest.service.js';
import { FrameworkService } from '../../qualifications/framework.service.js';
import { QualificationsService } from '../../qualifications/qualifications.service.js';
import { DEMO_ORGANISATION } from '../demo-content.js';
import { DEMO_HISTORIES } from './demo-learners.js';
import { queryExists } from '../../../common/sql.js';
import { required } from '../../../common/required.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The same id on every run, so a re-run is a resend the ledger accepts silently. */
export function fixedId(...parts: string[]): string {
  const h = createHash('sha1').update(`fit-demo-history|${parts.join('|')}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h.charAt(16), 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export async function seedDemoHistory(db: DataSource, now = new Date()): Promise<boolean> {
  const [org] = await db.query<{ id: string }[]>('select id from organisations where slug = $1', [DEMO_ORGANISATION.slug]);
  const [trainer] = await db.query<{ id: string }[]>("select id from users where email = 'trainer@fit.demo'");
  if (!org || !trainer) return false;
  const first = required(DEMO_HISTORIES[0], 'a demo history');
  const firstPass = required(first.passed[0], "the first demo history's passed module");
  if (await queryExists(db, 'select 1 from xapi_statements where id = $1', [fixedId(first.worker, firstPass.module, 'passed')])) return false;
  const workers = new Map<string, string>(
    (
      await db.query<{ id: string; display_name: string }[]>(
        `select u.id, u.display_name from users u join memberships m on m.user_id = u.id where m.organisation_id = $1 and m.role = 'worker'`,
        [org.id],
      )
    ).map((r) => [r.display_name, r.id]),
  );
  const versions = new Map<string, string>(
    (
      await db.query<{ slug: string; id: string }[]>(
        `select distinct on (m.id) m.slug, v.id from learning_modules m join module_versions v on v.module_id = m.id
          where m.organisation_id = $1 and v.status = 'published' order by m.id, v.version desc`,
        [org.id],
      )
    ).map((r) => [r.slug, r.id]),
  );
  const ingest = new StatementIngestService(db);
  const qualifications = new QualificationsService(db, new FrameworkService(db));
  const at = (daysAgo: number, hour = 9) => new Date(Math.floor(now.getTime() / DAY_MS - daysAgo) * DAY_MS + hour * 3600_000).toISOString();

  for (const h of DEMO_HISTORIES) {
    const workerId = workers.get(h.worker);
    if (!workerId) throw new Error(`demo history: no demo worker named ${h.worker}`);
    const passes: Statement[] = h.passed.map(({ module, daysAgo }) => ({
      id: fixedId(h.worker, module, 'passed'),
      actor: fitAccount(workerId),
      verb: { id: ADL_VERBS.passed, display: { en: 'passed' } },
      object: { objectType: 'Activity', id: moduleVersionActivity(versionOf(versions, module)) },
      result: { success: true, completion: true, score: { scaled: 0.9 } },
      timestamp: at(daysAgo),
    }));
    await ingest.ingest(passes, {
      principal: { kind: 'user', organisationId: org.id, userId: workerId, role: 'worker' },
      source: 'device',
      deviceId: 'demo-site-tablet',
    });
    if (h.validated) {
      const validations: Statement[] = h.passed.map(({ module, daysAgo }) => {
        const activity = moduleVersionActivity(versionOf(versions, module));
        return {
          id: fixedId(h.worker, module, 'validated'),
          actor: fitAccount(trainer.id),
          verb: { id: FIT_VERBS.validated, display: { en: 'validated' } },
          object: { objectType: 'Activity', id: activity },
          result: { success: true, response: 'Demo: checked on site' },
          context: {
            statement: { objectType: 'StatementRef', id: fixedId(h.worker, module, 'passed') },
            extensions: { [FIT_EXTENSIONS.learner]: fitAccount(workerId) },
            contextActivities: { parent: [{ objectType: 'Activity', id: activity }] },
          },
          timestamp: at(daysAgo - 1, 15),
        };
      });
      await ingest.ingest(validations, { principal: { kind: 'user', organisationId: org.id, userId: trainer.id, role: 'trainer' }, source: 'xapi' });
    }
    // Awards as they were made back then: two days after the last piece of work.
    const lastDay = Math.min(...h.passed.map((p) => p.daysAgo)) - 2;
    await qualifications.refreshAwards([workerId], at(lastDay).slice(0, 10));
  }
  // The daily run since then, and today's state.
  await qualifications.expireAwards(now.toISOString().slice(0, 10));
  await qualifications.refreshAwards(DEMO_HISTORIES.map((h) => workers.get(h.worker)!));
  return true;
}

function versionOf(versions: Map<string, string>, slug: string): string {
  const id = versions.get(slug);
  if (!id) throw new Error(`demo history: no published demo module ${slug}`);
  return id;
}
