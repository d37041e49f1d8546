// A cmi5 course published as a folder on a web server: `POST /cmi5/courses?name=…` with {"url"} fetches its
// cmi5.xml through the SSRF-guarded fetcher (the test server's host is allowed as FIT_VERIFY_ALLOW_HOSTS would), and
// the AUs stay on that server. Against the real PostgreSQL and a local HTTP server.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { FIT_ACCOUNT_HOMEPAGE } from '@fit/shared';
import { au, cmi5Lms, courseXml, SAMPLE } from '../../test-support/cmi5-lms.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { addWorker } from '../../test-support/xapi-client.js';

const COURSES_HOST = 'courses.test';
const resolveHost = async (hostname: string) => (hostname === COURSES_HOST ? [{ address: '127.0.0.1', family: 4 }] : Promise.reject(new Error(`ENOTFOUND ${hostname}`)));

describe('cmi5: import from a web folder', () => {
  let sut: TestApp;
  let trainer: string;
  let server: Server;
  let port: number;
  let lms: ReturnType<typeof cmi5Lms>;
  const pages = new Map<string, { status?: number; body?: string | Buffer; location?: string }>();

  beforeAll(async () => {
    sut = await startTestApp({ config: { verifyAllowHosts: [COURSES_HOST], resolveHost } });
    trainer = await sut.login('trainer@fit.demo');
    await addWorker(sut.dataSource, 'Yasmine Haddad', 'yasmine@fit.demo');
    lms = cmi5Lms(sut, () => trainer);
    server = createServer((req, res) => {
      const page = pages.get(req.url ?? '');
      if (!page) return void res.writeHead(404).end();
      res.writeHead(page.status ?? 200, { 'content-type': 'application/xml', ...(page.location ? { location: page.location } : {}) }).end(page.body ?? '');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
    pages.set('/course/cmi5.xml', { body: readFileSync(join(SAMPLE, 'cmi5.xml')) });
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await sut.close();
  });

  const importFolder = (body: unknown) => lms.post<{ courseId: string; moduleId: string; message?: string; problems?: string[] }>('/cmi5/courses?name=Published%20course', body, trainer);

  it('imports the folder\'s cmi5.xml and keeps the AU URLs as absolute URLs under the folder', async () => {
    const folder = `http://${COURSES_HOST}:${port}/course/`;
    const res = await importFolder({ url: folder });
    expect(res.status).toBe(201);
    const [course] = await sut.dataSource.query<{ structure: { aus: { url: string }[] } }[]>('select structure from cmi5_courses where id = $1', [res.body.courseId]);
    expect(course!.structure.aus.map((a) => a.url)).toEqual([`${folder}air-tightness/index.html`, `${folder}quiz/index.html?lang=en`]);
    // Nothing is kept on FIT: the AUs are launched on the course's own server.
    expect(await sut.dataSource.query<{ path: string }[]>('select path from cmi5_course_files where course_id = $1', [res.body.courseId])).toEqual([]);
    const learner = { objectType: 'Agent', account: { homePage: FIT_ACCOUNT_HOMEPAGE, name: 'learner-1' } };
    const launched = await lms.post<{ url: string }>(`/cmi5/courses/${res.body.courseId}/launch`, { auIndex: 1, actor: learner }, trainer);
    expect(launched.body.url.startsWith(`${folder}quiz/index.html?lang=en&endpoint=`)).toBe(true);
    // "…/course" and "…/course/cmi5.xml" name the same folder.
    expect((await importFolder({ url: `http://${COURSES_HOST}:${port}/course` })).status).toBe(201);
    expect((await importFolder({ url: `http://${COURSES_HOST}:${port}/course/cmi5.xml` })).status).toBe(201);
  });

  it.each<[string, () => unknown, RegExp]>([
    ['no url', () => ({}), /web folder that holds/],
    ['a url that is not a URL', () => ({ url: 'not a url' }), /not a valid URL/],
    ['a url that is not http', () => ({ url: 'ftp://courses.test/course/' }), /must be http or https/],
    ['a private address FIT_VERIFY_ALLOW_HOSTS does not allow', () => ({ url: `http://127.0.0.1:${port}/course/` }), /loopback address, not a public one/],
    ['a redirect to a private address', () => ({ url: `http://${COURSES_HOST}:${port}/moved/` }), /loopback address, not a public one/],
    ['a folder without cmi5.xml', () => ({ url: `http://${COURSES_HOST}:${port}/nothing/` }), /answered 404/],
    ['a cmi5.xml larger than 16 MB', () => ({ url: `http://${COURSES_HOST}:${port}/huge/` }), /is larger than 16777216 bytes/],
    ['an AU URL outside the folder', () => ({ url: `http://${COURSES_HOST}:${port}/escaping/` }), /points outside the course folder/],
    ['a host that does not resolve', () => ({ url: `http://nowhere.test:${port}/course/` }), /could not fetch/],
  ])('refuses %s with 400 {message, problems}', async (_label, body, problem) => {
    pages.set('/moved/cmi5.xml', { status: 302, location: `http://127.0.0.1:${port}/course/cmi5.xml` });
    pages.set('/huge/cmi5.xml', { body: Buffer.alloc(16 * 1024 * 1024 + 1, 32) });
    pages.set('/escaping/cmi5.xml', { body: courseXml(au('https://example.org/aus/a', '../../elsewhere/index.html')) });
    const res = await importFolder(body());
    expect(res.status).toBe(400);
    expect(res.body.message).toEqual(expect.any(String));
    expect(res.body.problems!.join('\n')).toMatch(problem);
  });
});
