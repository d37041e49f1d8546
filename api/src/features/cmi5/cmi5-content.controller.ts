// What the AU itself calls, without a FIT session: the one-time fetch URL, and the course's files. The files are
// served under a sandbox CSP (an opaque origin): the AU's scripts cannot read FIT's storage or tokens even on FIT's
// host name, and may talk only to FIT's endpoint. CMI5_CONTENT_ORIGIN serves them from another origin as well.
import { Controller, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../../common/auth/policy.decorators.js';
import { APP_CONFIG } from '../../common/config.token.js';
import { notFound } from '../../common/errors/domain-error.js';
import type { AppConfig } from '../../config/config.js';
import { Cmi5CourseFileEntity } from './cmi5.entities.js';
import { Cmi5SessionsService, type FetchAnswer } from './cmi5-sessions.service.js';
import { onContentOrigin } from './content-origin.js';
import { BRIDGE_JS, bridgeHtml, CONTENT_SW } from './content-sw.js';

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
  async file(@Param('courseId') courseId: string, @Param('path') path: string | string[], @Req() req: Request, @Res() res: Response): Promise<void> {
    const name = Array.isArray(path) ? path.join('/') : path;
    const file = UUID.test(courseId) ? await this.dataSource.getRepository(Cmi5CourseFileEntity).findOneBy({ courseId, path: name }) : null;
    if (!file) throw notFound('This course file');
    const fit = this.config.publicUrl;
    // On FIT's own origin the AU gets an opaque origin (sandbox without allow-same-origin). On the content origin,
    // which holds nothing of FIT, it keeps that origin: its service worker can then serve it offline.
    const sandbox = onContentOrigin(req, this.config.cmi5ContentOrigin) ? 'sandbox allow-scripts allow-same-origin allow-forms allow-popups allow-modals' : 'sandbox allow-scripts allow-forms allow-popups allow-modals';
    res.setHeader(
      'Content-Security-Policy',
      [
        sandbox,
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

  /** The content origin's service worker (scope /cmi5/): course files and an offline LMS for prepared launches. */
  @Get('sw.js')
  serviceWorker(@Req() req: Request, @Res() res: Response): void {
    this.contentOriginOnly(req);
    res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Content-Security-Policy', "default-src 'self'");
    res.status(200).end(CONTENT_SW);
  }

  /** The page FIT's tablet frames (only FIT may: frame-ancestors) to keep course files and prepared launches. */
  @Get('bridge.html')
  bridge(@Req() req: Request, @Res() res: Response): void {
    this.contentOriginOnly(req);
    res.removeHeader('X-Frame-Options');
    res.setHeader('Content-Security-Policy', `default-src 'self'; script-src 'self'; frame-ancestors ${this.config.publicUrl}`);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.status(200).end(bridgeHtml(this.config.publicUrl));
  }

  @Get('bridge.js')
  bridgeScript(@Req() req: Request, @Res() res: Response): void {
    this.contentOriginOnly(req);
    res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.status(200).end(BRIDGE_JS);
  }

  /** FIT's own origin never registers the content service worker: it is the content origin's alone. */
  private contentOriginOnly(req: Request): void {
    if (!onContentOrigin(req, this.config.cmi5ContentOrigin)) throw notFound('This address (the cmi5 content origin only)');
  }
}
