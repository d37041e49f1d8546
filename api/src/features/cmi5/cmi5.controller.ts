// The cmi5 LMS routes staff use: import a course, launch an AU for a learner, waive an AU, abandon a session, and
// see a registration's moveOn status. Staff = trainer or admin of the course's organisation. Also the learner's play
// routes and the site tablet's prepared launches for offline play.
import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { Public, Roles } from '../../common/auth/policy.decorators.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput, DomainError } from '../../common/errors/domain-error.js';
import { readBody } from '../../common/http/read-body.js';
import { COURSE_LIMITS } from './course-package.js';
import { Cmi5CoursesService } from './cmi5-courses.service.js';
import { Cmi5OfflineService, type OfflinePlan } from './cmi5-offline.service.js';
import { deviceToken } from '../tablets/device-token.js';
import { Cmi5SessionsService, type LaunchAnswer, type RegistrationStatus } from './cmi5-sessions.service.js';

const ZIP_TYPES = ['application/zip', 'application/x-zip-compressed'];
const XML_TYPES = ['text/xml', 'application/xml'];
const JSON_TYPE = 'application/json';

/** FIT's origin as the caller reached it: the AU's endpoint and fetch URL point back to it. */
export const requestOrigin = (req: Request) => `${req.protocol}://${req.get('host')}`;

@Roles('trainer', 'admin')
@Controller('cmi5')
export class Cmi5Controller {
  constructor(
    private readonly courses: Cmi5CoursesService,
    private readonly sessions: Cmi5SessionsService,
  ) {}

  /**
   * `POST /cmi5/courses?name=…` with a zip (application/zip), a bare cmi5.xml (text/xml), or `{"url"}` (JSON): the
   * web folder of a course published on a web server, whose cmi5.xml FIT fetches.
   */
  @Post('courses')
  async import(@CurrentViewer() viewer: Viewer, @Query('name') name: unknown, @Req() req: Request): Promise<{ courseId: string; moduleId: string }> {
    if (typeof name !== 'string' || !name.trim()) throw badInput('Give the course a name: POST /cmi5/courses?name=…', { problems: ['name is missing'] });
    const type = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase() ?? '';
    if (type === JSON_TYPE) return this.courses.importFolder(viewer, name.trim(), req.body);
    if (!ZIP_TYPES.includes(type) && !XML_TYPES.includes(type)) {
      throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'Send the course as application/zip, a bare cmi5.xml as text/xml, or {"url"} of its web folder as application/json.');
    }
    const bytes = await readBody(req, COURSE_LIMITS.maxPackageBytes, 'course package');
    const upload = ZIP_TYPES.includes(type) ? { kind: 'zip' as const, bytes } : { kind: 'xml' as const, text: bytes.toString('utf8') };
    return this.courses.import(viewer, name.trim(), upload);
  }

  @Post('courses/:courseId/launch')
  @HttpCode(200)
  launch(@CurrentViewer() viewer: Viewer, @Param('courseId') courseId: string, @Body() body: unknown, @Req() req: Request): Promise<LaunchAnswer> {
    return this.sessions.launch(viewer, courseId, body, requestOrigin(req));
  }

  @Post('registrations/:registration/waive')
  @HttpCode(204)
  waive(@CurrentViewer() viewer: Viewer, @Param('registration') registration: string, @Body() body: unknown): Promise<void> {
    return this.sessions.waive(viewer, registration, body);
  }

  @Get('registrations/:registration')
  status(@CurrentViewer() viewer: Viewer, @Param('registration') registration: string): Promise<RegistrationStatus> {
    return this.sessions.status(viewer, registration);
  }

  @Post('sessions/:sessionId/abandon')
  @HttpCode(204)
  abandon(@CurrentViewer() viewer: Viewer, @Param('sessionId') sessionId: string): Promise<void> {
    return this.sessions.abandon(viewer, sessionId);
  }
}

/** The learner's side: the player lists a cmi5 module's AUs and launches one for whoever is signed in. */
@Roles('worker', 'trainer', 'manager', 'admin')
@Controller('cmi5/versions')
export class Cmi5PlayController {
  constructor(private readonly sessions: Cmi5SessionsService) {}

  @Get(':versionId')
  course(@CurrentViewer() viewer: Viewer, @Param('versionId') versionId: string) {
    return this.sessions.courseOfVersion(viewer, versionId);
  }

  @Post(':versionId/play')
  @HttpCode(200)
  play(@CurrentViewer() viewer: Viewer, @Param('versionId') versionId: string, @Body() body: unknown, @Req() req: Request): Promise<LaunchAnswer> {
    return this.sessions.play(viewer, versionId, body, requestOrigin(req));
  }
}

/**
 * The site tablet's side (its X-Device-Token is the credential, as for the site pack): prepared launches of its crew's
 * assigned cmi5 courses, for offline play. Only the tablet's own organisation and site.
 */
@Controller('cmi5/offline-launches')
export class Cmi5OfflineController {
  constructor(private readonly offline: Cmi5OfflineService) {}

  @Public()
  @Post()
  @HttpCode(200)
  async prepare(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<OfflinePlan> {
    res.setHeader('Cache-Control', 'private, no-store');
    return this.offline.prepare(deviceToken(req));
  }
}
