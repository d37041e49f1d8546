// FIT as the cmi5 LMS: launches AUs (registration, session, one-time fetch token, LMS.LaunchData, launched
// statement), hands the AU its xAPI credential once, waives AUs, abandons sessions, and evaluates moveOn into the
// course's satisfied statement and the FIT module's completion (which feeds the ULO evidence like FIT's own modules).
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FIT_ACCOUNT_HOMEPAGE, moduleVersionActivity } from '@fit/shared';
import { DataSource, IsNull } from 'typeorm';
import { z } from 'zod';
import { APP_CONFIG } from '../../common/config.token.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput, conflict, notFound } from '../../common/errors/domain-error.js';
import type { AppConfig } from '../../config/config.js';
import { StatementIngestService } from '../learning-records/statement-ingest.service.js';
import { XapiCredentialsService } from '../learning-records/xapi-credentials.service.js';
import { agentIfi, checkAgent } from '../xapi-documents/document-params.js';
import { XapiDocumentsService } from '../xapi-documents/xapi-documents.service.js';
import { Cmi5CoursesService } from './cmi5-courses.service.js';
import { abandonedStatement, blockSatisfiedStatement, contextTemplate, courseSatisfiedStatement, launchedStatement, waivedStatement, type StatementFrame } from './cmi5-statements.js';
import { CMI5_EXTENSIONS, CMI5_VERBS, LAUNCH_MODES, fitBlockActivity, fitCourseActivity, type LaunchMode } from './cmi5-vocabulary.js';
import { Cmi5AuResultEntity, Cmi5CourseEntity, Cmi5RegistrationEntity, Cmi5SessionEntity } from './cmi5.entities.js';
import { packagePath, type AssignableUnit } from './course-structure.js';
import { moveOnMet } from './move-on.js';
import { queryExists } from '../../common/sql.js';
import { required } from '../../common/required.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const launchInput = z.object({
  auIndex: z.number().int().min(0),
  actor: z.unknown(),
  registration: z.string().regex(UUID, 'must be a UUID').optional(),
  launchMode: z.enum(LAUNCH_MODES).default('Normal'),
});
const waiveInput = z.object({ auIndex: z.number().int().min(0), reason: z.string().trim().min(1).max(500) });

export interface LaunchAnswer {
  url: string;
  registration: string;
  sessionId: string;
}

export interface PlayableAu {
  auIndex: number;
  title: Record<string, string>;
  launchMethod: AssignableUnit['launchMethod'];
  reach: 'package' | 'web';
}

const isAbsoluteUrl = (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url);

export type FetchAnswer = { 'auth-token': string } | { 'error-code': '1' | '2' | '3'; 'error-text': string };

export interface RegistrationStatus {
  registration: string;
  satisfied: boolean;
  aus: { auIndex: number; completed: boolean; passed: boolean; waived: boolean; satisfied: boolean }[];
}

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw badInput(result.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; '));
  return result.data;
}

@Injectable()
export class Cmi5SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly courses: Cmi5CoursesService,
    private readonly documents: XapiDocumentsService,
    private readonly ingest: StatementIngestService,
    private readonly credentials: XapiCredentialsService,
  ) {}

  /** `origin`: FIT's own origin as the caller reached it (endpoint and fetch URL are built on it). */
  async launch(viewer: Viewer, courseId: string, body: unknown, origin: string): Promise<LaunchAnswer> {
    const input = parse(launchInput, body);
    const course = await this.courses.course(viewer.organisationId, courseId);
    const actor = checkAgent(input.actor, 'actor') as Record<string, unknown>;
    // cmi5 9.2: the actor of cmi5 statements is an Agent with an account.
    if (!actor.account) throw badInput('actor: cmi5 launches an Agent identified by an account (homePage and name).');
    if (!course.structure.aus[input.auIndex]) throw badInput(`auIndex: the course has ${course.structure.aus.length} AUs (0 to ${course.structure.aus.length - 1}).`);
    const registration = await this.registration(course, actor, input.registration);
    return this.start(course, registration, input.auIndex, input.launchMode, origin);
  }

  /** The course a module version plays, for anyone of its organisation (the player shows its AUs). */
  async courseOfVersion(viewer: Viewer, versionId: string): Promise<{ courseId: string; aus: PlayableAu[] }> {
    const course = await this.courseByVersion(viewer, versionId);
    return {
      courseId: course.id,
      // `reach`: whether the AU's files are in the package FIT keeps ("package") or on another web server ("web"):
      // only the first kind can ever be copied onto a tablet.
      aus: course.structure.aus.map((au, auIndex) => ({ auIndex, title: au.title, launchMethod: au.launchMethod, reach: isAbsoluteUrl(au.url) ? 'web' : 'package' })),
    };
  }

  /** A learner plays an AU of the module for themself: their FIT account, their open registration or a new one. */
  async play(viewer: Viewer, versionId: string, body: unknown, origin: string): Promise<LaunchAnswer> {
    const { auIndex } = parse(z.object({ auIndex: z.number().int().min(0) }), body);
    const course = await this.courseByVersion(viewer, versionId);
    const actor = { objectType: 'Agent' as const, account: { homePage: FIT_ACCOUNT_HOMEPAGE, name: viewer.userId } };
    const open = await this.dataSource.getRepository(Cmi5RegistrationEntity).findOne({
      where: { courseId: course.id, actorIfi: agentIfi(actor), satisfiedAt: IsNull() },
      order: { createdAt: 'DESC' },
    });
    return this.start(course, open ?? (await this.registration(course, actor, undefined)), auIndex, 'Normal', origin);
  }

  private async courseByVersion(viewer: Viewer, versionId: string): Promise<Cmi5CourseEntity> {
    const rows = UUID.test(versionId)
      ? await this.dataSource.query<{ id: string }[]>(
          `select c.id from cmi5_courses c join module_versions v on v.module_id = c.module_id where v.id = $1 and c.organisation_id = $2`,
          [versionId, viewer.organisationId],
        )
      : [];
    const [row] = rows;
    if (!row) throw notFound('A cmi5 course for this module version');
    return this.courses.course(viewer.organisationId, row.id);
  }

  private async start(course: Cmi5CourseEntity, registration: Cmi5RegistrationEntity, auIndex: number, launchMode: LaunchMode, origin: string): Promise<LaunchAnswer> {
    const au = course.structure.aus[auIndex];
    if (!au) throw badInput(`auIndex: the course has ${course.structure.aus.length} AUs (0 to ${course.structure.aus.length - 1}).`);
    await this.closeOpenSessions(course, registration.id);
    const actor = registration.actor;
    const input = { auIndex, launchMode };

    const token = randomBytes(24).toString('base64url');
    const session = await this.dataSource.getRepository(Cmi5SessionEntity).save({
      registrationId: registration.id,
      auIndex: input.auIndex,
      launchMode: input.launchMode,
      fetchTokenHash: sha256(token),
    });
    const frame = this.frame(course, registration, session.id);
    const launchUrl = this.auUrl(course, au, origin);
    // cmi5 10.0: the LaunchData document is written before the AU is launched.
    await this.documents.put(
      { organisationId: course.organisationId, kind: 'state', activityId: au.id, agentIfi: registration.actorIfi, registration: registration.id, documentId: 'LMS.LaunchData' },
      {
        contentType: 'application/json',
        content: Buffer.from(
          JSON.stringify({
            contextTemplate: contextTemplate(frame),
            launchMode: input.launchMode,
            moveOn: au.moveOn,
            ...(au.masteryScore !== undefined ? { masteryScore: au.masteryScore } : {}),
            ...(au.launchParameters !== undefined ? { launchParameters: au.launchParameters } : {}),
            ...(au.entitlementKey !== undefined ? { entitlementKey: { courseStructure: au.entitlementKey } } : {}),
          }),
        ),
      },
      {},
      false,
    );
    await this.state([launchedStatement(frame, au.id, { launchMode: input.launchMode, moveOn: au.moveOn, launchUrl, masteryScore: au.masteryScore, launchParameters: au.launchParameters })], course.organisationId);

    const url = new URL(launchUrl);
    url.searchParams.set('endpoint', `${origin}/xapi/`);
    url.searchParams.set('fetch', `${origin}/cmi5/fetch/${session.id}?token=${token}`);
    url.searchParams.set('actor', JSON.stringify(actor));
    url.searchParams.set('registration', registration.id);
    url.searchParams.set('activityId', au.id);
    return { url: url.toString(), registration: registration.id, sessionId: session.id };
  }

  /** The fetch URL (cmi5 8.2): the first POST gets the AU's credential; any later one the error "1". Always 200. */
  async fetch(sessionId: string, token: string | undefined): Promise<FetchAnswer> {
    const sessions = this.dataSource.getRepository(Cmi5SessionEntity);
    const session = UUID.test(sessionId) ? await sessions.findOneBy({ id: sessionId }) : null;
    if (!session || !token || session.fetchTokenHash !== sha256(token)) return { 'error-code': '2', 'error-text': 'This fetch URL is not valid.' };
    if (session.terminatedAt || session.abandonedAt) return { 'error-code': '1', 'error-text': 'This AU session has ended.' };
    // One winner even when two requests race: only the update that finds fetch_used_at empty hands out a token.
    const claimed = await sessions.update({ id: session.id, fetchUsedAt: IsNull() }, { fetchUsedAt: new Date() });
    if (!claimed.affected) return { 'error-code': '1', 'error-text': 'The authorization token has already been returned.' };
    const registration = await this.dataSource.getRepository(Cmi5RegistrationEntity).findOneByOrFail({ id: session.registrationId });
    const issued = await this.credentials.issue(registration.organisationId, `cmi5 session ${session.id}`);
    await sessions.update({ id: session.id }, { credentialKey: issued.key });
    return { 'auth-token': Buffer.from(`${issued.key}:${issued.secret}`).toString('base64') };
  }

  async waive(viewer: Viewer, registrationId: string, body: unknown): Promise<void> {
    const input = parse(waiveInput, body);
    const { course, registration } = await this.ownRegistration(viewer, registrationId);
    const au = course.structure.aus[input.auIndex];
    if (!au) throw badInput(`auIndex: the course has ${course.structure.aus.length} AUs.`);
    const results = this.dataSource.getRepository(Cmi5AuResultEntity);
    await results.upsert({ registrationId: registration.id, auIndex: input.auIndex }, { conflictPaths: ['registrationId', 'auIndex'], skipUpdateIfNoValuesChanged: true });
    // cmi5 9.3.7: at most one waived statement per registration and AU.
    const claimed = await results.update({ registrationId: registration.id, auIndex: input.auIndex, waivedAt: IsNull() }, { waivedAt: new Date(), waiveReason: input.reason });
    if (!claimed.affected) throw conflict('This AU is already waived in this registration.');
    // The specification wants a session id of its own for the waiver.
    const frame = this.frame(course, registration, randomUUID());
    await this.state([waivedStatement(frame, au.id, input.reason)], course.organisationId);
    await this.evaluate(course, registration, frame.sessionId);
  }

  async abandon(viewer: Viewer, sessionId: string): Promise<void> {
    const session = UUID.test(sessionId) ? await this.dataSource.getRepository(Cmi5SessionEntity).findOneBy({ id: sessionId }) : null;
    if (!session) throw notFound('This AU session');
    const { course, registration } = await this.ownRegistration(viewer, session.registrationId, 'This AU session');
    if (!(await this.abandonSession(course, registration, session))) throw conflict('This AU session has already ended.');
  }

  async status(viewer: Viewer, registrationId: string): Promise<RegistrationStatus> {
    const { course, registration } = await this.ownRegistration(viewer, registrationId);
    return this.evaluate(course, registration);
  }

  /**
   * Ends what the AUs left open: a session whose AU sent "terminated" is closed (its credential revoked); one silent
   * for longer than the timeout is abandoned. Then the registrations touched are evaluated. Run every minute.
   */
  async sweep(now = new Date()): Promise<void> {
    // A session prepared for offline play counts once its first statement arrived (the tablet launched it).
    const open = await this.dataSource
      .getRepository(Cmi5SessionEntity)
      .createQueryBuilder('s')
      .where('s.terminated_at is null and s.abandoned_at is null')
      .andWhere(`(s.prepared_offline_at is null or exists (select 1 from xapi_statements x where x.registration = s.registration_id and x.statement->'context'->'extensions'->>:ext = s.id::text))`, { ext: CMI5_EXTENSIONS.sessionId })
      .orderBy('s.launched_at', 'ASC')
      .take(500)
      .getMany();
    const timeoutMs = this.config.cmi5SessionTimeoutMinutes * 60_000;
    for (const session of open) {
      const registration = await this.dataSource.getRepository(Cmi5RegistrationEntity).findOneByOrFail({ id: session.registrationId });
      const course = await this.dataSource.getRepository(Cmi5CourseEntity).findOneByOrFail({ id: registration.courseId });
      const activity = await this.sessionActivity(registration, session.id);
      if (activity.terminated) {
        await this.endSession(session, { terminatedAt: now });
        await this.evaluate(course, registration, session.id);
      } else if (now.getTime() - (activity.last ?? session.launchedAt).getTime() > timeoutMs) {
        await this.abandonSession(course, registration, session, now);
      } else {
        await this.evaluate(course, registration, session.id);
      }
    }
  }

  /** Folds the AU's completed/passed statements into its results, then issues what newly became satisfied. */
  async evaluate(course: Cmi5CourseEntity, registration: Cmi5RegistrationEntity, sessionId?: string): Promise<RegistrationStatus> {
    const rows = await this.dataSource.query<{ object_id: string; verb_id: string; scaled: string | null; at: Date }[]>(
      `select object_id, verb_id, statement->'result'->'score'->>'scaled' as scaled, min(timestamp) as at
         from xapi_statements
        where organisation_id = $1 and registration = $2 and actor_ifi = $3 and not voided and verb_id = any($4)
        group by object_id, verb_id, statement->'result'->'score'->>'scaled'`,
      [course.organisationId, registration.id, registration.actorIfi, [CMI5_VERBS.completed, CMI5_VERBS.passed]],
    );
    const results = this.dataSource.getRepository(Cmi5AuResultEntity);
    const stored = new Map((await results.findBy({ registrationId: registration.id })).map((row) => [row.auIndex, row]));
    const aus: RegistrationStatus['aus'] = [];
    for (const [auIndex, au] of course.structure.aus.entries()) {
      const mine = rows.filter((row) => row.object_id === au.id);
      const completedAt = earliest(mine.filter((row) => row.verb_id === CMI5_VERBS.completed));
      // A pass counts only when its score (if any) reaches the mastery score the AU was launched with.
      const passedAt = earliest(mine.filter((row) => row.verb_id === CMI5_VERBS.passed && (au.masteryScore === undefined || row.scaled === null || Number(row.scaled) >= au.masteryScore)));
      const before = stored.get(auIndex);
      const progress = { completed: Boolean(completedAt), passed: Boolean(passedAt), waived: Boolean(before?.waivedAt) };
      const satisfied = moveOnMet(au.moveOn, progress);
      if (completedAt || passedAt || (satisfied && !before?.satisfiedAt && au.moveOn !== 'NotApplicable')) {
        await results.upsert(
          { registrationId: registration.id, auIndex, completedAt: completedAt ?? null, passedAt: passedAt ?? null, satisfiedAt: before?.satisfiedAt ?? (satisfied ? new Date() : null), waivedAt: before?.waivedAt ?? null, waiveReason: before?.waiveReason ?? null },
          ['registrationId', 'auIndex'],
        );
      }
      aus.push({ auIndex, ...progress, satisfied });
    }
    await this.blocksSatisfied(course, registration, aus, sessionId);
    const satisfied = aus.every((au) => au.satisfied);
    if (satisfied && !registration.satisfiedAt) await this.courseSatisfied(course, registration, sessionId ?? randomUUID());
    return { registration: registration.id, satisfied, aus };
  }

  /** cmi5 9.3.9: a block whose AUs all met moveOn gets its satisfied statement, once per registration. */
  private async blocksSatisfied(course: Cmi5CourseEntity, registration: Cmi5RegistrationEntity, aus: RegistrationStatus['aus'], sessionId: string | undefined) {
    for (const [blockIndex, block] of course.structure.blocks.entries()) {
      if (registration.satisfiedBlocks.includes(blockIndex) || !block.auIndexes.every((index) => aus[index]?.satisfied)) continue;
      const claimed = await this.dataSource.query<unknown[]>(
        `with claimed as (update cmi5_registrations set satisfied_blocks = satisfied_blocks || $2::jsonb where id = $1 and not satisfied_blocks @> $2::jsonb returning id) select id from claimed`,
        [registration.id, JSON.stringify([blockIndex])],
      );
      registration.satisfiedBlocks = [...registration.satisfiedBlocks, blockIndex];
      if (!claimed.length) continue;
      await this.state([blockSatisfiedStatement(this.frame(course, registration, sessionId ?? randomUUID()), fitBlockActivity(course.id, blockIndex))], course.organisationId);
    }
  }

  private async courseSatisfied(course: Cmi5CourseEntity, registration: Cmi5RegistrationEntity, sessionId: string) {
    const now = new Date();
    // Once per registration (cmi5 9.3.9), whoever evaluates first.
    const claimed = await this.dataSource.getRepository(Cmi5RegistrationEntity).update({ id: registration.id, satisfiedAt: IsNull() }, { satisfiedAt: now });
    if (!claimed.affected) return;
    registration.satisfiedAt = now;
    const statements = [courseSatisfiedStatement(this.frame(course, registration, sessionId), fitCourseActivity(course.id))];
    const learner = await this.fitLearner(registration);
    const versionId = await this.publishedVersion(course.moduleId);
    if (learner && versionId) {
      // The same record FIT's own player makes when a module is done: it counts toward the module's ULOs.
      statements.push({
        id: randomUUID(),
        actor: { objectType: 'Agent', account: { homePage: FIT_ACCOUNT_HOMEPAGE, name: learner } },
        verb: { id: CMI5_VERBS.completed },
        object: { objectType: 'Activity', id: moduleVersionActivity(versionId) },
        result: { completion: true, success: true },
        context: { registration: registration.id, contextActivities: { other: [{ objectType: 'Activity', id: fitCourseActivity(course.id) }] } },
        timestamp: now.toISOString(),
      });
    }
    await this.state(statements, course.organisationId);
  }

  private async abandonSession(course: Cmi5CourseEntity, registration: Cmi5RegistrationEntity, session: Cmi5SessionEntity, now = new Date()): Promise<boolean> {
    const ended = await this.dataSource
      .getRepository(Cmi5SessionEntity)
      .update({ id: session.id, terminatedAt: IsNull(), abandonedAt: IsNull() }, { abandonedAt: now });
    if (!ended.affected) return false;
    await this.revoke(session.credentialKey);
    const au = required(course.structure.aus[session.auIndex], `AU ${session.auIndex} of course ${course.id}`);
    const seconds = (now.getTime() - session.launchedAt.getTime()) / 1000;
    await this.state([abandonedStatement(this.frame(course, registration, session.id), au.id, seconds)], course.organisationId);
    await this.evaluate(course, registration, session.id);
    return true;
  }

  /** A new launch in the registration ends the sessions left open: terminated if the AU said so, else abandoned. */
  private async closeOpenSessions(course: Cmi5CourseEntity, registrationId: string) {
    const registration = await this.dataSource.getRepository(Cmi5RegistrationEntity).findOneByOrFail({ id: registrationId });
    const open = await this.dataSource.getRepository(Cmi5SessionEntity).findBy({ registrationId, terminatedAt: IsNull(), abandonedAt: IsNull() });
    for (const session of open) {
      const activity = await this.sessionActivity(registration, session.id);
      // A session prepared for a tablet and not played yet was never launched: it stays for the tablet.
      if (session.preparedOfflineAt && !activity.last) continue;
      if (activity.terminated) await this.endSession(session, { terminatedAt: new Date() });
      else await this.abandonSession(course, registration, session);
    }
  }

  private async endSession(session: Cmi5SessionEntity, change: { terminatedAt: Date }) {
    await this.dataSource.getRepository(Cmi5SessionEntity).update({ id: session.id }, change);
    await this.revoke(session.credentialKey);
  }

  private async sessionActivity(registration: Cmi5RegistrationEntity, sessionId: string): Promise<{ terminated: boolean; last?: Date }> {
    const [row] = await this.dataSource.query<{ last: Date | null; terminated: boolean }[]>(
      `select max(stored) as last, coalesce(bool_or(verb_id = $3), false) as terminated
         from xapi_statements
        where organisation_id = $1 and registration = $2 and statement->'context'->'extensions'->>'https://w3id.org/xapi/cmi5/context/extensions/sessionid' = $4`,
      [registration.organisationId, registration.id, CMI5_VERBS.terminated, sessionId],
    );
    return { terminated: row?.terminated ?? false, last: row?.last ?? undefined };
  }

  private async revoke(key: string | null) {
    // After the session, the AU's credential writes nothing more (cmi5 9.3.6 and 9.3.8).
    if (key) await this.dataSource.query('update xapi_credentials set revoked_at = now() where key = $1 and revoked_at is null', [key]);
  }

  private async registration(course: Cmi5CourseEntity, actor: Record<string, unknown>, wanted: string | undefined): Promise<Cmi5RegistrationEntity> {
    const registrations = this.dataSource.getRepository(Cmi5RegistrationEntity);
    const ifi = agentIfi(actor);
    if (wanted) {
      const found = await registrations.findOneBy({ id: wanted.toLowerCase() });
      if (found) {
        if (found.courseId !== course.id || found.actorIfi !== ifi) throw badInput('registration: this registration is for another course or learner.');
        return found;
      }
    }
    return registrations.save({ id: (wanted ?? randomUUID()).toLowerCase(), courseId: course.id, organisationId: course.organisationId, actor, actorIfi: ifi });
  }

  private async ownRegistration(viewer: Viewer, registrationId: string, what = 'This registration') {
    const registration = UUID.test(registrationId) ? await this.dataSource.getRepository(Cmi5RegistrationEntity).findOneBy({ id: registrationId.toLowerCase(), organisationId: viewer.organisationId }) : null;
    if (!registration) throw notFound(what);
    const course = await this.courses.course(viewer.organisationId, registration.courseId);
    return { course, registration };
  }

  private frame(course: Cmi5CourseEntity, registration: Cmi5RegistrationEntity, sessionId: string): StatementFrame {
    return { actor: registration.actor, registration: registration.id, sessionId, publisherId: course.structure.id };
  }

  /** Where the AU's files are served: CMI5_CONTENT_ORIGIN when set, else `origin` (FIT's own, in a sandbox). */
  auUrl(course: Cmi5CourseEntity, au: AssignableUnit, origin: string): string {
    if (isAbsoluteUrl(au.url)) return au.url;
    const base = this.config.cmi5ContentOrigin ?? origin;
    const query = au.url.includes('?') ? au.url.slice(au.url.indexOf('?')) : '';
    const path = packagePath(au.url)!.split('/').map(encodeURIComponent).join('/');
    return `${base}/cmi5/content/${course.id}/${path}${query.split('#')[0]}`;
  }

  /** The learner's FIT user id when the actor is a FIT account of a current member of the course's organisation. */
  private async fitLearner(registration: Cmi5RegistrationEntity): Promise<string | undefined> {
    const account = registration.actor.account as { homePage?: string; name?: string } | undefined;
    if (account?.homePage !== FIT_ACCOUNT_HOMEPAGE || !account.name || !UUID.test(account.name)) return undefined;
    const member = await queryExists(this.dataSource, 'select 1 from memberships where user_id = $1 and organisation_id = $2', [account.name, registration.organisationId]);
    return member ? account.name.toLowerCase() : undefined;
  }

  private async publishedVersion(moduleId: string): Promise<string | undefined> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `select id from module_versions where module_id = $1 and status = 'published' order by version desc limit 1`,
      [moduleId],
    );
    return rows[0]?.id;
  }

  /** States as the organisation's LMS, through the ledger's one door (its validation and trust rules). */
  private async state(statements: Record<string, unknown>[], organisationId: string) {
    await this.ingest.ingest(statements, { principal: { kind: 'client', organisationId }, source: 'xapi' });
  }
}

function earliest(rows: { at: Date }[]): Date | undefined {
  return rows.reduce<Date | undefined>((min, row) => (!min || row.at < min ? row.at : min), undefined);
}
