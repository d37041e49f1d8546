// Resumable, idempotent evidence photo uploads: the tablet sends a photo in chunks under an id it made up, resumes
// from the offset the server holds after a cut connection, and gets the same media asset however often it asks.
import { constants } from 'node:fs';
import { open, readFile, rm, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, LessThan } from 'typeorm';
import { APP_CONFIG } from '../../common/config.token.js';
import type { AppConfig } from '../../config/config.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { DomainError, badInput, conflict, notFound } from '../../common/errors/domain-error.js';
import { EvidenceUploadEntity } from './evidence-upload.entity.js';
import { MEDIA_STORAGE, type MediaStorage } from './media-storage.js';
import { sha256 } from '../../common/hash.js';
import { SIZE_LIMITS, declaredType } from './media-types.js';
import { inspectMedia, storeMediaAsset, acceptedType } from './media.service.js';
import { isUuid } from '../../common/ids.js';

/** The largest chunk one request may carry; the tablet sends 256 KiB. */
export const MAX_CHUNK_BYTES = 1024 * 1024;
/** A tablet may stay offline on a site for a while; an upload untouched this long is given up. */
export const STALE_UPLOAD_DAYS = 14;
const CLEAN_EVERY_MS = 6 * 60 * 60 * 1000;

const SHA256 = /^[0-9a-f]{64}$/;

export interface UploadRequest {
  uploadId: unknown;
  byteSize: unknown;
  contentType: unknown;
  sha256: unknown;
}

export interface UploadState {
  uploadId: string;
  byteSize: number;
  contentType: string;
  sha256: string;
  offset: number;
  complete: boolean;
  /** The media id, once the last chunk is in. */
  id?: string;
  url?: string;
}

const stateOf = (u: EvidenceUploadEntity): UploadState => ({
  uploadId: u.id,
  byteSize: u.byteSize,
  contentType: u.contentType,
  sha256: u.sha256,
  offset: u.receivedBytes,
  complete: u.mediaId !== null,
  ...(u.mediaId ? { id: u.mediaId, url: `/media/evidence/${u.mediaId}` } : {}),
});

@Injectable()
export class EvidenceUploadsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(EvidenceUploadsService.name);
  private readonly partsDir: string;
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.partsDir = join(config.dataDir, 'evidence-uploads');
  }

  onApplicationBootstrap(): void {
    if (this.config.env === 'test') return;
    const run = () => void this.removeStale().catch((error: unknown) => this.log.warn(`stale upload clean-up failed: ${String(error)}`));
    this.timer = setInterval(run, CLEAN_EVERY_MS);
    this.timer.unref();
    run();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Starts an upload, or answers the one already started under this id with the same facts (409 if they differ). */
  async start(viewer: Viewer, request: UploadRequest): Promise<{ state: UploadState; created: boolean }> {
    const facts = checkRequest(request);
    const repo = this.dataSource.getRepository(EvidenceUploadEntity);
    const inserted = await repo
      .createQueryBuilder()
      .insert()
      .values({ ...facts, organisationId: viewer.organisationId, userId: viewer.userId })
      .orIgnore()
      .returning('id')
      .execute();
    const upload = await repo.findOneBy({ id: facts.id });
    // Someone else's upload id answers like a clash of facts, telling nothing about whose it is.
    const same =
      upload &&
      isOwner(upload, viewer) &&
      upload.byteSize === facts.byteSize &&
      upload.contentType === facts.contentType &&
      upload.sha256 === facts.sha256;
    if (!same) throw conflict('This upload id is already used for a different photo; start a new upload with a new id.');
    return { state: stateOf(upload), created: Array.isArray(inserted.raw) && inserted.raw.length > 0 };
  }

  async find(viewer: Viewer, uploadId: string): Promise<UploadState> {
    return stateOf(await this.owned(viewer, uploadId));
  }

  /**
   * Writes one chunk at the offset the server holds, under a row lock so two retries of the same chunk cannot both
   * land. The last chunk is checked (size, SHA-256, photo type by its bytes) and makes the media asset, once.
   */
  async append(viewer: Viewer, uploadId: string, offset: number, bytes: Buffer): Promise<UploadState> {
    if (!isUuid(uploadId)) throw notFound('This upload');
    let refusal: DomainError | undefined;
    const state = await this.dataSource.transaction(async (tx) => {
      const upload = await tx.findOne(EvidenceUploadEntity, { where: { id: uploadId.toLowerCase() }, lock: { mode: 'pessimistic_write' } });
      if (!upload || !isOwner(upload, viewer)) throw notFound('This upload');
      // Done already: the answer to the last chunk was lost, so the same media id is answered again.
      if (upload.mediaId) return stateOf(upload);
      if (offset !== upload.receivedBytes) {
        throw conflict(`This chunk starts at byte ${offset} but the server holds ${upload.receivedBytes} bytes; continue from there.`, {
          offset: upload.receivedBytes,
        });
      }
      if (bytes.length === 0) throw badInput('The chunk is empty.');
      if (offset + bytes.length > upload.byteSize) throw badInput(`The chunk goes past the announced size of ${upload.byteSize} bytes.`);
      const path = this.partPath(upload.id);
      await mkdir(this.partsDir, { recursive: true });
      await writeAt(path, offset, bytes);
      upload.receivedBytes += bytes.length;
      if (upload.receivedBytes < upload.byteSize) return stateOf(await tx.save(upload));

      const whole = await readFile(path);
      refusal = completionProblem(whole, upload);
      if (refusal) {
        // Nothing is kept of a photo that is not what was announced: the tablet may send it again from the start.
        upload.receivedBytes = 0;
        await tx.save(upload);
        await rm(path, { force: true });
        return stateOf(upload);
      }
      const asset = await storeMediaAsset(tx, this.storage, {
        organisationId: upload.organisationId,
        createdBy: upload.userId,
        bytes: whole,
        contentType: upload.contentType,
        purpose: 'evidence',
      });
      upload.mediaId = asset.id;
      return stateOf(await tx.save(upload));
    });
    if (refusal) throw refusal;
    if (state.complete) await rm(this.partPath(state.uploadId), { force: true });
    return state;
  }

  /** Drops uploads nobody touched for STALE_UPLOAD_DAYS that never finished, with their partial bytes. */
  async removeStale(now = new Date()): Promise<number> {
    const before = new Date(now.getTime() - STALE_UPLOAD_DAYS * 24 * 60 * 60 * 1000);
    const repo = this.dataSource.getRepository(EvidenceUploadEntity);
    const stale = await repo.findBy({ mediaId: IsNull(), updatedAt: LessThan(before) });
    for (const upload of stale) {
      await repo.delete({ id: upload.id, mediaId: IsNull() });
      await rm(this.partPath(upload.id), { force: true });
    }
    return stale.length;
  }

  private async owned(viewer: Viewer, uploadId: string): Promise<EvidenceUploadEntity> {
    const upload = isUuid(uploadId) ? await this.dataSource.manager.findOneBy(EvidenceUploadEntity, { id: uploadId.toLowerCase() }) : null;
    if (!upload || !isOwner(upload, viewer)) throw notFound('This upload');
    return upload;
  }

  private partPath(id: string): string {
    return join(this.partsDir, `${id}.part`);
  }
}

const isOwner = (upload: EvidenceUploadEntity, viewer: Viewer) => upload.userId === viewer.userId && upload.organisationId === viewer.organisationId;

function checkRequest(request: UploadRequest) {
  const { uploadId, byteSize, contentType, sha256: digest } = request ?? ({} as UploadRequest);
  if (!isUuid(uploadId)) throw badInput('uploadId must be a UUID made by the device.');
  if (typeof byteSize !== 'number' || !Number.isInteger(byteSize) || byteSize <= 0) throw badInput('byteSize must be a positive whole number.');
  if (typeof digest !== 'string' || !SHA256.test(digest.toLowerCase())) throw badInput('sha256 must be the hex SHA-256 of the whole photo.');
  const type = acceptedType(typeof contentType === 'string' ? contentType : undefined);
  // SVG is a drawing, not a photo, and could carry markup into a trainer's browser (same rule as POST /media/evidence).
  if (type.kind !== 'image' || type.contentType === 'image/svg+xml') throw badInput('Evidence must be a photo (PNG, JPEG or WebP).');
  if (byteSize > SIZE_LIMITS.image) {
    throw new DomainError('PAYLOAD_TOO_LARGE', `This photo is ${(byteSize / 1024 / 1024).toFixed(1)} MB; photos may be at most ${SIZE_LIMITS.image / 1024 / 1024} MB.`);
  }
  return { id: uploadId.toLowerCase(), byteSize, contentType: declaredType(type.contentType)!.contentType, sha256: digest.toLowerCase() };
}

/** Why the assembled bytes are refused, or undefined when they are the photo that was announced. */
function completionProblem(bytes: Buffer, upload: EvidenceUploadEntity): DomainError | undefined {
  if (bytes.length !== upload.byteSize) return badInput(`The photo has ${bytes.length} bytes but ${upload.byteSize} were announced; send it again.`);
  if (sha256(bytes) !== upload.sha256) return badInput('The photo does not match its SHA-256 checksum (damaged on the way); nothing was kept, send it again.');
  try {
    inspectMedia(bytes, acceptedType(upload.contentType));
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  return undefined;
}

/**
 * Writes at the offset and cuts anything after it, left by a chunk whose answer never came back. No fsync: bytes lost
 * in a crash fail the SHA-256 check at the end, which sends the tablet back to byte 0 rather than storing a bad photo.
 */
async function writeAt(path: string, offset: number, bytes: Buffer): Promise<void> {
  // Not O_APPEND: a positional write must land at the offset even when the file is longer.
  const file = await open(path, constants.O_WRONLY | constants.O_CREAT);
  try {
    await file.write(bytes, 0, bytes.length, offset);
    await file.truncate(offset + bytes.length);
  } finally {
    await file.close();
  }
}
