// The module package format: module.json plus media/<sha256>.<ext>, with the limits an import enforces.
import type { ModuleContent } from '@fit/shared';

export const PACKAGE_FORMAT = 'fit.module-package';
export const PACKAGE_FORMAT_VERSION = 1;
export const MANIFEST_PATH = 'module.json';

export const PACKAGE_LIMITS = {
  /** The uploaded zip itself. */
  maxPackageBytes: 300 * 1024 * 1024,
  maxEntries: 200,
  maxManifestBytes: 2 * 1024 * 1024,
  /** Sum of the declared uncompressed sizes. */
  maxTotalBytes: 500 * 1024 * 1024,
  /** Deflate rarely beats 100:1 on real files; far beyond it is a zip bomb. */
  maxCompressionRatio: 200,
} as const;

export interface PackageMedia {
  /** `media/<sha256>.<ext>`: the content refers to media by this path inside the package. */
  path: string;
  contentType: string;
  byteSize: number;
  sha256: string;
}

export interface PackageManifest {
  format: typeof PACKAGE_FORMAT;
  formatVersion: typeof PACKAGE_FORMAT_VERSION;
  exportedAt: string;
  source: { slug: string; version: number; status: string };
  content: ModuleContent;
  media: PackageMedia[];
}

export const MEDIA_PATH = /^media\/[0-9a-f]{64}\.[a-z0-9]{2,4}$/;

export interface ImportRejection {
  path: string;
  reason: string;
}

export interface ImportResult {
  imported: { moduleId: string; slug: string; draftVersionId: string } | null;
  rejected: ImportRejection[];
}
