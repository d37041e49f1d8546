// Demo seed for building models: the generated demo house as version 1 of the demo site and, in development where the
// shared fixtures exist, the FZK-Haus as its version 2 (which also demonstrates version changes). Indexed right away
// (no job), idempotent by file hash.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityManager } from 'typeorm';
import { sha256 } from '../../common/hash.js';
import type { JobsService } from '../../common/jobs/jobs.service.js';
import { BimModelEntity } from './bim-model.entity.js';
import { modelFilePath } from './bim-files.js';
import { insertElements } from './bim-parse.job.js';
import { BIM_GEOMETRY_JOB } from './bim-models.service.js';
import { DEMO_HOUSE_FILE_NAME, demoHouseIfc } from './demo-house.js';
import { indexIfc } from './ifc-index.js';
import { querySingle } from '../../common/sql.js';

// From api/{src,dist}/features/bim/ up to the repository root, then ../shared (present in development and CI only).
const FZK_HAUS = fileURLToPath(new URL('../../../../../shared/fixtures/ifc/AC20-FZK-Haus.ifc', import.meta.url));

/** `jobs` queues the tablets' geometry; without it (the bare CLI seed) the models are seeded with their index only. */
export async function seedDemoModels(tx: EntityManager, demoSiteId: string, dataDir: string, jobs?: Pick<JobsService, 'enqueue'>): Promise<void> {
  await ensureModel(tx, demoSiteId, DEMO_HOUSE_FILE_NAME, Buffer.from(demoHouseIfc(), 'latin1'), dataDir, jobs);
  if (existsSync(FZK_HAUS)) await ensureModel(tx, demoSiteId, 'AC20-FZK-Haus.ifc', readFileSync(FZK_HAUS), dataDir, jobs);
}

async function ensureModel(
  tx: EntityManager,
  siteId: string,
  fileName: string,
  bytes: Buffer,
  dataDir: string,
  jobs: Pick<JobsService, 'enqueue'> | undefined,
): Promise<void> {
  const digest = sha256(bytes);
  if (await tx.existsBy(BimModelEntity, { siteId, sha256: digest })) return;
  const index = await indexIfc(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const id = randomUUID();
  const path = modelFilePath(dataDir, id);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes);
  const { next } = await querySingle<{ next: number }>(
    tx,
    'select coalesce(max(version), 0) + 1 as next from bim_models where site_id = $1',
    [siteId],
  );
  await tx.save(
    tx.create(BimModelEntity, {
      id,
      siteId,
      version: next,
      fileName,
      sizeBytes: bytes.length,
      sha256: digest,
      schema: index.schema,
      status: 'ready',
      progress: 100,
      summary: { elements: index.elements.length, byClass: index.byClass, storeys: index.storeys },
      createdById: null,
      parsedAt: new Date(),
    }),
  );
  for (let start = 0; start < index.elements.length; start += 2000) {
    await insertElements(tx, id, index.elements.slice(start, start + 2000));
  }
  // The tablets' compact geometry is made by a background job, committed with the model.
  await jobs?.enqueue(BIM_GEOMETRY_JOB, { modelId: id }, tx, { singletonKey: id });
}
