// Offline play of cmi5 courses on a site tablet: while online, the tablet asks for a prepared launch of each AU it can
// play offline (AnyWindow, files in the package) for each crew member the course is assigned to. A prepared launch
// is a cmi5 session of the worker's open registration whose fetch URL never answers (offline, the content origin's
// service worker stands in for the LMS and the AU never holds a server credential), its LMS.LaunchData, its
// "launched" statement (stamped by the tablet when the worker opens the AU) and what the registration already holds
// about the AU (so the AU's "completed once" checks hold offline). The tablet queues the AU's statements in the
// worker's outbox; they sync with the worker's own token.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FIT_ACCOUNT_HOMEPAGE } from '@fit/shared';
import { DataSource, IsNull } from 'typeorm';
import { APP_CONFIG } from '../../common/config.token.js';
import { queryRows } from '../../common/sql.js';
import type { AppConfig } from '../../config/config.js';
import { TabletsService } from '../tablets/tablets.service.js';
import { agentIfi } from '../xapi-documents/document-params.js';
import { Cmi5SessionsService, type PlayableAu } from './cmi5-sessions.service.js';
import { contextTemplate, launchedStatement } from './cmi5-statements.js';
import { CMI5_EXTENSIONS, CMI5_VERBS } from './cmi5-vocabulary.js';
import { Cmi5CourseEntity, Cmi5CourseFileEntity, Cmi5RegistrationEntity, Cmi5SessionEntity } from './cmi5.entities.js';
import type { AssignableUnit } from './course-structure.js';

const isAbsoluteUrl = (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url);

/** Whether an AU can play offline: in a frame of the player, with its files in the package FIT keeps. */
export const playableOffline = (au: AssignableUnit) => au.launchMethod === 'AnyWindow' && !isAbsoluteUrl(au.url);

export interface OfflineLaunch {
  workerId: string;
  versionId: string;
  courseId: string;
  auIndex: number;
  sessionId: string;
  registration: string;
  actor: Record<string, unknown>;
  activityId: string;
  /** The AU's URL on the content origin, without the launch parameters (the tablet adds its offline ones). */
  url: string;
  launchData: Record<string, unknown>;
  /** The LMS's "launched" statement, its timestamp set by the tablet when the worker opens the AU. */
  launched: Record<string, unknown>;
  /** The registration's completed/passed/failed statements about the AU, for the AU's own checks offline. */
  held: Record<string, unknown>[];
}

export interface OfflineCourse {
  courseId: string;
  versionIds: string[];
  /** Paths of the course's files on the content origin, for the tablet to keep in the content origin's cache. */
  files: string[];
  /** The course's AUs as the player lists them (as `GET /cmi5/versions/:id` answers), for the tablet offline. */
  aus: PlayableAu[];
}

export interface OfflinePlan {
  /** null when CMI5_CONTENT_ORIGIN is not set: then no course can play offline (see the README). */
  contentOrigin: string | null;
  courses: OfflineCourse[];
  launches: OfflineLaunch[];
}

@Injectable()
export class Cmi5OfflineService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tablets: TabletsService,
    private readonly sessions: Cmi5SessionsService,
  ) {}

  /** For the tablet's site pack: its crew's assigned cmi5 courses and one prepared launch per worker and AU. */
  async prepare(deviceToken: string | undefined): Promise<OfflinePlan> {
    const tablet = await this.tablets.authenticate(deviceToken);
    const contentOrigin = this.config.cmi5ContentOrigin;
    if (!contentOrigin) return { contentOrigin: null, courses: [], launches: [] };
    const rows = await queryRows<{ worker_id: string; version_id: string; course_id: string }>(
      this.dataSource,
      `select distinct a.worker_id, a.module_version_id as version_id, c.id as course_id
         from assignments a
         join site_members sm on sm.user_id = a.worker_id and sm.site_id = $2
         join memberships m on m.user_id = a.worker_id and m.organisation_id = $1 and m.role = 'worker' and m.deactivated_at is null
         join module_versions v on v.id = a.module_version_id and v.organisation_id = $1 and v.status = 'published'
         join cmi5_courses c on c.module_id = v.module_id and c.organisation_id = $1
        where a.organisation_id = $1 and a.state = 'open'
        order by a.worker_id, a.module_version_id`,
      [tablet.organisationId, tablet.siteId],
    );
    const courses = new Map<string, OfflineCourse>();
    const launches: OfflineLaunch[] = [];
    for (const row of rows) {
      const course = await this.dataSource.getRepository(Cmi5CourseEntity).findOneByOrFail({ id: row.course_id });
      const playable = course.structure.aus.map((au, auIndex) => ({ au, auIndex })).filter(({ au }) => playableOffline(au));
      if (!playable.length) continue;
      const known = courses.get(course.id);
      if (known) {
        if (!known.versionIds.includes(row.version_id)) known.versionIds.push(row.version_id);
      } else {
        const files = await this.dataSource.getRepository(Cmi5CourseFileEntity).find({ where: { courseId: course.id }, select: { path: true }, order: { path: 'ASC' } });
        courses.set(course.id, {
          courseId: course.id,
          versionIds: [row.version_id],
          files: files.map((f) => `/cmi5/content/${course.id}/${f.path.split('/').map(encodeURIComponent).join('/')}`),
          aus: course.structure.aus.map((au, auIndex) => ({ auIndex, title: au.title, launchMethod: au.launchMethod, reach: isAbsoluteUrl(au.url) ? 'web' : 'package' })),
        });
      }
      const registration = await this.openRegistration(course, row.worker_id);
      for (const { au, auIndex } of playable) {
        launches.push(await this.launch(course, registration, au, auIndex, row, contentOrigin));
      }
    }
    return { contentOrigin, courses: [...courses.values()], launches };
  }

  /** The worker's open registration of the course (as when they play online), or a new one. */
  private async openRegistration(course: Cmi5CourseEntity, workerId: string): Promise<Cmi5RegistrationEntity> {
    const registrations = this.dataSource.getRepository(Cmi5RegistrationEntity);
    const actor = { objectType: 'Agent' as const, account: { homePage: FIT_ACCOUNT_HOMEPAGE, name: workerId } };
    const open = await registrations.findOne({ where: { courseId: course.id, actorIfi: agentIfi(actor), satisfiedAt: IsNull() }, order: { createdAt: 'DESC' } });
    return open ?? registrations.save({ id: randomUUID(), courseId: course.id, organisationId: course.organisationId, actor, actorIfi: agentIfi(actor) });
  }

  private async launch(course: Cmi5CourseEntity, registration: Cmi5RegistrationEntity, au: AssignableUnit, auIndex: number, row: { worker_id: string; version_id: string }, contentOrigin: string): Promise<OfflineLaunch> {
    const session = await this.unplayedSession(registration, auIndex);
    const frame = { actor: registration.actor, registration: registration.id, sessionId: session.id, publisherId: course.structure.id };
    const url = this.sessions.auUrl(course, au, contentOrigin);
    const held = await queryRows<{ statement: Record<string, unknown> }>(
      this.dataSource,
      `select statement from xapi_statements
        where organisation_id = $1 and registration = $2 and object_id = $3 and not voided and verb_id = any($4)
        order by stored`,
      [course.organisationId, registration.id, au.id, [CMI5_VERBS.completed, CMI5_VERBS.passed, CMI5_VERBS.failed]],
    );
    return {
      workerId: row.worker_id,
      versionId: row.version_id,
      courseId: course.id,
      auIndex,
      sessionId: session.id,
      registration: registration.id,
      actor: registration.actor,
      activityId: au.id,
      url,
      launchData: {
        contextTemplate: contextTemplate(frame),
        launchMode: 'Normal',
        moveOn: au.moveOn,
        ...(au.masteryScore !== undefined ? { masteryScore: au.masteryScore } : {}),
        ...(au.launchParameters !== undefined ? { launchParameters: au.launchParameters } : {}),
        ...(au.entitlementKey !== undefined ? { entitlementKey: { courseStructure: au.entitlementKey } } : {}),
      },
      launched: launchedStatement(frame, au.id, { launchMode: 'Normal', moveOn: au.moveOn, launchUrl: url, masteryScore: au.masteryScore, launchParameters: au.launchParameters }),
      held: held.map((h) => h.statement),
    };
  }

  /** The session prepared earlier for this AU and not played yet (a new download asks again), else a new one. */
  private async unplayedSession(registration: Cmi5RegistrationEntity, auIndex: number): Promise<Cmi5SessionEntity> {
    const [unplayed] = await queryRows<{ id: string }>(
      this.dataSource,
      `select s.id from cmi5_sessions s
        where s.registration_id = $1 and s.au_index = $2 and s.prepared_offline_at is not null
          and s.terminated_at is null and s.abandoned_at is null
          and not exists (select 1 from xapi_statements x where x.registration = s.registration_id and x.statement->'context'->'extensions'->>$3 = s.id::text)
        order by s.prepared_offline_at desc limit 1`,
      [registration.id, auIndex, CMI5_EXTENSIONS.sessionId],
    );
    const sessions = this.dataSource.getRepository(Cmi5SessionEntity);
    if (unplayed) return sessions.findOneByOrFail({ id: unplayed.id });
    // The fetch URL of a prepared session never hands out a credential: the hash is of a token nobody keeps.
    const neverGiven = createHash('sha256').update(randomBytes(24)).digest('hex');
    return sessions.save({ registrationId: registration.id, auIndex, launchMode: 'Normal', fetchTokenHash: neverGiven, preparedOfflineAt: new Date() });
  }
}
