// Reads a cmi5.xml: checked against the CourseStructure schema, then against what the cmi5 specification forbids
// and the schema lets through (ids that are not IRIs, duplicate ids, AU URLs that are relative in a bare cmi5.xml,
// invalid, outside the package or clashing with the launch parameters). Every problem is reported, not the first.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { validateXML } from 'xmllint-wasm';
import { COURSE_STRUCTURE_XSD } from './course-structure-xsd.js';
import type { MoveOn } from './cmi5-vocabulary.js';

const NS = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';
/** An absolute IRI: a scheme, a colon, then no spaces (RFC 3987 allows far more than URLs, but never a relative ref). */
const ABSOLUTE_IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i;
/** The names the LMS puts in the launch URL's query string (cmi5 8.1). */
const LAUNCH_NAMES = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'];
const MAX_PROBLEMS = 50;

export type LangStrings = Record<string, string>;

export interface AssignableUnit {
  id: string;
  title: LangStrings;
  description: LangStrings;
  url: string;
  moveOn: MoveOn;
  masteryScore?: number;
  launchMethod: 'AnyWindow' | 'OwnWindow';
  launchParameters?: string;
  entitlementKey?: string;
  activityType?: string;
}

export interface CourseStructure {
  id: string;
  title: LangStrings;
  description: LangStrings;
  blocks: { id: string; auIndexes: number[] }[];
  aus: AssignableUnit[];
}

export type StructureResult = { ok: true; course: CourseStructure } | { ok: false; problems: string[] };

/**
 * `files`: the package's file names (relative to cmi5.xml's folder), or undefined for a bare cmi5.xml. `folder`: the
 * web folder a bare cmi5.xml came from; its relative AU URLs are then kept as absolute URLs under that folder.
 */
export async function readCourseStructure(xml: string, files: ReadonlySet<string> | undefined, folder?: string): Promise<StructureResult> {
  const schema = await validateXML({
    xml: [{ fileName: 'cmi5.xml', contents: xml }],
    schema: [{ fileName: 'CourseStructure.xsd', contents: COURSE_STRUCTURE_XSD }],
  });
  if (!schema.valid) {
    const problems = schema.errors.slice(0, MAX_PROBLEMS).map((error) => `cmi5.xml does not follow the cmi5 CourseStructure schema: ${error.message.trim()}`);
    return { ok: false, problems: problems.length ? problems : ['cmi5.xml does not follow the cmi5 CourseStructure schema.'] };
  }
  const course = parse(xml);
  const problems = specificationProblems(course, files, folder);
  if (problems.length) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  if (folder) for (const au of course.aus) au.url = new URL(au.url, folder).href;
  return { ok: true, course };
}

function specificationProblems(course: CourseStructure, files: ReadonlySet<string> | undefined, folder: string | undefined): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const checkId = (id: string, what: string) => {
    if (!ABSOLUTE_IRI.test(id)) problems.push(`${what} id "${id}" is not an IRI (cmi5 ids must be fully qualified IRIs).`);
    const before = seen.get(id);
    if (before) problems.push(`${what} id "${id}" is already used by the ${before}; every id in a course must be unique.`);
    else seen.set(id, what);
  };
  checkId(course.id, 'course');
  for (const block of course.blocks) checkId(block.id, 'block');
  course.aus.forEach((au, index) => {
    const what = `AU ${index}`;
    checkId(au.id, what);
    problems.push(...urlProblems(au.url, what, files, folder));
  });
  return problems;
}

function urlProblems(url: string, what: string, files: ReadonlySet<string> | undefined, folder: string | undefined): string[] {
  const absolute = /^[a-z][a-z0-9+.-]*:/i.test(url);
  let parsed: URL;
  try {
    parsed = new URL(url, 'https://package.invalid/');
  } catch {
    return [`${what} URL "${url}" is not a valid URL.`];
  }
  if (/\s/.test(url)) return [`${what} URL "${url}" is not a valid URL (it has spaces).`];
  const problems: string[] = [];
  const clash = LAUNCH_NAMES.filter((name) => parsed.searchParams.has(name));
  if (clash.length) problems.push(`${what} URL "${url}" already has ${clash.join(', ')} in its query string, which the LMS adds at launch.`);
  if (absolute) {
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') problems.push(`${what} URL "${url}" must be http or https.`);
    return problems;
  }
  const path = packagePath(url);
  if (folder) return path === undefined ? [...problems, `${what} URL "${url}" points outside the course folder.`] : problems;
  if (!files) return [...problems, `${what} URL "${url}" is relative, but a bare cmi5.xml has no files: its AU URLs must be absolute.`];
  if (path === undefined) problems.push(`${what} URL "${url}" points outside the package.`);
  else if (!files.has(path)) problems.push(`${what} URL "${url}": the package has no file "${path}".`);
  return problems;
}

/** The package file a relative AU URL names (query and fragment dropped), or undefined when it leaves the package. */
export function packagePath(url: string): string | undefined {
  const [bare = ''] = url.split(/[?#]/);
  if (bare.startsWith('/') || bare.startsWith('//')) return undefined;
  const parts: string[] = [];
  for (const part of decodeURIComponent(bare).split('/')) {
    if (part === '..') {
      if (!parts.length) return undefined;
      parts.pop();
    } else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

function parse(xml: string): CourseStructure {
  const course: CourseStructure = { id: '', title: {}, description: {}, blocks: [], aus: [] };
  const parser = new SaxesParser({ xmlns: true });
  const path: string[] = [];
  const blocks: { id: string; auIndexes: number[] }[] = [];
  let au: AssignableUnit | undefined;
  let text = '';
  let lang = '';
  parser.on('opentag', (tag: SaxesTagNS) => {
    const name = tag.uri === NS ? tag.local : `{${tag.uri}}${tag.local}`;
    const attr = (key: string) => tag.attributes[key]?.value;
    path.push(name);
    text = '';
    if (name === 'course' && path.length === 2) course.id = attr('id') ?? '';
    if (name === 'block') blocks.push({ id: attr('id') ?? '', auIndexes: [] });
    if (name === 'au') {
      const masteryScore = attr('masteryScore');
      au = {
        id: attr('id') ?? '',
        title: {},
        description: {},
        url: '',
        moveOn: (attr('moveOn') as MoveOn | undefined) ?? 'NotApplicable',
        launchMethod: (attr('launchMethod') as 'AnyWindow' | 'OwnWindow' | undefined) ?? 'AnyWindow',
        ...(masteryScore !== undefined ? { masteryScore: Number(masteryScore) } : {}),
        ...(attr('activityType') ? { activityType: attr('activityType') } : {}),
      };
    }
    if (name === 'langstring') lang = attr('lang') ?? 'und';
  });
  parser.on('text', (chunk: string) => (text += chunk));
  parser.on('cdata', (chunk: string) => (text += chunk));
  parser.on('closetag', () => {
    const name = path.pop();
    const parent = path[path.length - 1];
    const owner = path[path.length - 2];
    if (name === 'langstring' && (parent === 'title' || parent === 'description')) {
      const target = owner === 'au' ? au : owner === 'course' ? course : undefined;
      if (target) target[parent][lang] = text.trim();
    }
    if (au && parent === 'au') {
      if (name === 'url') au.url = text.trim();
      if (name === 'launchParameters') au.launchParameters = text;
      if (name === 'entitlementKey') au.entitlementKey = text.trim();
    }
    if (name === 'au' && au) {
      const index = course.aus.push(au) - 1;
      for (const block of blocks) block.auIndexes.push(index);
      au = undefined;
    }
    if (name === 'block') course.blocks.push(blocks.pop()!);
  });
  parser.write(xml).close();
  return course;
}
