// Export of a module version as a zip (module.json + media) and import of such a zip, refusing anything unsafe with reasons.
import { sha256 } from '../../common/hash.js';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { strToU8, strFromU8, zipSync, type Zippable } from 'fflate';
import { mapMediaIds, mediaIdsOf, type ModuleContent } from '@fit/shared';
import { validateModuleContent } from '@fit/shared/validation';
import type { Viewer } from '../../common/auth/viewer.js';
import { DomainError, notFound } from '../../common/errors/domain-error.js';
import { LearningModuleEntity } from '../learning-modules/learning-module.entity.js';
import { LearningModulesService } from '../learning-modules/learning-modules.service.js';
import { MediaService, acceptedType, inspectMedia, storeMediaAsset } from '../media/media.service.js';
import { MEDIA_TYPES, SIZE_LIMITS } from '../media/media-types.js';
import {
  MANIFEST_PATH,
  MEDIA_PATH,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  PACKAGE_LIMITS,
  type ImportRejection,
  type ImportResult,
  type PackageManifest,
  type PackageMedia,
} from './package-format.js';
import { inflateEntries, listZipEntries, unsafeNameReason, ZipLimitError, type ZipEntry } from './zip-reader.js';

// A fixed date inside the zip, so exporting the same version twice gives the same bytes.
const ZIP_MTIME = new Date('2020-01-01T00:00:00Z');
const LARGEST_MEDIA = Math.max(...Object.values(SIZE_LIMITS));

@Injectable()
export class ModulePackagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly modules: LearningModulesService,
    private readonly media: MediaService,
  ) {}

  async export(viewer: Viewer, versionId: string): Promise<{ fileName: string; bytes: Uint8Array }> {
    const version = await this.modules.findVersion(viewer, versionId);
    const module = await this.dataSource.manager.findOneByOrFail(LearningModuleEntity, { id: version.moduleId });
    const assets = await this.media.findOwned(viewer.organisationId, mediaIdsOf(version.content));
    const files: Zippable = {};
    const media: PackageMedia[] = [];
    const pathOf = new Map<string, string>();
    for (const asset of assets) {
      const bytes = await this.media.storage.read(asset.id);
      if (!bytes) throw notFound(`The media file ${asset.id} of this module`);
      const path = `media/${asset.sha256}.${MEDIA_TYPES[asset.contentType]?.extension ?? 'bin'}`;
      pathOf.set(asset.id, path);
      if (!(path in files)) media.push({ path, contentType: asset.contentType, byteSize: asset.byteSize, sha256: asset.sha256 });
      // Media are compressed formats already; storing them saves time for nothing lost.
      files[path] = [bytes, { level: 0 }];
    }
    const manifest: PackageManifest = {
      format: PACKAGE_FORMAT,
      formatVersion: PACKAGE_FORMAT_VERSION,
      exportedAt: new Date().toISOString(),
      source: { slug: module.slug, version: version.version, status: version.status },
      content: mapMediaIds(version.content, (id) => pathOf.get(id) ?? id),
      media,
    };
    files[MANIFEST_PATH] = [strToU8(JSON.stringify(manifest, null, 2)), { level: 6 }];
    return { fileName: `${module.slug}-v${version.version}.fit.zip`, bytes: zipSync(files, { mtime: ZIP_MTIME }) };
  }

  /** Imports the package as a new module draft of the viewer's organisation, or says why it cannot. */
  async import(viewer: Viewer, data: Uint8Array): Promise<ImportResult> {
    const rejected: ImportRejection[] = [];
    const refuse = (path: string, reason: string): ImportResult => ({ imported: null, rejected: [...rejected, { path, reason }] });

    let entries: ZipEntry[];
    try {
      entries = listZipEntries(data);
    } catch (error) {
      return refuse('', `not a readable zip file (${(error as Error).message})`);
    }
    if (entries.length > PACKAGE_LIMITS.maxEntries) return refuse('', `the package has more than ${PACKAGE_LIMITS.maxEntries} files`);

    const wanted = new Set<string>();
    let total = 0;
    for (const entry of entries) {
      const reason = entryProblem(entry, wanted);
      if (reason) rejected.push({ path: entry.name, reason });
      else if (!entry.isDirectory) {
        wanted.add(entry.name);
        total += entry.size;
      }
    }
    if (total > PACKAGE_LIMITS.maxTotalBytes) return refuse('', `the package unpacks to more than ${PACKAGE_LIMITS.maxTotalBytes / 1024 / 1024} MB`);
    if (!wanted.has(MANIFEST_PATH)) return refuse(MANIFEST_PATH, 'the package has no module.json');

    let files: Record<string, Uint8Array>;
    try {
      // Only entries that passed the checks are inflated, each stopped at its declared size, all at the total limit.
      const declared = new Map(entries.map((e) => [e.name, e.size]));
      files = await inflateEntries(data, declared, wanted, { maxEntries: PACKAGE_LIMITS.maxEntries, maxTotalBytes: PACKAGE_LIMITS.maxTotalBytes });
    } catch (error) {
      if (error instanceof ZipLimitError) return refuse(error.path, error.message);
      throw error;
    }

    const manifest = parseManifest(files[MANIFEST_PATH]!, rejected);
    if (!manifest) return { imported: null, rejected };

    const contentCheck = validateModuleContent(manifest.content);
    if (!contentCheck.ok) {
      for (const issue of contentCheck.issues) rejected.push({ path: `${MANIFEST_PATH}#content.${issue.path}`, reason: issue.message });
    }
    const media = this.checkMedia(manifest, files, rejected);
    for (const name of wanted) {
      if (name !== MANIFEST_PATH && !media.listed.has(name)) rejected.push({ path: name, reason: 'not listed in module.json' });
    }
    if (!contentCheck.ok) return { imported: null, rejected };
    for (const ref of mediaIdsOf(contentCheck.content)) {
      if (!media.accepted.has(ref)) rejected.push({ path: `${MANIFEST_PATH}#content`, reason: `the content uses "${ref}", which is missing or was rejected` });
    }
    if (rejected.some((r) => r.path.startsWith(MANIFEST_PATH))) return { imported: null, rejected };

    const idOf = await this.dataSource.transaction(async (tx) => {
      const ids = new Map<string, string>();
      for (const [path, item] of media.accepted) {
        const asset = await storeMediaAsset(tx, this.media.storage, {
          organisationId: viewer.organisationId,
          createdBy: viewer.userId,
          bytes: item.bytes,
          contentType: item.contentType,
          originalName: path,
        });
        ids.set(path, asset.id);
      }
      return ids;
    });
    const content: ModuleContent = mapMediaIds(contentCheck.content, (path) => idOf.get(path)!);
    const slug = /^[a-z0-9][a-z0-9-]{0,79}$/.test(manifest.source?.slug ?? '') ? manifest.source.slug : undefined;
    const module = await this.modules.create(viewer, content, slug);
    return { imported: { moduleId: module.id, slug: module.slug, draftVersionId: module.draft!.id }, rejected };
  }

  private checkMedia(manifest: PackageManifest, files: Record<string, Uint8Array>, rejected: ImportRejection[]) {
    const accepted = new Map<string, { bytes: Uint8Array; contentType: string }>();
    const listed = new Set<string>();
    const list: unknown[] = Array.isArray(manifest.media) ? manifest.media : [];
    if (!Array.isArray(manifest.media)) rejected.push({ path: `${MANIFEST_PATH}#media`, reason: 'must be a list' });
    list.forEach((raw, i) => {
      const item = (raw ?? {}) as Partial<PackageMedia>;
      const at = typeof item.path === 'string' ? item.path : `${MANIFEST_PATH}#media[${i}]`;
      if (typeof item.path !== 'string' || !MEDIA_PATH.test(item.path)) {
        return rejected.push({ path: at, reason: 'media paths must look like media/<sha256>.<ext>' });
      }
      listed.add(item.path);
      const bytes = files[item.path];
      if (!bytes) return rejected.push({ path: at, reason: 'listed in module.json but missing from the package (or rejected above)' });
      if (sha256(bytes) !== item.sha256 || bytes.length !== item.byteSize) {
        return rejected.push({ path: at, reason: 'its bytes do not match the size and sha256 given in module.json' });
      }
      try {
        const type = inspectMedia(bytes, acceptedType(item.contentType));
        accepted.set(item.path, { bytes, contentType: type.contentType });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        rejected.push({ path: at, reason: error.message });
      }
    });
    return { accepted, listed };
  }
}

function entryProblem(entry: ZipEntry, seen: Set<string>): string | undefined {
  const unsafe = unsafeNameReason(entry.name);
  if (unsafe) return unsafe;
  if (entry.isSymlink) return 'symbolic links are not allowed';
  if (entry.isEncrypted) return 'encrypted files are not supported';
  if (entry.isDirectory) return undefined;
  if (seen.has(entry.name)) return 'the package has two files with this name';
  if (entry.name !== MANIFEST_PATH && !MEDIA_PATH.test(entry.name)) return 'not part of a module package (only module.json and media/)';
  if (entry.name === MANIFEST_PATH && entry.size > PACKAGE_LIMITS.maxManifestBytes) return 'module.json is larger than 2 MB';
  if (entry.size > LARGEST_MEDIA) return `larger than the largest media limit (${LARGEST_MEDIA / 1024 / 1024} MB)`;
  if (entry.size > 1024 * 1024 && entry.size / Math.max(1, entry.compressedSize) > PACKAGE_LIMITS.maxCompressionRatio) {
    return `compressed more than ${PACKAGE_LIMITS.maxCompressionRatio}:1, which only zip bombs do`;
  }
  return undefined;
}

function parseManifest(bytes: Uint8Array, rejected: ImportRejection[]): PackageManifest | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(strFromU8(bytes));
  } catch {
    rejected.push({ path: MANIFEST_PATH, reason: 'is not valid JSON' });
    return undefined;
  }
  const manifest = parsed as Partial<PackageManifest> | null;
  if (!manifest || typeof manifest !== 'object' || manifest.format !== PACKAGE_FORMAT) {
    rejected.push({ path: MANIFEST_PATH, reason: `is not a FIT module package (format must be "${PACKAGE_FORMAT}")` });
    return undefined;
  }
  if (manifest.formatVersion !== PACKAGE_FORMAT_VERSION) {
    rejected.push({ path: MANIFEST_PATH, reason: `format version ${String(manifest.formatVersion)} is not supported (this FIT reads version ${PACKAGE_FORMAT_VERSION})` });
    return undefined;
  }
  return manifest as PackageManifest;
}
