// REST routes for resumable evidence photo uploads (see evidence-uploads.service.ts for the rules).
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { Roles } from '../../common/auth/policy.decorators.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput } from '../../common/errors/domain-error.js';
import { readBody } from '../../common/http/read-body.js';
import { EvidenceUploadsService, MAX_CHUNK_BYTES, type UploadRequest, type UploadState } from './evidence-uploads.service.js';

@Controller('media/evidence/uploads')
export class EvidenceUploadsController {
  constructor(private readonly uploads: EvidenceUploadsService) {}

  /**
   * `POST /media/evidence/uploads` `{ uploadId, byteSize, contentType, sha256 }`: starts the upload (201) or answers
   * the one already started under that id (200) with the offset to continue from; once done, with the media `id`.
   */
  @Roles('worker')
  @Post()
  async start(@CurrentViewer() viewer: Viewer, @Body() body: UploadRequest, @Res({ passthrough: true }) res: Response): Promise<UploadState> {
    const { state, created } = await this.uploads.start(viewer, body);
    res.status(created ? 201 : 200);
    return state;
  }

  /** `GET /media/evidence/uploads/:uploadId`: where the upload got to. */
  @Roles('worker')
  @Get(':uploadId')
  find(@CurrentViewer() viewer: Viewer, @Param('uploadId') uploadId: string): Promise<UploadState> {
    return this.uploads.find(viewer, uploadId);
  }

  /**
   * `PATCH /media/evidence/uploads/:uploadId` with `Upload-Offset: <n>` (or `Content-Range: bytes n-m/total`) and up
   * to 1 MiB of raw bytes. A wrong offset is a 409 carrying the server's `offset`.
   */
  @Roles('worker')
  @Patch(':uploadId')
  @HttpCode(200)
  async append(@CurrentViewer() viewer: Viewer, @Param('uploadId') uploadId: string, @Req() req: Request): Promise<UploadState> {
    const offset = chunkOffset(req);
    const bytes = await readBody(req, MAX_CHUNK_BYTES, 'chunk');
    return this.uploads.append(viewer, uploadId, offset, bytes);
  }
}

function chunkOffset(req: Request): number {
  const header = req.headers['upload-offset'];
  const range = req.headers['content-range']?.match(/^bytes (\d+)-\d+\/(\d+|\*)$/);
  const value = typeof header === 'string' ? header.trim() : range?.[1];
  if (value === undefined || !/^\d+$/.test(value)) {
    req.resume();
    throw badInput('Say where the chunk starts with an Upload-Offset header (or Content-Range: bytes start-end/total).');
  }
  return Number(value);
}
