import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import jsQRModule from 'jsqr';
import sharp from 'sharp';
import { elementLabelPayload, parseElementLabel } from '@fit/shared';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { addMember } from '../../test-support/accounts.js';
import { addWorker } from '../../test-support/xapi-client.js';
import { SHEET } from './label-sheet.js';
import { querySingle } from '../../common/sql.js';

// jsqr is CommonJS: its function is the default export's `default` under Node's ESM rules, the export itself under SWC's.
const jsQR = ((jsQRModule as unknown as { default?: unknown }).default ?? jsQRModule) as typeof jsQRModule.default;

const MODULES = 'query($s: ID!) { labelModules(siteId: $s) { moduleId title elementCount ifcClasses storeys } }';

interface LabelModule {
  moduleId: string;
  title: string;
  elementCount: number;
  ifcClasses: string[];
  storeys: string[];
}

/** Renders page 1 with poppler's pdftoppm, as a printer would, and reads the QR of label `index` with jsQR. */
async function scanLabel(pdf: Uint8Array, index: number): Promise<string | null> {
  const dir = mkdtempSync(join(tmpdir(), 'fit-labels-'));
  try {
    writeFileSync(join(dir, 'sheet.pdf'), pdf);
    execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', '-singlefile', join(dir, 'sheet.pdf'), join(dir, 'page')]);
    const png = readFileSync(join(dir, 'page.png'));
    const { width, height } = await sharp(png).metadata();
    const cellWidth = Math.floor(width! / SHEET.columns);
    const cellHeight = Math.floor(height! / SHEET.rows);
    const { data, info } = await sharp(png)
      .extract({ left: (index % SHEET.columns) * cellWidth, top: Math.floor(index / SHEET.columns) * cellHeight, width: cellWidth, height: cellHeight })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height)?.data ?? null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pdfText = (pdf: Uint8Array) => {
  const dir = mkdtempSync(join(tmpdir(), 'fit-labels-'));
  try {
    writeFileSync(join(dir, 'sheet.pdf'), pdf);
    return execFileSync('pdftotext', [join(dir, 'sheet.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

describe('element QR labels', () => {
  let sut: TestApp;
  let trainer: string;
  let siteId: string;
  let windows: LabelModule;

  const sheet = (query: string, token = trainer) =>
    fetch(`${sut.url}/sites/${siteId}/element-labels.pdf?${query}`, { headers: { authorization: `Bearer ${token}`, accept: 'application/pdf' } });

  beforeAll(async () => {
    sut = await startTestApp();
    trainer = await sut.login('trainer@fit.demo');
    siteId = (await sut.gql<{ sites: { id: string }[] }>('{ sites { id } }', {}, trainer)).data!.sites[0]!.id;
    const modules = (await sut.gql<{ labelModules: LabelModule[] }>(MODULES, { s: siteId }, trainer)).data!.labelModules;
    windows = modules.find((m) => m.title === 'Étanchéité à l’air autour des fenêtres')!;
  });
  afterAll(() => sut.close());

  it('lists the modules bound to elements of the site, with their count, classes and storeys', async () => {
    const { n } = await querySingle<{ n: number }>(
      sut.dataSource,
      `select count(*)::int as n from bim_elements e where e.model_id = (select id from bim_models where site_id = $1 and status = 'ready' order by version desc limit 1)
          and (e.ifc_class in ('IfcWindow', 'IfcWindowStandardCase') or (e.ifc_class in ('IfcDoor', 'IfcDoorStandardCase') and e.properties->'IsExternal' = 'true'))`,
      [siteId],
    );
    expect(windows).toMatchObject({ elementCount: n });
    expect(windows.ifcClasses).toContain('IfcWindow');
    expect(windows.storeys.length).toBeGreaterThan(0);
  });

  it('prints one label per element of a storey, whose QR (rendered as printed) names the site, the module and the element', async () => {
    const storey = windows.storeys[0]!;
    const res = await sheet(`moduleId=${windows.moduleId}&ifcClass=IfcWindow&storey=${encodeURIComponent(storey)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = new Uint8Array(await res.arrayBuffer());
    const expected = await sut.dataSource.query<{ global_id: string; name: string }[]>(
      `select global_id, name from bim_elements e where e.model_id = (select id from bim_models where site_id = $1 and status = 'ready' order by version desc limit 1)
          and e.ifc_class in ('IfcWindow', 'IfcWindowStandardCase') and e.storey_name = $2 order by e.storey_elevation nulls last, e.name nulls last, e.global_id`,
      [siteId, storey],
    );
    expect(Number(res.headers.get('x-label-count'))).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(1);

    expect(await scanLabel(pdf, 0)).toBe(elementLabelPayload({ siteId, moduleId: windows.moduleId, globalId: expected[0]!.global_id }));
    expect(parseElementLabel(await scanLabel(pdf, 1))?.globalId).toBe(expected[1]!.global_id);
    const text = pdfText(pdf);
    expect(text).toContain(expected[0]!.name);
    expect(text).toContain(storey);
    expect(text).toContain('Étanchéité à l’air autour des fenêtres');
  });

  it('refuses an unknown module, another organisation and workers', async () => {
    expect((await sheet('moduleId=00000000-0000-4000-8000-000000000000')).status).toBe(404);
    await addMember(sut.dataSource, 'other-labels', 'trainer@other-labels.fr', 'trainer');
    const other = await sut.login('trainer@other-labels.fr');
    expect((await sheet(`moduleId=${windows.moduleId}`, other)).status).toBe(404);
    expect((await sut.gql(MODULES, { s: siteId }, other)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await addWorker(sut.dataSource, 'Léa Worker', 'lea@fit.demo');
    expect((await sheet(`moduleId=${windows.moduleId}`, await sut.login('lea@fit.demo'))).status).toBe(403);
  });
});
