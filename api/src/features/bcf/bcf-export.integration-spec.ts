import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FIT_EXTENSIONS, stepActivity } from '@fit/shared';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { addMember } from '../../test-support/accounts.js';
import { validateBcfEntries } from '../../test-support/bcf-xsd.js';
import { VERB, addWorker, statementBy, xapiClient } from '../../test-support/xapi-client.js';
import { exportBcfCommand } from '../../cli/commands/export-bcf.js';
import { DEMO_SITE_SUBMISSION_ID } from '../demo/history/seed-site-validation.js';
import { readBcf, type BcfTopic } from './bcf-archive.js';
import { querySingle } from '../../common/sql.js';

describe('BCF 3.0 export of validations on elements', () => {
  let sut: TestApp;
  let trainer: string;
  let siteId: string;
  let windowId: string;

  const download = async (query = '', token = trainer) => {
    const res = await fetch(`${sut.url}/sites/${siteId}/validations.bcf${query}`, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/octet-stream' },
    });
    return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
  };

  beforeAll(async () => {
    sut = await startTestApp();
    trainer = await sut.login('trainer@fit.demo');
    siteId = (await sut.gql<{ sites: { id: string }[] }>('{ sites { id } }', {}, trainer)).data!.sites[0]!.id;
    ({ global_id: windowId } = await querySingle<{ global_id: string }>(
      sut.dataSource,
      `select statement->'context'->'extensions'->'https://w3id.org/fit/xapi/extensions/ifc-elements'->>0 as global_id from xapi_statements where id = $1`,
      [DEMO_SITE_SUBMISSION_ID],
    ));
  });
  afterAll(() => sut.close());

  it("writes the demo's validation as a topic every BCF 3.0 schema accepts, and reads back what it wrote", async () => {
    const res = await download();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename=".+\.bcf"/);
    const bcf = readBcf(res.bytes);
    expect(bcf.version).toBe('3.0');
    expect(Object.keys(bcf.entries)).toEqual(expect.arrayContaining(['bcf.version', 'extensions.xml', 'project.bcfp']));

    const { checked, errors } = validateBcfEntries(bcf.entries);
    expect(errors).toEqual([]);
    expect(checked).toEqual(expect.arrayContaining(['bcf.version', 'extensions.xml', `${DEMO_SITE_SUBMISSION_ID}/markup.bcf`, `${DEMO_SITE_SUBMISSION_ID}/viewpoint.bcfv`]));

    const topic = bcf.topics.find((t) => t.guid === DEMO_SITE_SUBMISSION_ID)!;
    expect(topic).toMatchObject({
      type: 'Practical validation',
      status: 'Validated',
      creationAuthor: 'Thomas Formateur',
      comments: [expect.objectContaining({ author: 'Thomas Formateur', text: 'Bande continue, angles en boucle, recouvrements de 5 cm : conforme.' })],
    });
    expect(topic.title).toContain('João Ferreira');
    expect(topic.labels).toContain('FIT');
    expect(topic.labels.length).toBeGreaterThan(1);
    expect(Date.parse(topic.creationDate)).toBeLessThan(Date.now());

    const [viewpoint] = topic.viewpoints;
    expect(viewpoint!.selected).toEqual([windowId]);
    expect(topic.comments[0]!.viewpointGuid).toBe(viewpoint!.guid);
    // The evidence photo, as a PNG.
    expect(Buffer.from(viewpoint!.snapshot!.bytes.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
    expect(bcf.entries[`${DEMO_SITE_SUBMISSION_ID}/snapshot.png`]).toBeDefined();
  });

  it('points the camera at the selected window from a few metres away', async () => {
    const topic = readBcf((await download()).bytes).topics.find((t) => t.guid === DEMO_SITE_SUBMISSION_ID)!;
    const camera = topic.viewpoints[0]!.camera!;
    expect(camera.fieldOfView).toBe(60);
    expect(Math.hypot(camera.direction.x, camera.direction.y, camera.direction.z)).toBeCloseTo(1, 5);
    expect(camera.direction.x * camera.upVector.x + camera.direction.y * camera.upVector.y + camera.direction.z * camera.upVector.z).toBeCloseTo(0, 5);
    // The window's centre in IFC axes (Z up) from the model's own geometry: the camera ray passes through it.
    const centre = await windowCentre();
    const toCentre = { x: centre.x - camera.viewPoint.x, y: centre.y - camera.viewPoint.y, z: centre.z - camera.viewPoint.z };
    const distance = Math.hypot(toCentre.x, toCentre.y, toCentre.z);
    expect(distance).toBeGreaterThan(1);
    expect(distance).toBeLessThan(20);
    const along = (toCentre.x * camera.direction.x + toCentre.y * camera.direction.y + toCentre.z * camera.direction.z) / distance;
    expect(along).toBeGreaterThan(0.999);
  });

  it('falls back to the elements the module binds when the task names none, and keeps only the period asked for', async () => {
    const versionId = (
      await sut.dataSource.query<{ id: string }[]>(
        `select v.id from module_versions v join learning_modules m on m.id = v.module_id where m.slug = 'airtight-window-joints' and v.status = 'published'`,
      )
    )[0]!.id;
    const workerId = await addWorker(sut.dataSource, 'Inès Roux', 'ines@fit.demo');
    // Joins the demo crew (setSiteCrew would replace it).
    await sut.dataSource.query('insert into site_members (site_id, user_id) values ($1, $2)', [siteId, workerId]);
    const worker = await sut.login('ines@fit.demo');
    const s = statementBy(workerId, VERB.completed, stepActivity(versionId, 'task'), {
      result: { completion: true, response: 'clean', extensions: { [FIT_EXTENSIONS.signOffRequested]: true } },
    });
    expect((await xapiClient(sut.url, `Bearer ${worker}`)('POST', '', s)).status).toBe(200);
    const reviewed = await sut.gql(
      'mutation($id: ID!) { reviewPractical(statementId: $id, verdict: to_redo, comment: "Angle bas gauche décollé.") { review } }',
      { id: s.id },
      trainer,
    );
    expect(reviewed.errors).toBeUndefined();

    const today = new Date().toISOString().slice(0, 10);
    const bcf = readBcf((await download(`?from=${today}&to=${today}`)).bytes);
    // Dated by when the verdict reached the server: the demo's seeded one is today's too.
    expect(bcf.topics.map((t) => t.guid).sort()).toEqual([s.id, DEMO_SITE_SUBMISSION_ID].sort());
    const topic = bcf.topics.find((t) => t.guid === s.id) as BcfTopic;
    expect(topic.status).toBe('To redo');
    const bound = await sut.dataSource.query<{ global_id: string }[]>(
      `select global_id from bim_elements e where e.model_id = (select id from bim_models where site_id = $1 and status = 'ready' order by version desc limit 1)
          and (e.ifc_class in ('IfcWindow', 'IfcWindowStandardCase') or (e.ifc_class in ('IfcDoor', 'IfcDoorStandardCase') and e.properties->'IsExternal' = 'true'))
        order by global_id`,
      [siteId],
    );
    expect(bound.length).toBeGreaterThan(1);
    expect(topic.viewpoints[0]!.selected).toEqual(bound.map((b) => b.global_id));
    expect(topic.viewpoints[0]!.snapshot).toBeUndefined();
    expect(validateBcfEntries(bcf.entries).errors).toEqual([]);

    expect(readBcf((await download('?from=2000-01-01&to=2000-01-31')).bytes).topics).toEqual([]);
    expect((await download('?from=yesterday')).status).toBe(400);
  });

  it("is staff-only, and never another organisation's site", async () => {
    await addMember(sut.dataSource, 'other-bcf', 'trainer@other-bcf.fr', 'trainer');
    expect((await download('', await sut.login('trainer@other-bcf.fr'))).status).toBe(404);
    const workerId = await addWorker(sut.dataSource, 'Paul Worker', 'paul@fit.demo');
    expect(workerId).toBeTruthy();
    expect((await download('', await sut.login('paul@fit.demo'))).status).toBe(403);
  });

  it('`fit export-bcf --site demo` writes the same topics to a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fit-bcf-cli-'));
    const saved = { DATABASE_URL: process.env.DATABASE_URL, FIT_DATA_DIR: process.env.FIT_DATA_DIR };
    try {
      process.env.DATABASE_URL = sut.database.url;
      process.env.FIT_DATA_DIR = sut.dataDir;
      const out = join(dir, 'demo.bcf');
      expect(await exportBcfCommand.run(['--site', 'demo', '--out', out])).toBe(0);
      const fromFile = readBcf(readFileSync(out));
      const fromApi = readBcf((await download()).bytes);
      expect(fromFile.topics.map((t) => t.guid)).toEqual(fromApi.topics.map((t) => t.guid));
      expect(fromFile.topics).toHaveLength(2);
      expect(fromFile.topics.find((t) => t.guid === DEMO_SITE_SUBMISSION_ID)?.viewpoints[0]?.selected).toEqual([windowId]);
      expect(await exportBcfCommand.run(['--site', 'nowhere', '--out', out])).toBe(2);
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
      rmSync(dir, { recursive: true, force: true });
    }
  });

  async function windowCentre(): Promise<{ x: number; y: number; z: number }> {
    const { elementBoxes } = await import('./element-boxes.js');
    const { geometryKey } = await import('../bim/bim-geometry.service.js');
    const { MEDIA_STORAGE } = await import('../media/media-storage.js');
    const { modelFilePath } = await import('../bim/bim-files.js');
    const { buildCompactGeometry } = await import('../bim/ifc-geometry.js');
    const [model] = await sut.dataSource.query<{ id: string }[]>(`select id from bim_models where site_id = $1 and status = 'ready' order by version desc limit 1`, [siteId]);
    let geometry = await sut.app.get<{ read(k: string): Promise<Buffer | null> }>(MEDIA_STORAGE).read(geometryKey(model!.id));
    if (!geometry) {
      const rows = await sut.dataSource.query<{ global_id: string; ifc_class: string }[]>('select global_id, ifc_class from bim_elements where model_id = $1', [model!.id]);
      const facts = rows.map((r) => ({ globalId: r.global_id, ifcClass: r.ifc_class, predefinedType: null, name: null, storey: null, properties: {} }));
      geometry = (await buildCompactGeometry(readFileSync(modelFilePath(sut.dataDir, model!.id)), facts, [])).bytes;
    }
    const box = elementBoxes(geometry, [windowId]).get(windowId)!;
    return { x: (box.min.x + box.max.x) / 2, y: (box.min.y + box.max.y) / 2, z: (box.min.z + box.max.z) / 2 };
  }
});
