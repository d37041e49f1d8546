// Accepting media (type by magic bytes, size limits, safe SVG only), storing them, and finding them for modules.
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { DomainError, badInput, notFound } from '../../common/errors/domain-error.js';
import { STAFF_ROLES } from '@fit/shared';
import type { Viewer } from '../../common/auth/viewer.js';
import { MediaAssetEntity, type MediaPurpose } from './media-asset.entity.js';
import { MEDIA_STORAGE, type MediaStorage } from './media-storage.js';
import { sha256 } from '../../common/hash.js';
import { assertReadableImage, RASTER_TYPES, renderImage, renditionKey, type RenditionName } from './image-renditions.js';
import { ACCEPTED_LIST, SIZE_LIMITS, declaredType, sniffType, unsafeSvgReason, type MediaType } from './media-types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;

const unsupported = (message: string) => new DomainError('UNSUPPORTED_MEDIA_TYPE', message);
const tooLarge = (type: MediaType, size?: number) =>
  new DomainError(
    'PAYLOAD_TOO_LARGE',
    `${size === undefined ? `This ${type.kind} is too large` : `This ${type.kind} is ${megabytes(size)}`}; ${type.kind} files may be at most ${megabytes(SIZE_LIMITS[type.kind])}.`,
  );

/** The accepted type for a Content-Type header, or a 415 that lists what is accepted. */
export function acceptedType(header: string | undefined): MediaType {
  const type = declaredType(header);
  if (!type) throw unsupported(`Files of type "${header?.split(';')[0] || 'unknown'}" are not accepted. Accepted: ${ACCEPTED_LIST}.`);
  return type;
}

/** Checks the bytes against the declared type, the size limits and SVG safety; returns the real type. */
export function inspectMedia(bytes: Uint8Array, declared: MediaType): MediaType {
  if (bytes.length === 0) throw badInput('The file is empty.');
  if (bytes.length > SIZE_LIMITS[declared.kind]) throw tooLarge(declared, bytes.length);
  const real = sniffType(bytes, declared);
  if (!real) throw unsupported(`The file content is not a file type FIT accepts (${ACCEPTED_LIST}).`);
  if (real.contentType !== declared.contentType) {
    throw unsupported(`The file says it is ${declared.contentType} but its content is ${real.contentType}.`);
  }
  if (real.contentType === 'image/svg+xml') {
    const reason = unsafeSvgReason(bytes);
    if (reason) throw unsupported(`This SVG is refused: ${reason}.`);
  }
  return real;
}

export interface NewMedia {
  organisationId: string;
  createdBy: string | null;
  bytes: Uint8Array;
  contentType: string;
  originalName?: string | null;
  purpose?: MediaPurpose;
}

/**
 * Stores checked bytes and records the asset; usable outside Nest (seed, import) with any EntityManager. A raster
 * picture is decoded first: one that cannot be read is refused here rather than shown broken on a tablet later.
 */
export async function storeMediaAsset(tx: EntityManager, storage: MediaStorage, media: NewMedia): Promise<MediaAssetEntity> {
  const type = inspectMedia(media.bytes, acceptedType(media.contentType));
  const purpose = media.purpose ?? 'content';
  // Evidence photos are kept exactly as taken: they are a record of the work, shown to few people.
  const raster = type.kind === 'image' && RASTER_TYPES.has(type.contentType);
  const rendered = raster && purpose === 'content' ? await renderImage(media.bytes) : undefined;
  // Kept as taken, but still a picture: a PNG header followed by garbage is refused like a content upload.
  if (raster && !rendered) await assertReadableImage(media.bytes);
  const asset = await tx.save(
    tx.create(MediaAssetEntity, {
      organisationId: media.organisationId,
      createdBy: media.createdBy,
      contentType: type.contentType,
      byteSize: media.bytes.length,
      sha256: sha256(media.bytes),
      originalName: media.originalName?.slice(0, 200) ?? null,
      purpose,
      width: rendered?.width ?? null,
      height: rendered?.height ?? null,
      renditions: rendered
        ? Object.fromEntries(Object.entries(rendered.renditions).map(([name, { bytes: _bytes, ...facts }]) => [name, facts]))
        : {},
    }),
  );
  // Bytes after the row: if the write fails the transaction rolls back; an orphan file is harmless, a dangling row is not.
  await storage.put(asset.id, media.bytes);
  for (const [name, rendition] of Object.entries(rendered?.renditions ?? {})) {
    await storage.put(renditionKey(asset.id, name as RenditionName), rendition.bytes);
  }
  return asset;
}

@Injectable()
export class MediaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MEDIA_STORAGE) readonly storage: MediaStorage,
  ) {}

  upload(media: NewMedia): Promise<MediaAssetEntity> {
    return this.dataSource.transaction((tx) => storeMediaAsset(tx, this.storage, media));
  }

  /** For serving by id: media ids are unguessable, so no organisation is asked (see media.controller.ts). */
  async findForServing(id: string, purpose: MediaPurpose = 'content'): Promise<MediaAssetEntity> {
    const asset = UUID.test(id) ? await this.dataSource.manager.findOneBy(MediaAssetEntity, { id, purpose }) : null;
    if (!asset) throw notFound('This media file');
    return asset;
  }

  /** A worker's evidence photo, for that worker or the staff of the organisation it was taken in; nobody else learns it exists. */
  async findEvidenceFor(viewer: Viewer, id: string): Promise<MediaAssetEntity> {
    const asset = await this.findForServing(id, 'evidence');
    const allowed = asset.organisationId === viewer.organisationId && (STAFF_ROLES.includes(viewer.role) || asset.createdBy === viewer.userId);
    if (!allowed) throw notFound('This media file');
    return asset;
  }

  async findOwned(organisationId: string, ids: string[], tx: EntityManager = this.dataSource.manager): Promise<MediaAssetEntity[]> {
    const valid = ids.filter((id) => UUID.test(id));
    if (valid.length === 0) return [];
    return tx.findBy(MediaAssetEntity, { organisationId, id: In(valid) });
  }

  /** The ids among these that are not media of the organisation. */
  async unknownIds(organisationId: string, ids: string[], tx?: EntityManager): Promise<string[]> {
    const found = new Set((await this.findOwned(organisationId, ids, tx)).map((a) => a.id));
    return ids.filter((id) => !found.has(id));
  }
}
