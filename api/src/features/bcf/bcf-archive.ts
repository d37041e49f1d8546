// BCF 3.0 (buildingSMART BIM Collaboration Format) archives: writing FIT's topics and reading any tool's. An archive
// is a zip named *.bcf with `bcf.version` and `extensions.xml` at the root, optionally `project.bcfp`, and one folder
// per topic (named by its Guid) holding `markup.bcf`, its viewpoints (`*.bcfv`) and their snapshots (PNG or JPEG).
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { child, childrenNamed, el, parseXml, textOf, xmlDocument, type XmlElement, type XmlNode } from './xml.js';

export const BCF_VERSION = '3.0';

export interface BcfPoint {
  x: number;
  y: number;
  z: number;
}

export interface BcfCamera {
  viewPoint: BcfPoint;
  direction: BcfPoint;
  upVector: BcfPoint;
  /** Vertical field of view, degrees. */
  fieldOfView: number;
  aspectRatio: number;
}

export interface BcfViewpoint {
  guid: string;
  /** IFC GlobalIds of the selected components. */
  selected: string[];
  camera?: BcfCamera;
  snapshot?: { bytes: Uint8Array; format: 'png' | 'jpg' };
}

export interface BcfComment {
  guid: string;
  date: string;
  author: string;
  text: string;
  viewpointGuid?: string;
}

export interface BcfTopic {
  guid: string;
  type: string;
  status: string;
  title: string;
  labels: string[];
  creationDate: string;
  creationAuthor: string;
  modifiedDate?: string;
  modifiedAuthor?: string;
  assignedTo?: string;
  stage?: string;
  description?: string;
  referenceLinks?: string[];
  comments: BcfComment[];
  viewpoints: BcfViewpoint[];
}

export interface BcfProject {
  id: string;
  name?: string;
}

export class BcfFormatError extends Error {}

const xyz = (name: string, p: BcfPoint) => el(name, {}, el('X', {}, num(p.x)), el('Y', {}, num(p.y)), el('Z', {}, num(p.z)));
// xs:double: plain decimal notation, never "NaN" or locale commas.
const num = (n: number) => (Number.isFinite(n) ? String(Math.round(n * 1e6) / 1e6) : '0');
const list = <T>(items: T[] | undefined, wrap: string, each: (item: T) => XmlElement) => (items?.length ? el(wrap, {}, ...items.map(each)) : null);

function markupXml(topic: BcfTopic): string {
  const viewpoints = topic.viewpoints.map((v, i) =>
    el(
      'ViewPoint',
      { Guid: v.guid },
      el('Viewpoint', {}, viewpointFileName(v, i)),
      v.snapshot ? el('Snapshot', {}, snapshotFileName(v, i)) : null,
      el('Index', {}, String(i)),
    ),
  );
  return xmlDocument(
    el(
      'Markup',
      {},
      el(
        'Topic',
        { Guid: topic.guid, TopicType: topic.type, TopicStatus: topic.status },
        list(topic.referenceLinks, 'ReferenceLinks', (l) => el('ReferenceLink', {}, l)),
        el('Title', {}, topic.title),
        list(topic.labels, 'Labels', (l) => el('Label', {}, l)),
        el('CreationDate', {}, topic.creationDate),
        el('CreationAuthor', {}, topic.creationAuthor),
        topic.modifiedDate ? el('ModifiedDate', {}, topic.modifiedDate) : null,
        topic.modifiedAuthor ? el('ModifiedAuthor', {}, topic.modifiedAuthor) : null,
        topic.assignedTo ? el('AssignedTo', {}, topic.assignedTo) : null,
        topic.stage ? el('Stage', {}, topic.stage) : null,
        topic.description ? el('Description', {}, topic.description) : null,
        list(topic.comments, 'Comments', (c) =>
          el(
            'Comment',
            { Guid: c.guid },
            el('Date', {}, c.date),
            el('Author', {}, c.author),
            el('Comment', {}, c.text),
            c.viewpointGuid ? el('Viewpoint', { Guid: c.viewpointGuid }) : null,
          ),
        ),
        viewpoints.length ? el('Viewpoints', {}, ...viewpoints) : null,
      ),
    ),
  );
}

function viewpointXml(v: BcfViewpoint): string {
  const c = v.camera;
  return xmlDocument(
    el(
      'VisualizationInfo',
      { Guid: v.guid },
      v.selected.length ? el('Components', {}, el('Selection', {}, ...v.selected.map((g) => el('Component', { IfcGuid: g })))) : null,
      el(
        'PerspectiveCamera',
        {},
        xyz('CameraViewPoint', c?.viewPoint ?? { x: 10, y: -10, z: 10 }),
        xyz('CameraDirection', c?.direction ?? { x: -0.57735, y: 0.57735, z: -0.57735 }),
        xyz('CameraUpVector', c?.upVector ?? { x: -0.408248, y: 0.408248, z: 0.816497 }),
        el('FieldOfView', {}, num(c?.fieldOfView ?? 60)),
        el('AspectRatio', {}, num(c?.aspectRatio ?? 4 / 3)),
      ),
    ),
  );
}

const viewpointFileName = (v: BcfViewpoint, i: number) => (i === 0 ? 'viewpoint.bcfv' : `${v.guid}.bcfv`);
const snapshotFileName = (v: BcfViewpoint, i: number) => `${i === 0 ? 'snapshot' : v.guid}.${v.snapshot!.format}`;

function extensionsXml(topics: BcfTopic[]): string {
  const distinct = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))].sort();
  const users = distinct(topics.flatMap((t) => [t.creationAuthor, t.modifiedAuthor, t.assignedTo, ...t.comments.map((c) => c.author)]));
  const section = (wrap: string, item: string, values: string[]) => (values.length ? el(wrap, {}, ...values.map((v) => el(item, {}, v))) : null);
  return xmlDocument(
    el(
      'Extensions',
      {},
      section('TopicTypes', 'TopicType', distinct(topics.map((t) => t.type))),
      section('TopicStatuses', 'TopicStatus', distinct(topics.map((t) => t.status))),
      section('TopicLabels', 'TopicLabel', distinct(topics.flatMap((t) => t.labels))),
      section('Users', 'User', users),
      section('Stages', 'Stage', distinct(topics.map((t) => t.stage))),
    ),
  );
}

/** The archive's bytes. Entries are stored in a fixed order so the same topics give the same file. */
export function writeBcf(topics: BcfTopic[], project?: BcfProject): Uint8Array {
  const files: Zippable = {
    'bcf.version': strToU8(xmlDocument(el('Version', { VersionId: BCF_VERSION }))),
    'extensions.xml': strToU8(extensionsXml(topics)),
  };
  if (project) {
    files['project.bcfp'] = strToU8(
      xmlDocument(el('ProjectInfo', {}, el('Project', { ProjectId: project.id }, project.name ? el('Name', {}, project.name) : null))),
    );
  }
  for (const topic of topics) {
    files[`${topic.guid}/markup.bcf`] = strToU8(markupXml(topic));
    topic.viewpoints.forEach((v, i) => {
      files[`${topic.guid}/${viewpointFileName(v, i)}`] = strToU8(viewpointXml(v));
      // Pictures are compressed already: stored as they are.
      if (v.snapshot) files[`${topic.guid}/${snapshotFileName(v, i)}`] = [v.snapshot.bytes, { level: 0 }];
    });
  }
  return zipSync(files, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}

export interface ReadBcf {
  version: string;
  project?: BcfProject;
  topics: BcfTopic[];
  /** Every entry of the archive, for callers that need more (e.g. tests). */
  entries: Record<string, Uint8Array>;
}

const MAX_ENTRIES = 20_000;
const MAX_UNZIPPED_BYTES = 512 * 1024 * 1024;

/** Reads an archive; refuses what is not BCF 2.1/3.0 (no bcf.version) or malformed XML. */
export function readBcf(bytes: Uint8Array): ReadBcf {
  let entries: Record<string, Uint8Array>;
  let total = 0;
  let count = 0;
  try {
    entries = unzipSync(bytes, {
      // Guards against zip bombs before anything is inflated.
      filter: (file) => {
        count++;
        total += file.originalSize;
        if (count > MAX_ENTRIES || total > MAX_UNZIPPED_BYTES) throw new BcfFormatError('This BCF file is too large to read.');
        return !file.name.endsWith('/');
      },
    });
  } catch (error) {
    if (error instanceof BcfFormatError) throw error;
    throw new BcfFormatError('This is not a BCF file (it is not a zip archive).');
  }
  const versionFile = entries['bcf.version'];
  if (!versionFile) throw new BcfFormatError('This is not a BCF file: it has no bcf.version.');
  const version = xml(versionFile, 'bcf.version').attributes.VersionId ?? '';
  const projectFile = entries['project.bcfp'];
  const projectNode = projectFile ? child(xml(projectFile, 'project.bcfp'), 'Project') : undefined;
  const project = projectNode?.attributes.ProjectId ? { id: projectNode.attributes.ProjectId, name: textOf(projectNode, 'Name') } : undefined;

  const topics: BcfTopic[] = [];
  for (const name of Object.keys(entries).sort()) {
    const match = /^([^/]+)\/markup\.bcf$/.exec(name);
    if (!match) continue;
    topics.push(readTopic(match[1]!, xml(entries[name]!, name), entries));
  }
  return { version, project, topics, entries };
}

function xml(bytes: Uint8Array, name: string): XmlNode {
  try {
    return parseXml(strFromU8(bytes));
  } catch (error) {
    throw new BcfFormatError(`${name} is not well-formed XML: ${(error as Error).message}`);
  }
}

function readTopic(folder: string, markup: XmlNode, entries: Record<string, Uint8Array>): BcfTopic {
  const topic = child(markup, 'Topic');
  if (!topic) throw new BcfFormatError(`${folder}/markup.bcf has no Topic.`);
  const at = (file: string | undefined) => (file ? entries[`${folder}/${file}`] : undefined);
  // BCF 2.1 lists viewpoints as children of Markup; 3.0 inside Topic/Viewpoints.
  const viewpointNodes = [...childrenNamed(child(topic, 'Viewpoints'), 'ViewPoint'), ...childrenNamed(markup, 'Viewpoints')];
  const viewpoints = viewpointNodes.map((node): BcfViewpoint => {
    const file = textOf(node, 'Viewpoint');
    const visualisation = at(file) ? xml(at(file)!, `${folder}/${file}`) : undefined;
    const snapshotName = textOf(node, 'Snapshot');
    const snapshot = at(snapshotName);
    return {
      guid: node.attributes.Guid ?? visualisation?.attributes.Guid ?? '',
      selected: childrenNamed(child(child(visualisation, 'Components'), 'Selection'), 'Component')
        .map((c) => c.attributes.IfcGuid)
        .filter((g): g is string => !!g),
      camera: cameraOf(child(visualisation, 'PerspectiveCamera')),
      ...(snapshot ? { snapshot: { bytes: snapshot, format: /\.jpe?g$/i.test(snapshotName!) ? 'jpg' : 'png' } } : {}),
    };
  });
  const labels = childrenNamed(child(topic, 'Labels'), 'Label').map((l) => l.text.trim());
  // BCF 2.1 kept labels as repeated Labels elements.
  if (!labels.length) labels.push(...childrenNamed(topic, 'Labels').map((l) => l.text.trim()).filter(Boolean));
  const commentNodes = [...childrenNamed(child(topic, 'Comments'), 'Comment'), ...childrenNamed(markup, 'Comment')];
  return {
    guid: topic.attributes.Guid ?? folder,
    type: topic.attributes.TopicType ?? '',
    status: topic.attributes.TopicStatus ?? '',
    title: textOf(topic, 'Title') ?? '',
    labels,
    creationDate: textOf(topic, 'CreationDate') ?? '',
    creationAuthor: textOf(topic, 'CreationAuthor') ?? '',
    modifiedDate: textOf(topic, 'ModifiedDate'),
    modifiedAuthor: textOf(topic, 'ModifiedAuthor'),
    assignedTo: textOf(topic, 'AssignedTo'),
    stage: textOf(topic, 'Stage'),
    description: textOf(topic, 'Description'),
    referenceLinks: childrenNamed(child(topic, 'ReferenceLinks'), 'ReferenceLink').map((l) => l.text.trim()),
    comments: commentNodes.map((c) => ({
      guid: c.attributes.Guid ?? '',
      date: textOf(c, 'Date') ?? '',
      author: textOf(c, 'Author') ?? '',
      text: textOf(c, 'Comment') ?? '',
      viewpointGuid: child(c, 'Viewpoint')?.attributes.Guid,
    })),
    viewpoints,
  };
}

function cameraOf(node: XmlNode | undefined): BcfCamera | undefined {
  if (!node) return undefined;
  const point = (name: string): BcfPoint => {
    const p = child(node, name);
    return { x: Number(textOf(p, 'X') ?? 0), y: Number(textOf(p, 'Y') ?? 0), z: Number(textOf(p, 'Z') ?? 0) };
  };
  return {
    viewPoint: point('CameraViewPoint'),
    direction: point('CameraDirection'),
    upVector: point('CameraUpVector'),
    fieldOfView: Number(textOf(node, 'FieldOfView') ?? 60),
    aspectRatio: Number(textOf(node, 'AspectRatio') ?? 1),
  };
}
