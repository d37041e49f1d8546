// Test helper for the cmi5 integration specs: the sample course, cmi5.xml builders, and an LMS client that imports,
// launches and plays AUs the way an AU does (read the launch URL, fetch the token once, state through the endpoint).
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import type { TestApp } from './test-app.js';

export const SAMPLE = fileURLToPath(new URL('../../test-data/cmi5/sample-course/', import.meta.url));
export const CHECK_AU = 'https://w3id.org/fit/test-courses/airtight-membranes/aus/check';
export const LAYING_AU = 'https://w3id.org/fit/test-courses/airtight-membranes/aus/laying';

/** The parts of a stored statement these tests read. */
export interface StoredStatement {
  object: { id: string; definition: { type: string } };
  result: { duration: string } & Record<string, unknown>;
  context: { extensions: Record<string, unknown> };
}

export function sampleFiles(): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(SAMPLE, path)] = new Uint8Array(readFileSync(path));
    }
  };
  walk(SAMPLE);
  return files;
}

export const sampleXml = () => readFileSync(join(SAMPLE, 'cmi5.xml'), 'utf8');

export function courseXml(aus: string, courseId = 'https://example.org/courses/c1'): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${courseId}"><title><langstring lang="en">Course</langstring></title><description><langstring lang="en">D</langstring></description></course>
  ${aus}
</courseStructure>`;
}

export const au = (id: string, url: string, attrs = '') =>
  `<au id="${id}" ${attrs}><title><langstring lang="en">AU</langstring></title><description><langstring lang="en">D</langstring></description><url>${url}</url></au>`;

export function cmi5Lms(sut: TestApp, staffToken: () => string) {
  async function post<T = Record<string, unknown>>(path: string, body: unknown, token: string | undefined, contentType = 'application/json') {
    const res = await fetch(`${sut.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body instanceof Uint8Array ? Buffer.from(body) : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T, headers: res.headers };
  }

  const importZip = (files: Record<string, Uint8Array>, name = 'Airtight membranes') =>
    post<{ courseId: string; moduleId: string; problems?: string[] }>(`/cmi5/courses?name=${encodeURIComponent(name)}`, zipSync(files), staffToken(), 'application/zip');
  const importXml = (xml: string) => post<{ courseId: string; moduleId: string; problems?: string[] }>('/cmi5/courses?name=Bare', xml, staffToken(), 'text/xml');

  /** What an AU does with its launch URL: read the parameters, fetch its token. */
  async function auFromLaunch(url: string) {
    const params = new URL(url).searchParams;
    const fetched = await fetch(params.get('fetch')!, { method: 'POST' });
    const body = (await fetched.json()) as { 'auth-token': string };
    const auth = `Basic ${body['auth-token']}`;
    const endpoint = params.get('endpoint')!;
    const xapi = (path: string, init: RequestInit = {}) =>
      fetch(`${endpoint}${path}`, { ...init, headers: { 'x-experience-api-version': '1.0.3', authorization: auth, 'content-type': 'application/json', ...(init.headers as Record<string, string>) } });
    const launchData = async () => {
      const query = new URLSearchParams({ stateId: 'LMS.LaunchData', activityId: params.get('activityId')!, agent: params.get('actor')!, registration: params.get('registration')! });
      return (await (await xapi(`activities/state?${query}`)).json()) as { contextTemplate: Record<string, unknown>; masteryScore?: number; moveOn: string; launchMode: string; launchParameters?: string };
    };
    /** A statement of this session about the AU, with the LaunchData's context template. */
    const statement = async (verb: string, result?: Record<string, unknown>) => {
      const data = await launchData();
      return {
        id: randomUUID(),
        actor: JSON.parse(params.get('actor')!),
        verb: { id: verb },
        object: { objectType: 'Activity', id: params.get('activityId') },
        context: { ...data.contextTemplate, registration: params.get('registration') },
        timestamp: new Date().toISOString(),
        ...(result ? { result } : {}),
      };
    };
    const sendAll = async (statements: unknown[]) => xapi('statements', { method: 'POST', body: JSON.stringify(statements) });
    const send = async (verb: string, result?: Record<string, unknown>) => xapi('statements', { method: 'POST', body: JSON.stringify(await statement(verb, result)) });
    return { params, auth, launchData, statement, send, sendAll, xapi };
  }

  const statementsWith = (registration: string, verb: string) =>
    sut.dataSource.query<{ statement: StoredStatement }[]>('select statement from xapi_statements where registration = $1 and verb_id = $2 order by stored', [registration, verb]);

  return { post, importZip, importXml, auFromLaunch, statementsWith };
}
