// Tablet-sized copies of uploaded pictures: a site tablet on a weak network should not pull a 12-megapixel original
// to show it on a 1024-pixel screen. The original is kept untouched for export and later re-encoding.
import sharp from 'sharp';
import { sha256 } from '../../common/hash.js';
import { badInput } from '../../common/errors/domain-error.js';

export const RENDITIONS = {
  /** What the player and the editor show: sharp on a 10-inch tablet in full screen, a few hundred kB at most. */
  tablet: { longEdge: 1600, quality: 80 },
  /** Lists and picture-choice answers. */
  thumb: { longEdge: 320, quality: 70 },
} as const;
export type RenditionName = keyof typeof RENDITIONS;
export const RENDITION_NAMES = Object.keys(RENDITIONS) as RenditionName[];

export interface Rendition {
  contentType: 'image/webp';
  byteSize: number;
  sha256: string;
  width: number;
  height: number;
}

export interface RenderedImage {
  /** The picture's size as it is meant to be seen (after its EXIF orientation). */
  width: number;
  height: number;
  renditions: Record<RenditionName, Rendition & { bytes: Buffer }>;
}

/** Raster types we re-encode; SVG is vector and already as small as it gets. */
export const RASTER_TYPES = new Set(['image/png', 'image/jpeg', 'image/webp']);

// A decoding bomb (a tiny file claiming 100 000 × 100 000 pixels) is refused before any memory is spent on it.
const MAX_INPUT_PIXELS = 100_000_000;

/**
 * Decodes the picture once and writes each rendition as WebP: turned upright by its EXIF orientation, never enlarged,
 * and with no metadata (sharp drops EXIF, GPS and ICC unless asked to keep them, and site photos carry GPS).
 */
export async function renderImage(bytes: Uint8Array): Promise<RenderedImage> {
  try {
    const source = sharp(bytes, { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS }).rotate();
    const entries = await Promise.all(
      RENDITION_NAMES.map(async (name) => {
        const { longEdge, quality } = RENDITIONS[name];
        const { data, info } = await source
          .clone()
          .resize({ width: longEdge, height: longEdge, fit: 'inside', withoutEnlargement: true })
          .webp({ quality })
          .toBuffer({ resolveWithObject: true });
        const rendition = { contentType: 'image/webp' as const, bytes: data, byteSize: data.length, sha256: sha256(data), width: info.width, height: info.height };
        return [name, rendition] as const;
      }),
    );
    const meta = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
    // Orientations 5–8 are quarter turns: the picture as seen is the stored one on its side.
    const turned = (meta.orientation ?? 1) >= 5;
    return {
      width: (turned ? meta.height : meta.width) ?? 0,
      height: (turned ? meta.width : meta.height) ?? 0,
      renditions: Object.fromEntries(entries) as RenderedImage['renditions'],
    };
  } catch (error) {
    const reason = error instanceof Error && /pixel limit/i.test(error.message) ? 'it has too many pixels (at most 100 megapixels)' : 'it is damaged or incomplete';
    throw badInput(`This picture cannot be read: ${reason}. Export it again from the camera or editor and upload it once more.`);
  }
}

/** Decodes the whole picture (to an 8 px sketch) only to prove it can be read: for photos kept as taken. */
export async function assertReadableImage(bytes: Uint8Array): Promise<void> {
  try {
    await sharp(bytes, { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS }).resize(8, 8, { fit: 'inside' }).raw().toBuffer();
  } catch (error) {
    const reason = error instanceof Error && /pixel limit/i.test(error.message) ? 'it has too many pixels (at most 100 megapixels)' : 'it is damaged or incomplete';
    throw badInput(`This picture cannot be read: ${reason}. Take or export it again and upload it once more.`);
  }
}

/** The storage key of a rendition: next to the original's key, which is the asset id. */
export const renditionKey = (assetId: string, name: RenditionName) => `${assetId}-${name}`;
