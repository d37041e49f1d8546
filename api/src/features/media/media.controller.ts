// REST routes for media: upload (raw body with its Content-Type) and serving by id.
import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { Public, Roles } from '../../common/auth/policy.decorators.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { AUTHOR_ROLES, ROLES } from '@fit/shared';
import { DomainError, badInput } from '../../common/errors/domain-error.js';
import { MediaService, acceptedType } from './media.service.js';
import { SIZE_LIMITS } from './media-types.js';
import { RENDITION_NAMES, renditionKey, type RenditionName } from './image-renditions.js';
import { readBody } from '../../common/http/read-body.js';
import { answeredNotModified } from '../../common/http/not-modified.js';

interface StoredFile {
  key: string;
  contentType: string;
  byteSize: number;
}

@Controller('media')
export class MediaController {
  constructor(private readonly media: MediaService) {}

  /** `POST /media` with the file as the body and its type as Content-Type; `?name=` keeps the original file name. */
  @Roles(...AUTHOR_ROLES)
  @Post()
  @HttpCode(201)
  async upload(@CurrentViewer() viewer: Viewer, @Req() req: Request) {
    const type = acceptedType(req.headers['content-type']);
    const limit = SIZE_LIMITS[type.kind];
    const bytes = await readBody(req, limit, type.kind);
    const asset = await this.media.upload({
      organisationId: viewer.organisationId,
      createdBy: viewer.userId,
      bytes,
      contentType: type.contentType,
      originalName: typeof req.query.name === 'string' ? req.query.name : null,
    });
    return {
      id: asset.id,
      contentType: asset.contentType,
      byteSize: asset.byteSize,
      sha256: asset.sha256,
      url: `/media/${asset.id}`,
      width: asset.width,
      height: asset.height,
      renditions: Object.fromEntries(Object.entries(asset.renditions).map(([name, r]) => [name, { ...r, url: `/media/${asset.id}/${name}` }])),
    };
  }

  /** `POST /media/evidence`: a worker's photo of their practical task (images only), kept private to them and their trainers. */
  @Roles('worker')
  @Post('evidence')
  @HttpCode(201)
  async uploadEvidence(@CurrentViewer() viewer: Viewer, @Req() req: Request) {
    const type = acceptedType(req.headers['content-type']);
    // SVG is a drawing, not a photo, and could carry markup into a trainer's browser.
    if (type.kind !== 'image' || type.contentType === 'image/svg+xml') throw badInput('Evidence must be a photo (PNG, JPEG or WebP).');
    const bytes = await readBody(req, SIZE_LIMITS.image, type.kind);
    const asset = await this.media.upload({ organisationId: viewer.organisationId, createdBy: viewer.userId, bytes, contentType: type.contentType, purpose: 'evidence' });
    return { id: asset.id, contentType: asset.contentType, byteSize: asset.byteSize, sha256: asset.sha256, url: `/media/evidence/${asset.id}` };
  }

  @Roles(...ROLES)
  @Get('evidence/:id')
  async serveEvidence(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const asset = await this.media.findEvidenceFor(viewer, id);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    await this.stream(res, { key: asset.id, contentType: asset.contentType, byteSize: asset.byteSize }, undefined);
  }

  /**
   * Public by unguessable id (random UUID): module pictures, videos and audio are shown by <img>, <video> and <audio>
   * and cached by the tablet's service worker, none of which can send the bearer token; they are training content,
   * not personal data. Worker photo evidence must not be served by this route.
   */
  @Public()
  @Get(':id')
  async serve(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const asset = await this.media.findForServing(id);
    await this.send(req, res, { key: asset.id, contentType: asset.contentType, byteSize: asset.byteSize, sha256: asset.sha256 });
  }

  /**
   * `GET /media/:id/tablet` (≤ 1600 px WebP) or `/media/:id/thumb` (≤ 320 px): what the player and the editor show.
   * Anything without renditions (SVG, audio, video, pictures stored before renditions existed) is served as it is,
   * so clients can always ask for the tablet size.
   */
  @Public()
  @Get(':id/:rendition')
  async serveRendition(@Param('id') id: string, @Param('rendition') name: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    if (!RENDITION_NAMES.includes(name as RenditionName)) throw new DomainError('NOT_FOUND', 'This media size does not exist.');
    const asset = await this.media.findForServing(id);
    const rendition = asset.renditions[name as RenditionName];
    await this.send(
      req,
      res,
      rendition
        ? { key: renditionKey(asset.id, name as RenditionName), ...rendition }
        : { key: asset.id, contentType: asset.contentType, byteSize: asset.byteSize, sha256: asset.sha256 },
    );
  }

  private async send(req: Request, res: Response, file: StoredFile & { sha256: string }): Promise<void> {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Accept-Ranges', 'bytes');
    // Uploaded SVGs are checked for scripts already; a sandbox keeps them inert even when opened directly.
    if (file.contentType === 'image/svg+xml') res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    // Media never change once uploaded (an edit is a new upload with a new id).
    if (answeredNotModified(req, res, file.sha256, 'public, max-age=31536000, immutable')) return;
    // Tablets' video players (Safari above all) ask for byte ranges and refuse to play without them.
    const range = byteRange(req.headers.range, file.byteSize);
    if (range === 'unsatisfiable') {
      res.status(416).setHeader('Content-Range', `bytes */${file.byteSize}`).end();
      return;
    }
    await this.stream(res, file, range);
  }

  /** The stored bytes (or one range of them) with their type and length. */
  private async stream(res: Response, file: StoredFile, range: { start: number; end: number } | undefined): Promise<void> {
    const stream = await this.media.storage.open(file.key, range);
    if (!stream) throw new DomainError('NOT_FOUND', 'This media file is missing from storage.');
    res.setHeader('Content-Type', file.contentType);
    if (range) {
      res.status(206);
      res.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${file.byteSize}`);
      res.setHeader('Content-Length', String(range.end - range.start + 1));
    } else {
      res.setHeader('Content-Length', String(file.byteSize));
    }
    stream.pipe(res);
  }
}

/** One `bytes=start-end` range (the only form media players send); other forms are served whole. */
export function byteRange(header: string | undefined, size: number): { start: number; end: number } | 'unsatisfiable' | undefined {
  const match = header?.match(/^bytes=(\d*)-(\d*)$/);
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  const [start, end] =
    match[1] === '' ? [Math.max(0, size - Number(match[2])), size - 1] : [Number(match[1]), match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1)];
  if (start > end || start >= size) return 'unsatisfiable';
  return { start, end };
}
