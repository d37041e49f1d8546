// Imports cmi5 courses: the package is opened and checked (schema, specification rules, zip guards), the course
// becomes a published FIT module, and its files are kept for the AUs to be served from FIT.
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../common/config.token.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput, notFound } from '../../common/errors/domain-error.js';
import type { AppConfig } from '../../config/config.js';
import { PublicFetcher } from '../credentials/public-fetch.js';
import { LearningModulesService } from '../learning-modules/learning-modules.service.js';
import { fetchCourseXml } from './course-folder.js';
import { openZip } from './course-package.js';
import { readCourseStructure } from './course-structure.js';
import { Cmi5CourseEntity, Cmi5CourseFileEntity } from './cmi5.entities.js';
import { moduleFromCourse } from './module-from-course.js';

const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  htm: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
  xml: 'application/xml',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  mp3: 'audio/mpeg',
  mp4: 'video/mp4',
  webm: 'video/webm',
  woff: 'font/woff',
  woff2: 'font/woff2',
  pdf: 'application/pdf',
};

export const contentTypeOf = (path: string) => CONTENT_TYPES[path.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';

export type CourseUpload = { kind: 'zip'; bytes: Uint8Array } | { kind: 'xml'; text: string; folder?: string };

@Injectable()
export class Cmi5CoursesService implements OnModuleDestroy {
  /** Fetches a course folder's cmi5.xml with the SSRF guards of credential verification (FIT_VERIFY_ALLOW_HOSTS). */
  private readonly fetcher: PublicFetcher;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly modules: LearningModulesService,
  ) {
    this.fetcher = new PublicFetcher({ allowHosts: config.verifyAllowHosts, resolve: config.resolveHost });
  }

  async onModuleDestroy(): Promise<void> {
    await this.fetcher.close();
  }

  /** A course published as a web folder (`{"url"}`): its cmi5.xml is fetched, its AUs stay on that server. */
  async importFolder(viewer: Viewer, name: string, body: unknown): Promise<{ courseId: string; moduleId: string }> {
    const fetched = await fetchCourseXml(this.fetcher, body);
    if (!fetched.ok) throw invalidPackage(fetched.problems);
    return this.import(viewer, name, { kind: 'xml', text: fetched.xml, folder: fetched.folder });
  }

  async import(viewer: Viewer, name: string, upload: CourseUpload): Promise<{ courseId: string; moduleId: string }> {
    const opened = upload.kind === 'zip' ? await openZip(upload.bytes) : { ok: true as const, xml: upload.text, files: undefined };
    if (!opened.ok) throw invalidPackage(opened.problems);
    const folder = upload.kind === 'xml' ? upload.folder : undefined;
    const structure = await readCourseStructure(opened.xml, opened.files ? new Set(opened.files.keys()) : undefined, folder);
    if (!structure.ok) throw invalidPackage(structure.problems);

    const module = await this.modules.create(viewer, moduleFromCourse(structure.course, name));
    // Published at once: the course is assignable as imported; binding ULOs makes the next version.
    await this.modules.publish(viewer, module.id);
    const courseId = await this.dataSource.transaction(async (tx) => {
      const course = await tx.save(
        tx.create(Cmi5CourseEntity, { organisationId: viewer.organisationId, moduleId: module.id, name, structure: structure.course, createdBy: viewer.userId }),
      );
      const rows = [...(opened.files ?? new Map<string, Uint8Array>())].map(([path, bytes]) => ({
        courseId: course.id,
        path,
        contentType: contentTypeOf(path),
        content: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      }));
      for (let at = 0; at < rows.length; at += 200) await tx.insert(Cmi5CourseFileEntity, rows.slice(at, at + 200));
      return course.id;
    });
    return { courseId, moduleId: module.id };
  }

  /** The course, when it belongs to the viewer's organisation (another organisation's is "not found"). */
  async course(organisationId: string, courseId: string): Promise<Cmi5CourseEntity> {
    const course = /^[0-9a-f-]{36}$/i.test(courseId) ? await this.dataSource.getRepository(Cmi5CourseEntity).findOneBy({ id: courseId, organisationId }) : null;
    if (!course) throw notFound('This cmi5 course');
    return course;
  }
}

function invalidPackage(problems: string[]) {
  return badInput('This is not a valid cmi5 course package.', { problems });
}
