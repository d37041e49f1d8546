// Which files FIT accepts, recognised by their first bytes (never by name or declared type alone), and their size limits.

export type MediaKind = 'image' | 'audio' | 'video';

export interface MediaType {
  contentType: string;
  kind: MediaKind;
  extension: string;
}

export const MEDIA_TYPES: Record<string, MediaType> = {
  'image/png': { contentType: 'image/png', kind: 'image', extension: 'png' },
  'image/jpeg': { contentType: 'image/jpeg', kind: 'image', extension: 'jpg' },
  'image/webp': { contentType: 'image/webp', kind: 'image', extension: 'webp' },
  'image/svg+xml': { contentType: 'image/svg+xml', kind: 'image', extension: 'svg' },
  'video/mp4': { contentType: 'video/mp4', kind: 'video', extension: 'mp4' },
  'video/webm': { contentType: 'video/webm', kind: 'video', extension: 'webm' },
  'audio/mpeg': { contentType: 'audio/mpeg', kind: 'audio', extension: 'mp3' },
  'audio/ogg': { contentType: 'audio/ogg', kind: 'audio', extension: 'ogg' },
  'audio/mp4': { contentType: 'audio/mp4', kind: 'audio', extension: 'm4a' },
};

/** Names browsers and tools also use for the same types. */
const ALIASES: Record<string, string> = {
  'image/jpg': 'image/jpeg',
  'audio/mp3': 'audio/mpeg',
  'audio/x-m4a': 'audio/mp4',
  'audio/m4a': 'audio/mp4',
};

export const SIZE_LIMITS: Record<MediaKind, number> = {
  image: 15 * 1024 * 1024,
  audio: 30 * 1024 * 1024,
  video: 200 * 1024 * 1024,
};

export const ACCEPTED_LIST = 'PNG, JPEG, WebP, SVG, MP4, WebM, MP3, OGG, M4A';

/** The accepted type named by a Content-Type header (parameters ignored), or undefined. */
export function declaredType(header: string | undefined): MediaType | undefined {
  const name = header?.split(';')[0]?.trim().toLowerCase() ?? '';
  return MEDIA_TYPES[ALIASES[name] ?? name];
}

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** The type the bytes really are, or undefined. MP4 and M4A share a container, so the declared kind decides between them. */
export function sniffType(bytes: Uint8Array, declared?: MediaType): MediaType | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return MEDIA_TYPES['image/png'];
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return MEDIA_TYPES['image/jpeg'];
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return MEDIA_TYPES['image/webp'];
  if (ascii(bytes, 4, 8) === 'ftyp') {
    const brand = ascii(bytes, 8, 12);
    return brand === 'M4A ' || declared?.kind === 'audio' ? MEDIA_TYPES['audio/mp4'] : MEDIA_TYPES['video/mp4'];
  }
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return MEDIA_TYPES['video/webm'];
  if (ascii(bytes, 0, 4) === 'OggS') return MEDIA_TYPES['audio/ogg'];
  if (ascii(bytes, 0, 3) === 'ID3' || (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0)) return MEDIA_TYPES['audio/mpeg'];
  if (looksLikeSvg(bytes)) return MEDIA_TYPES['image/svg+xml'];
  return undefined;
}

function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('utf8').replace(/^\uFEFF/, '');
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>[]*>\s*)?<svg[\s>]/i.test(head);
}

/**
 * Why an SVG is refused, or undefined when it is safe. We refuse rather than sanitise: an SVG that needs cleaning
 * was not made for a training module, and a refusal with a reason is easier to trust than silent edits.
 */
export function unsafeSvgReason(bytes: Uint8Array): string | undefined {
  const text = Buffer.from(bytes).toString('utf8');
  if (/<script[\s>/]/i.test(text)) return 'the SVG contains a script';
  if (/\son[a-z]+\s*=/i.test(text)) return 'the SVG contains an event handler (on…=)';
  if (/javascript:|vbscript:|data:text\/html/i.test(text)) return 'the SVG contains a script link';
  if (/<(foreignObject|iframe|embed|object)[\s>/]/i.test(text)) return 'the SVG embeds foreign content';
  if (/<!ENTITY/i.test(text)) return 'the SVG declares XML entities';
  if (/(href|src)\s*=\s*["']\s*(https?:)?\/\//i.test(text)) return 'the SVG loads files from another site';
  return undefined;
}
