// What the AU itself calls, without a FIT session: the one-time fetch URL, and the course's files. The files are
// served under a sandbox CSP (an opaque origin): the AU's scripts cannot read FIT's storage or tokens even on FIT's
// host name, and may talk only to FIT's endpoint. CMI5_CONTENT_ORIGIN serves them from another origin as well.
import { Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../../common/auth/policy.decorators.js';
import { APP_CONFIG } from '../../common/config.token.js';
import { notFound } from '../../common/errors/domain-error.js';
import type { AppConfig } from '../../config/config.js';
import { Cmi5CourseFileEntity } from './cmi5.entities.js';
import { Cmi5SessionsService, type FetchAnswer } from './cmi5-sessions.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Public()
@Controller('cmi5')
export class Cmi5ContentController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: Cmi5SessionsService,
  ) {}

  /** cmi5 8.2: POST only; errors are 200 with error-code, as the specification says. */
  @Post('fetch/:sessionId')
  @HttpCode(200)
  fetch(@Param('sessionId') sessionId: string, @Query('token') token: unknown, @Res({ passthrough: true }) res: Response): Promise<FetchAnswer> {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', 'no-store');
    return this.sessions.fetch(sessionId, typeof token === 'string' ? token : undefined);
  }

  @Get('content/:courseId/*path')
  async file(@Param('courseId') courseId: string, @Param('path') path: string | string[], @Res() res: Response): Promise<void> {
    const name = Array.isArray(path) ? path.join('/') : path;
    const file = UUID.test(courseId) ? await this.dataSource.getRepository(Cmi5CourseFileEntity).findOneBy({ courseId, path: name }) : null;
    if (!file) throw notFound('This course file');
    const fit = this.config.publicUrl;
    res.setHeader(
      'Content-Security-Policy',
      [
        'sandbox allow-scripts allow-forms allow-popups allow-modals',
        `default-src 'self' data: blob:`,
        `script-src 'self' 'unsafe-inline'`,
        `style-src 'self' 'unsafe-inline'`,
        `connect-src 'self' ${fit}`,
        `frame-ancestors 'self' ${fit}`,
      ].join('; '),
    );
    // The sandboxed document has an opaque origin: its own scripts and images are cross-origin requests to it.
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    res.removeHeader('X-Frame-Options');
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Cache-Control', 'private, max-age=3600');
    res.status(200).end(file.content);
  }
}
