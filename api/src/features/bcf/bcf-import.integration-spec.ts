import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { addMember } from '../../test-support/accounts.js';
import { addWorker } from '../../test-support/xapi-client.js';
import { writeBcf, type BcfTopic } from './bcf-archive.js';
import { querySingle } from '../../common/sql.js';

const ITEMS = `query($s: ID!, $d: Boolean) { siteReviewItems(siteId: $s, includeDone: $d) {
  id topicGuid title description topicStatus topicAuthor labels status resolvedBy resolutionNote elements { globalId ifcClass name storey } } }`;
const RESOLVE = 'mutation($id: ID!, $n: String) { resolveSiteReviewItem(id: $id, note: $n) { status resolvedBy resolutionNote } }';

interface Item {
  id: string;
  topicGuid: string;
  title: string;
  status: string;
  elements: { globalId: string; ifcClass: string | null; name: string | null; storey: string | null }[];
}

const topic = (guid: string, title: string, selected: string[]): BcfTopic => ({
  guid,
  type: 'Issue',
  status: 'Open',
  title,
  labels: ['Airtightness'],
  creationDate: '2026-11-20T09:00:00Z',
  creationAuthor: 'architect@studio.example',
  description: 'Check the sill tape before the cladding closes it.',
  comments: [],
  viewpoints: selected.length ? [{ guid: guid.replace(/^./, 'f'), selected }] : [],
});

describe('BCF import: topics on elements become items to review on site', () => {
  let sut: TestApp;
  let trainer: string;
  let siteId: string;
  let window: { global_id: string; name: string | null; storey_name: string | null };

  const upload = (bytes: Uint8Array | string, token = trainer, site = siteId) =>
    fetch(`${sut.url}/sites/${site}/review-items/bcf?fileName=issues.bcf`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
      body: typeof bytes === 'string' ? bytes : Buffer.from(bytes),
    });

  beforeAll(async () => {
    sut = await startTestApp();
    trainer = await sut.login('trainer@fit.demo');
    siteId = (await sut.gql<{ sites: { id: string }[] }>('{ sites { id } }', {}, trainer)).data!.sites[0]!.id;
    window = await querySingle<typeof window>(
      sut.dataSource,
      `select global_id, name, storey_name from bim_elements
        where model_id = (select id from bim_models where site_id = $1 and status = 'ready' order by version desc limit 1) and ifc_class = 'IfcWindow'
        order by global_id limit 1`,
      [siteId],
    );
  });
  afterAll(() => sut.close());

  it('creates one item per topic with elements, names them from the current model, and says which topics it left out', async () => {
    const file = writeBcf([
      topic('a1b2c3d4-0000-4000-8000-000000000001', 'Sill tape', [window.global_id]),
      topic('a1b2c3d4-0000-4000-8000-000000000002', 'Unknown wall', ['3vB2YO$MX4xv5uCqZZG05x']),
      topic('a1b2c3d4-0000-4000-8000-000000000003', 'General remark', []),
    ]);
    const res = await upload(file);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ created: 2, updated: 0, skipped: ['General remark: no element selected'] });

    const items = (await sut.gql<{ siteReviewItems: Item[] }>(ITEMS, { s: siteId }, trainer)).data!.siteReviewItems;
    expect(items.map((i) => i.title).sort()).toEqual(['Sill tape', 'Unknown wall']);
    expect(items.find((i) => i.title === 'Sill tape')).toMatchObject({
      status: 'open',
      topicStatus: 'Open',
      topicAuthor: 'architect@studio.example',
      labels: ['Airtightness'],
      elements: [{ globalId: window.global_id, ifcClass: 'IfcWindow', name: window.name, storey: window.storey_name }],
    });
    // An element the site's model does not have is kept, and shown as unknown.
    expect(items.find((i) => i.title === 'Unknown wall')!.elements).toEqual([{ globalId: '3vB2YO$MX4xv5uCqZZG05x', ifcClass: null, name: null, storey: null }]);
  });

  it('closes an item with a note; importing the file again updates it without reopening or copying it', async () => {
    const before = (await sut.gql<{ siteReviewItems: Item[] }>(ITEMS, { s: siteId }, trainer)).data!.siteReviewItems;
    const sill = before.find((i) => i.title === 'Sill tape')!;
    expect((await sut.gql(RESOLVE, { id: sill.id, n: 'Bande reprise.' }, trainer)).data).toEqual({
      resolveSiteReviewItem: { status: 'done', resolvedBy: 'Thomas Formateur', resolutionNote: 'Bande reprise.' },
    });
    const open = (await sut.gql<{ siteReviewItems: Item[] }>(ITEMS, { s: siteId }, trainer)).data!.siteReviewItems;
    expect(open.map((i) => i.title)).toEqual(['Unknown wall']);

    const again = await upload(writeBcf([topic('a1b2c3d4-0000-4000-8000-000000000001', 'Sill tape (rev. B)', [window.global_id])]));
    expect(await again.json()).toEqual({ created: 0, updated: 1, skipped: [] });
    const all = (await sut.gql<{ siteReviewItems: Item[] }>(ITEMS, { s: siteId, d: true }, trainer)).data!.siteReviewItems;
    expect(all).toHaveLength(2);
    expect(all.find((i) => i.topicGuid === 'a1b2c3d4-0000-4000-8000-000000000001')).toMatchObject({ title: 'Sill tape (rev. B)', status: 'done' });
  });

  it("imports FIT's own export of the site", async () => {
    const exported = await fetch(`${sut.url}/sites/${siteId}/validations.bcf`, { headers: { authorization: `Bearer ${trainer}`, accept: 'application/octet-stream' } });
    const result = (await (await upload(new Uint8Array(await exported.arrayBuffer()))).json()) as { created: number };
    expect(result.created).toBeGreaterThanOrEqual(1);
  });

  it('refuses what is not BCF, and keeps other organisations and workers out', async () => {
    const bad = await upload('definitely not a zip');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toMatch(/not a BCF file/);

    await addMember(sut.dataSource, 'other-import', 'trainer@other-import.fr', 'trainer');
    const other = await sut.login('trainer@other-import.fr');
    expect((await upload(writeBcf([topic('a1b2c3d4-0000-4000-8000-000000000009', 'X', [window.global_id])]), other)).status).toBe(404);
    expect((await sut.gql(ITEMS, { s: siteId }, other)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const [item] = (await sut.gql<{ siteReviewItems: Item[] }>(ITEMS, { s: siteId, d: true }, trainer)).data!.siteReviewItems;
    expect((await sut.gql(RESOLVE, { id: item!.id }, other)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    await addWorker(sut.dataSource, 'Zoé Worker', 'zoe@fit.demo');
    const worker = await sut.login('zoe@fit.demo');
    expect((await upload(writeBcf([]), worker)).status).toBe(403);
    expect((await sut.gql(ITEMS, { s: siteId }, worker)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
