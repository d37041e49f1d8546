// A practical task of the demo done on one named window of the demo site's model, with a photo, validated by the demo
// trainer with a comment: what the BCF export (`npm run fit -- export-bcf --site demo`) and the site page show.
// Runs once: the statement ids are fixed.
import sharp from 'sharp';
import type { DataSource } from 'typeorm';
import { ADL_VERBS, ELEMENTS_EXTENSION, FIT_EXTENSIONS, FIT_VERBS, moduleVersionActivity, stepActivity } from '@fit/shared';
import { fitAccount } from '../../learning-records/actor-identity.js';
import { StatementIngestService } from '../../learning-records/statement-ingest.service.js';
import type { MediaStorage } from '../../media/media-storage.js';
import { storeMediaAsset } from '../../media/media.service.js';
import { DEMO_ORGANISATION, DEMO_SITE } from '../demo-content.js';
import { queryExists } from '../../../common/sql.js';

export const DEMO_SITE_SUBMISSION_ID = '6c0f9a52-3d1e-5b7a-9f20-4a8e1c7d2b01';
const DEMO_SITE_VALIDATION_ID = '6c0f9a52-3d1e-5b7a-9f20-4a8e1c7d2b02';
const DAY_MS = 86_400_000;

// A window corner with its airtightness tape, drawn rather than photographed (the demo ships no personal photos).
const PHOTO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="720" viewBox="0 0 960 720">
<rect width="960" height="720" fill="#9aa5b1"/><rect x="0" y="0" width="960" height="720" fill="#cbd2d9" opacity="0.6"/>
<rect x="180" y="120" width="640" height="520" fill="#c8a27a" stroke="#7b5e3b" stroke-width="8"/>
<rect x="240" y="180" width="520" height="400" fill="#bfe3ff" stroke="#52606d" stroke-width="6"/>
<path d="M150 90 H850 V670" fill="none" stroke="#f2994a" stroke-width="40" stroke-linejoin="round"/>
<path d="M150 90 V670 H850" fill="none" stroke="#f2994a" stroke-width="40" stroke-linejoin="round" opacity="0.85"/>
<circle cx="850" cy="90" r="46" fill="none" stroke="#27ae60" stroke-width="10"/>
</svg>`;

export async function seedDemoSiteValidation(db: DataSource, storage: MediaStorage, now = new Date()): Promise<boolean> {
  if (await queryExists(db, 'select 1 from xapi_statements where id = $1', [DEMO_SITE_SUBMISSION_ID])) return false;
  const [row] = await db.query<{ org: string; site: string; trainer: string; worker: string; version: string }[]>(
    `select o.id as org, s.id as site, t.id as trainer, w.id as worker, v.id as version
       from organisations o
       join sites s on s.organisation_id = o.id and s.name = $2
       join users t on t.email = 'trainer@fit.demo'
       join memberships m on m.organisation_id = o.id and m.role = 'worker'
       join users w on w.id = m.user_id and w.display_name = 'João Ferreira'
       join learning_modules lm on lm.organisation_id = o.id and lm.slug = 'airtight-window-joints'
       join module_versions v on v.module_id = lm.id and v.status = 'published'
      where o.slug = $1 order by v.version desc limit 1`,
    [DEMO_ORGANISATION.slug, DEMO_SITE.name],
  );
  if (!row) return false;
  // The lowest window of the model the tablets show (the latest ready version).
  const [window] = await db.query<{ global_id: string }[]>(
    `select e.global_id from bim_elements e
      where e.model_id = (select id from bim_models where site_id = $1 and status = 'ready' order by version desc limit 1)
        and e.ifc_class = 'IfcWindow' order by e.storey_elevation nulls last, e.global_id limit 1`,
    [row.site],
  );
  if (!window) return false;
  const png = await sharp(Buffer.from(PHOTO_SVG)).png().toBuffer();
  const photo = await db.transaction((tx) =>
    storeMediaAsset(tx, storage, {
      organisationId: row.org,
      createdBy: row.worker,
      bytes: png,
      contentType: 'image/png',
      originalName: 'window-corner.png',
      purpose: 'evidence',
    }),
  );
  const at = (daysAgo: number, hour: number) => new Date(Math.floor(now.getTime() / DAY_MS - daysAgo) * DAY_MS + hour * 3600_000).toISOString();
  const ingest = new StatementIngestService(db);
  const task = stepActivity(row.version, 'task');
  const parent = { contextActivities: { parent: [{ objectType: 'Activity' as const, id: moduleVersionActivity(row.version) }] } };
  await ingest.ingest(
    [
      {
        id: DEMO_SITE_SUBMISSION_ID,
        actor: fitAccount(row.worker),
        verb: { id: ADL_VERBS.completed, display: { en: 'completed' } },
        object: { objectType: 'Activity', id: task },
        result: {
          completion: true,
          response: 'clean,continuous,corners,overlaps,rolled',
          extensions: { [FIT_EXTENSIONS.evidence]: [photo.id], [FIT_EXTENSIONS.signOffRequested]: true },
        },
        context: { ...parent, extensions: { [ELEMENTS_EXTENSION]: [window.global_id] } },
        timestamp: at(3, 10),
      },
    ],
    { principal: { kind: 'user', organisationId: row.org, userId: row.worker, role: 'worker' }, source: 'device', deviceId: 'demo-site-tablet' },
  );
  await ingest.ingest(
    [
      {
        id: DEMO_SITE_VALIDATION_ID,
        actor: fitAccount(row.trainer),
        verb: { id: FIT_VERBS.validated, display: { en: 'validated' } },
        object: { objectType: 'Activity', id: task },
        result: { success: true, response: 'Bande continue, angles en boucle, recouvrements de 5 cm : conforme.' },
        context: { ...parent, statement: { objectType: 'StatementRef', id: DEMO_SITE_SUBMISSION_ID }, extensions: { [FIT_EXTENSIONS.learner]: fitAccount(row.worker) } },
        timestamp: at(2, 15),
      },
    ],
    { principal: { kind: 'user', organisationId: row.org, userId: row.trainer, role: 'trainer' }, source: 'xapi' },
  );
  return true;
}
