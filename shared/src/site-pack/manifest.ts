// The site pack a tablet downloads for offline use: what it holds and how each item is versioned (API and tablet).
// Every item carries an etag so a tablet that already holds a pack fetches only the items that changed.
import type { LocalisedText, QuizStep } from '../modules/content.js';
import type { RecallCardState } from '../recall/scheduler.js';

/** Kinds of files in a pack. `media` are module pictures, video and audio; the BIM issue adds `bim-geometry`. */
export type SitePackFileKind = 'media' | 'bim-geometry';

export interface SitePackFile {
  /** Same-origin URL the tablet fetches (and its service worker serves offline from Cache Storage). */
  url: string;
  bytes: number;
  /** Hex SHA-256 of the bytes: the tablet checks the download against it, and it is the file's etag. */
  sha256: string;
  kind: SitePackFileKind;
  contentType: string;
  /**
   * Where the tablet downloads the file when that differs from `url`: files that are not public (the building model's
   * geometry) come through a device-token route, and are kept under `url`, where the viewer looks for them.
   */
  fetchUrl?: string;
}

/** The site's current building model (latest ready version with its compact geometry), as BIM steps show it. */
export interface SitePackModel {
  id: string;
  siteId: string;
  version: number;
  fileName: string;
  geometry: { url: string; bytes: number };
}

export interface SitePackVersion {
  id: string;
  moduleId: string;
  version: number;
  /** Published versions are frozen, so the etag never changes; a new version is a new item. */
  etag: string;
  bytes: number;
  /** Where the content JSON is fetched from (device token required). */
  url: string;
}

export interface SitePackAssignment {
  id: string;
  moduleVersionId: string;
  dueOn: string;
  reason: string;
}

export interface SitePackWorker {
  id: string;
  displayName: string;
  language: string;
  teams: string[];
  /** Whether a PIN is set; the hash itself is only in the manifest's sealed `signIn` section. */
  hasPin: boolean;
  /** Hex SHA-256 of the badge code (128-bit random, so the hash cannot be reversed); null without a badge. */
  badgeHash: string | null;
  /** When this tablet's wrong-PIN lock ends for this worker; null when not locked. */
  lockedUntil: string | null;
  assignments: SitePackAssignment[];
  /** The questions the worker answered in this organisation's modules, with their spaced-recall state (absent in older packs). */
  recall?: SitePackRecallCard[];
  etag: string;
}

/** One question to recall offline: the quiz step as the module has it (every language) and its FSRS state. */
export interface SitePackRecallCard {
  /** The step activity IRI: the card's key, and the object of its `recalled` statements. */
  activityId: string;
  versionId: string;
  moduleTitle: LocalisedText;
  question: QuizStep;
  card: RecallCardState;
}

/**
 * A section only this tablet can open: AES-256-GCM under a fresh key, that key wrapped with RSA-OAEP-256 for the
 * tablet's public key (its private key was made on the device, non-extractable). All fields base64.
 */
export interface SealedSection {
  alg: 'RSA-OAEP-256+A256GCM';
  wrappedKey: string;
  iv: string;
  /** Ciphertext followed by the 16-byte GCM tag (as WebCrypto expects). */
  ciphertext: string;
}

/** What the sealed sign-in section holds: each worker's argon2id PIN hash (PHC string), by worker id. */
export type SitePackSignIn = Record<string, string>;

export interface SitePackManifest {
  format: 2;
  /** `timeZone` counts the site's dates offline as online (absent from packs made before sites had one). */
  site: { id: string; name: string; timeZone?: string };
  /** What an offline worker session shows as its organisation. */
  organisation: { id: string; slug: string; name: string; kind: string };
  tabletId: string;
  generatedAt: string;
  /** Changes whenever anything in the pack changes: a tablet holding this etag is up to date. */
  etag: string;
  versions: SitePackVersion[];
  files: SitePackFile[];
  /** Null while the site has no ready model with geometry. */
  model: SitePackModel | null;
  roster: SitePackWorker[];
  /** The workers' PIN hashes, sealed for this tablet: a copy of the pack taken elsewhere yields no PINs. */
  signIn: SealedSection;
  /** Bytes of every version's content and every file, plus this manifest's roster. */
  totalBytes: number;
}
