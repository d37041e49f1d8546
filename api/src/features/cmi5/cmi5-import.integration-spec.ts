// cmi5 course import, against the real PostgreSQL: valid (zip, bare cmi5.xml, 1,000 AUs, zip64), each invalid kind,
// who may import, and the AU files served next to the PWA.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { au, cmi5Lms, courseXml, sampleFiles, sampleXml } from '../../test-support/cmi5-lms.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { addWorker } from '../../test-support/xapi-client.js';
import { zip64 } from '../../test-support/zip64.js';

describe('cmi5 AU files next to the PWA', () => {
  it('serves an AU page to a browser navigation (Accept: text/html), not the app shell', async () => {
    const webDist = mkdtempSync(join(tmpdir(), 'fit-web-'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>FIT app shell</title>');
    const sut = await startTestApp({ config: { webDist } });
    try {
      const trainer = await sut.login('trainer@fit.demo');
      const res = await fetch(`${sut.url}/cmi5/courses?name=Shell`, { method: 'POST', headers: { authorization: `Bearer ${trainer}`, 'content-type': 'application/zip' }, body: Buffer.from(zipSync(sampleFiles())) });
      const { courseId } = (await res.json()) as { courseId: string };
      const page = await fetch(`${sut.url}/cmi5/content/${courseId}/air-tightness/index.html`, { headers: { accept: 'text/html' } });
      expect(await page.text()).toContain('Laying the membrane');
    } finally {
      await sut.close();
      rmSync(webDist, { recursive: true, force: true });
    }
  });
});

describe('cmi5: course import', () => {
  let sut: TestApp;
  let trainer: string;
  let lms: ReturnType<typeof cmi5Lms>;
  let post: ReturnType<typeof cmi5Lms>['post'];
  const importZip = (...args: Parameters<ReturnType<typeof cmi5Lms>['importZip']>) => lms.importZip(...args);
  const importXml = (xml: string) => lms.importXml(xml);

  beforeAll(async () => {
    sut = await startTestApp();
    trainer = await sut.login('trainer@fit.demo');
    await addWorker(sut.dataSource, 'Yasmine Haddad', 'yasmine@fit.demo');
    lms = cmi5Lms(sut, () => trainer);
    ({ post } = lms);
  });
  afterAll(() => sut.close());

  describe('import', () => {
    it('imports the sample zip: 201 with courseId and moduleId; the course is a published FIT module whose steps are its AUs', async () => {
      const res = await importZip(sampleFiles());
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ courseId: expect.any(String), moduleId: expect.any(String) });
      const [version] = await sut.dataSource.query<{ status: string; content: { steps: { title: Record<string, string> }[]; title: Record<string, string> } }[]>(
        'select status, content from module_versions where module_id = $1',
        [res.body.moduleId],
      );
      expect(version!.status).toBe('published');
      expect(version!.content.title).toEqual({ en: 'Airtight membranes' });
      expect(version!.content.steps.map((s) => s.title.en)).toEqual(['Laying the membrane', 'Check your knowledge']);
    });

    it('imports a bare cmi5.xml whose AU URLs are absolute', async () => {
      const res = await importXml(courseXml(au('https://example.org/aus/1', 'https://content.example.org/au1/index.html')));
      expect(res.status).toBe(201);
    });

    it('imports a course of 1,000 AUs (cmi5 6.1: "MUST support course structures containing more than 1000 AUs")', async () => {
      const aus = Array.from({ length: 1000 }, (_, i) => au(`https://example.org/big/aus/${i}`, `https://content.example.org/big/${i}.html`)).join('\n');
      const res = await importXml(courseXml(aus, 'https://example.org/courses/big'));
      expect(res.status).toBe(201);
      const [version] = await sut.dataSource.query<{ content: { steps: unknown[] } }[]>('select content from module_versions where module_id = $1', [res.body.moduleId]);
      expect(version!.content.steps.length).toBeLessThanOrEqual(60);
      const [course] = await sut.dataSource.query<{ n: number }[]>(`select jsonb_array_length(structure->'aus') as n from cmi5_courses where id = $1`, [res.body.courseId]);
      expect(course!.n).toBe(1000);
    });

    it('imports a zip64 archive', async () => {
      const files = Object.fromEntries(Object.entries(sampleFiles()).map(([name, bytes]) => [name, bytes]));
      const res = await post<{ courseId: string }>('/cmi5/courses?name=Zip64', zip64(files), trainer, 'application/zip');
      expect(res.status).toBe(201);
      const served = await fetch(`${sut.url}/cmi5/content/${res.body.courseId}/quiz/index.html`);
      expect(await served.text()).toContain('Check your knowledge');
    });

    const sample = () => sampleFiles();
    it.each<[string, () => Promise<{ status: number; body: { problems?: string[] } }>, RegExp]>([
      ['a zip without cmi5.xml', () => { const f = sample(); delete f['cmi5.xml']; return importZip(f); }, /no cmi5\.xml/],
      ['a cmi5.xml that breaks the CourseStructure schema', () => importXml(courseXml('<au id="https://example.org/a"><url>https://example.org/x</url></au>')), /CourseStructure schema/],
      ['an id that is not an IRI', () => importXml(courseXml(au('not-an-iri', 'https://example.org/x.html'))), /is not an IRI/],
      ['duplicate ids', () => importXml(courseXml(au('https://example.org/a', 'https://example.org/1.html') + au('https://example.org/a', 'https://example.org/2.html'))), /already used/],
      ['a relative AU URL in a bare cmi5.xml', () => importXml(courseXml(au('https://example.org/a', 'au/index.html'))), /must be absolute/],
      ['an AU file missing from the zip', () => { const f = sample(); delete f['quiz/index.html']; return importZip(f); }, /has no file "quiz\/index\.html"/],
      ['an AU URL outside the package', () => importZip({ ...sample(), 'cmi5.xml': strToU8(courseXml(au('https://example.org/a', '../outside.html'))) }), /outside the package/],
      ['launch parameters that clash with the query string', () => importXml(courseXml(au('https://example.org/a', 'https://example.org/x.html?endpoint=https://evil.example.org'))), /endpoint in its query string/],
      ['an invalid URL', () => importXml(courseXml(au('https://example.org/a', 'http://exa mple.org/x.html'))), /not a valid URL/],
      ['a zip-slip entry', () => importZip({ ...sample(), '../evil.html': strToU8('x') }), /".."/],
      ['a zip bomb', () => importZip({ ...sample(), 'bomb.bin': new Uint8Array(50 * 1024 * 1024) }), /zip bombs/],
      ['a body that is not a zip', () => post('/cmi5/courses?name=X', 'not a zip', trainer, 'application/zip'), /Not a readable zip/],
    ])('refuses %s with 400 {message, problems}', async (_label, send, problem) => {
      const res = await send();
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ message: expect.any(String), problems: expect.any(Array) });
      expect(res.body.problems!.join('\n')).toMatch(problem);
    });

    it('refuses without a token (401), for a manager or worker (403)', async () => {
      expect((await post('/cmi5/courses?name=X', sampleXml(), undefined, 'text/xml')).status).toBe(401);
      expect((await post('/cmi5/courses?name=X', sampleXml(), await sut.login('manager@fit.demo'), 'text/xml')).status).toBe(403);
      expect((await post('/cmi5/courses?name=X', sampleXml(), await sut.login('yasmine@fit.demo'), 'text/xml')).status).toBe(403);
    });
  });
});
