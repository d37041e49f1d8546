// Where workers stand against the skills framework: evidence, passports, team matrices and awards (the matrix as
// CSV is matrix-csv.service.ts).
// Awards and expiry belong to a worker, not to a site: their "today" is todayAt() in the default time zone.
import { Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  FIT_EXTENSIONS,
  FIT_VERBS,
  STAFF_ROLES,
  computePassport,
  passportUlos,
  todayAt,
  uloValidity,
  type PassportInputs,
  type UloEvidence,
  recallFreshUntil,
} from '@fit/shared';
import { isUuid } from '../../common/ids.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { notFound } from '../../common/errors/domain-error.js';
import { JobsService } from '../../common/jobs/jobs.service.js';
import { ISSUE_CREDENTIALS_JOB } from '../../common/jobs/issue-credentials-job.js';
import { FrameworkService, taskModel, type Catalogue } from './framework.service.js';
import { compileCatalogue, statusesOf, type StatusRow } from './statuses.js';
import { workerNotFound } from './qualifications.errors.js';
import type { Award, AwardEvidenceLink, MatrixEntry, MatrixUloEntry, Passport, PassportInputsModel, TeamMatrix } from './models/qualification.models.js';
import { QualificationStateEnum, UloStateEnum } from './models/qualification.models.js';
import { required } from '../../common/required.js';
import { EVIDENCE, type EvidenceRow } from './evidence.sql.js';


/** The reason an award is on hold, in the words the passport shows. */
export const holdReason = (ulos: string[]) =>
  `Awaiting validation on site: the practical step behind ${ulos.join(', ')} has not been validated by a trainer yet.`;

@Injectable()
export class QualificationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly framework: FrameworkService,
    // Absent outside the app (the demo seed, the CLI): credentials are then signed by the issuer's sweep at start.
    @Optional() private readonly jobs?: JobsService,
  ) {}

  // ---- evidence and awards ----

  async evidence(workerIds: string[], today = todayAt()): Promise<Map<string, UloEvidence[]>> {
    const rows = workerIds.length ? await this.db.query<EvidenceRow[]>(EVIDENCE, [workerIds, FIT_EXTENSIONS.learner, FIT_VERBS.validated]) : [];
    const byWorker = new Map<string, UloEvidence[]>(workerIds.map((id) => [id, []]));
    for (const { userId, rememberedAt, extendMonths, windowDays, ...e } of rows) {
      if (!rememberedAt) {
        byWorker.get(userId)?.push(e);
        continue;
      }
      const freshUntil = recallFreshUntil(rememberedAt, today, { extendMonths: extendMonths!, windowDays: windowDays! });
      if (freshUntil) byWorker.get(userId)?.push({ ulo: e.ulo, moduleId: e.moduleId, freshUntil });
    }
    return byWorker;
  }

  /** Awards every qualification the workers now meet and expires the awards past their date (call after validations or sync). */
  async refreshAwards(workerIds: string[], date = todayAt()): Promise<void> {
    if (!workerIds.length) return;
    const cat = await this.framework.catalogue();
    if (!cat) return;
    const evidence = await this.evidence(workerIds, date);
    const compiled = compileCatalogue(cat);
    await this.storeAwards(new Map([...evidence].map(([id, e]) => [id, statusesOf(cat, e, date, compiled)])), date);
  }

  private async storeAwards(statuses: Map<string, StatusRow[]>, date = todayAt()): Promise<void> {
    const workerIds = [...statuses.keys()];
    const rows = [...statuses].flatMap(([userId, list]) =>
      list
        .filter((s) => s.state === 'held' || s.state === 'expiring')
        .map((s) => ({ user_id: userId, qualification_id: s.qualificationId, awarded_at: s.achievedAt ?? date, expires_at: s.expiresAt, evidence: s.backing })),
    );
    if (!workerIds.length) return;
    await this.db.query(
      `update qualification_awards set expired_at = now()
        where user_id = any($1::uuid[]) and expired_at is null and revoked_at is null and expires_at <= $2`,
      [workerIds, date],
    );
    // A renewal before expiry moves the live award's expiry on; otherwise an award is never rewritten. Awards already
    // live and not renewed are left out before the insert: a conflict would lock (and so write) their rows for nothing.
    const made = await this.db.query<{ id: string }[]>(
      `with made as (
       insert into qualification_awards (user_id, qualification_id, awarded_at, expires_at, evidence)
       select x.user_id, x.qualification_id, x.awarded_at, x.expires_at, x.evidence
         from jsonb_to_recordset($1::jsonb) as x(user_id uuid, qualification_id uuid, awarded_at date, expires_at date, evidence jsonb)
        where not exists (select 1 from qualification_awards a
                           where a.user_id = x.user_id and a.qualification_id = x.qualification_id
                             and a.expired_at is null and a.revoked_at is null and not coalesce(a.expires_at < x.expires_at, false))
          -- A withdrawn award is not made again from the same evidence; only work done after it counts.
          and not exists (select 1 from qualification_awards r where r.user_id = x.user_id and r.qualification_id = x.qualification_id
                             and r.revoked_at is not null and r.awarded_at >= x.awarded_at)
       on conflict (user_id, qualification_id) where expired_at is null and revoked_at is null
       do update set expires_at = excluded.expires_at, evidence = excluded.evidence
        where qualification_awards.expires_at < excluded.expires_at
       returning id)
       select id from made`,
      [JSON.stringify(rows)],
    );
    await this.holdAwards(statuses);
    // New and renewed awards get their signed credential from the queue, never on this path.
    if (made.length && this.jobs) {
      await this.jobs.enqueue(ISSUE_CREDENTIALS_JOB, { awardIds: made.map((m) => m.id) });
      this.jobs.kick();
    }
  }

  /**
   * Awards are never deleted when their basis goes under a later rule: a live award whose qualification now waits for
   * a practical step's validation on site is kept and marked with the reason; the mark goes once it is held again.
   */
  private async holdAwards(statuses: Map<string, StatusRow[]>): Promise<void> {
    const marks = [...statuses].flatMap(([userId, list]) =>
      list
        .filter((s) => s.state === 'held' || s.state === 'expiring' || s.awaitingUlos.length)
        .map((s) => ({ user_id: userId, qualification_id: s.qualificationId, reason: s.state === 'held' || s.state === 'expiring' ? null : holdReason(s.awaitingUlos) })),
    );
    if (!marks.length) return;
    await this.db.query(
      `update qualification_awards a
          set on_hold_reason = x.reason, on_hold_since = case when x.reason is null then null else coalesce(a.on_hold_since, now()) end
         from jsonb_to_recordset($1::jsonb) as x(user_id uuid, qualification_id uuid, reason text)
        where a.user_id = x.user_id and a.qualification_id = x.qualification_id and a.expired_at is null and a.revoked_at is null
          and a.on_hold_reason is distinct from x.reason`,
      [JSON.stringify(marks)],
    );
  }

  /** Marks expired every award whose date has passed (the daily run). */
  async expireAwards(date = todayAt()): Promise<number> {
    const [, count] = await this.db.query<[unknown[], number]>(
      'update qualification_awards set expired_at = now() where expired_at is null and revoked_at is null and expires_at <= $1',
      [date],
    );
    return count;
  }

  // ---- views ----

  async passport(viewer: Viewer, workerId?: string | null): Promise<Passport> {
    const person = await this.checkedWorker(viewer, workerId);
    const target = person.id;
    const base = { workerId: target, displayName: person.displayName };
    const inputs = await this.inputs(viewer, target);
    if (!inputs.catalogue) return { ...base, ulos: [], qualifications: [], recognitions: [], tasks: [], awards: [] };
    const date = todayAt();
    // The same function the tablet runs on its cached inputs when offline; its statuses are the awards' too.
    const view = computePassport(inputs, date);
    // Statuses come in the catalogue's order, which gives each its qualification's row id.
    const ids = inputs.catalogue.schemes.flatMap((s) => s.qualifications.map((q) => q.id));
    await this.storeAwards(new Map([[target, view.qualifications.map((s, i) => ({ ...s, qualificationId: required(ids[i], 'a catalogue qualification for each status') }))]]));
    const qualifications = view.qualifications.map((s) => ({
      scheme: s.scheme,
      code: s.qualification,
      title: s.title.en,
      state: s.state as QualificationStateEnum,
      percent: s.percent,
      achievedAt: s.achievedAt,
      expiresAt: s.expiresAt,
      missingUlos: s.missingUlos,
      nextModules: s.nextModules,
    }));
    const ulos = view.ulos.map((u) => ({
      code: u.code,
      title: u.title.en,
      titleFr: u.title.fr ?? null,
      eqfLevel: u.eqfLevel,
      knowledge: u.knowledge,
      skills: u.skills,
      autonomy: u.autonomy,
      state: u.state as UloStateEnum,
      achievedAt: u.achievedAt,
      expiresAt: u.expiresAt,
      keptFreshUntil: u.keptFreshUntil,
      evidence: u.evidence.map((e) => ({ moduleId: e.moduleId, completedAt: iso(e.completedAt), passedAt: iso(e.passedAt), validatedAt: iso(e.validatedAt) })),
    }));
    return { ...base, ulos, qualifications, recognitions: view.recognitions, tasks: view.tasks.map(taskModel), awards: await this.awards(target) };
  }

  /** What the passport is computed from (framework, evidence, modules), for the tablet to compute it offline too. */
  async passportInputs(viewer: Viewer, workerId?: string | null): Promise<PassportInputsModel> {
    const target = await this.checkedWorker(viewer, workerId);
    const inputs = await this.inputs(viewer, target.id);
    const evidenceModules = [...new Set(inputs.evidence.map((e) => e.moduleId))];
    const modules = await this.db.query<{ moduleId: string; versionId: string; title: unknown; outcomes: string[] | null; published: boolean }[]>(
      `select distinct on (v.module_id) v.module_id as "moduleId", v.id as "versionId", v.content->'title' as title,
              v.content->'outcomes' as outcomes, v.organisation_id = $1 as published
         from module_versions v
        where (v.organisation_id = $1 and v.status = 'published') or v.module_id = any($2::uuid[])
        order by v.module_id, (v.organisation_id = $1 and v.status = 'published') desc, v.version desc`,
      [viewer.organisationId, evidenceModules],
    );
    return {
      workerId: target.id,
      displayName: target.displayName,
      today: todayAt(),
      catalogue: inputs.catalogue,
      evidence: inputs.evidence.map((e) => ({ ...e, completedAt: iso(e.completedAt), passedAt: iso(e.passedAt), validatedAt: iso(e.validatedAt), validationRequired: !!e.validationRequired })),
      modules: modules.map((m) => ({ moduleId: m.moduleId, versionId: m.versionId, title: m.title, outcomes: m.outcomes ?? [], startable: m.published })),
      awards: await this.awards(target.id),
    };
  }

  /** Own passport always; someone else's only for staff, and only while that person is a member of the staff's organisation. */
  private async checkedWorker(viewer: Viewer, workerId?: string | null): Promise<{ id: string; displayName: string }> {
    const target = workerId ?? viewer.userId;
    if (target !== viewer.userId && !STAFF_ROLES.includes(viewer.role)) throw workerNotFound();
    if (!isUuid(target)) throw workerNotFound();
    const [person] = await this.db.query<{ display_name: string }[]>(
      'select u.display_name from users u join memberships m on m.user_id = u.id and m.organisation_id = $2 where u.id = $1',
      [target, viewer.organisationId],
    );
    if (!person) throw workerNotFound();
    return { id: target, displayName: person.display_name };
  }

  private async inputs(viewer: Viewer, workerId: string): Promise<Omit<PassportInputs, 'catalogue'> & { catalogue: Catalogue | null }> {
    const catalogue = await this.framework.catalogue({ details: true });
    if (!catalogue) return { catalogue: null, evidence: [], moduleUlos: {} };
    const evidence = (await this.evidence([workerId])).get(workerId) ?? [];
    return { catalogue, evidence, moduleUlos: await this.moduleUlos(viewer.organisationId) };
  }

  private async awards(userId: string): Promise<Award[]> {
    const rows = await this.db.query<(Omit<Award, 'evidenceChain'> & { evidence: ChainUloStatus[] | null })[]>(
      `select a.id, s.code as scheme, q.code as qualification, a.awarded_at::text as "awardedAt", a.expires_at::text as "expiresAt",
              a.expired_at is not null as expired, a.revoked_at is not null as revoked, a.on_hold_reason as "onHoldReason", a.evidence
         from qualification_awards a join scheme_qualifications q on q.id = a.qualification_id join qualification_schemes s on s.id = q.scheme_id
        where a.user_id = $1 order by a.awarded_at desc, q.code`,
      [userId],
    );
    const versionIds = [...new Set(rows.flatMap((r) => (r.evidence ?? []).flatMap((u) => u.evidence.map((e) => e.versionId))).filter((id): id is string => !!id))];
    const titles = new Map(
      (versionIds.length
        ? await this.db.query<{ id: string; title: Record<string, string> | null; version: number }[]>(
            `select id, content->'title' as title, version from module_versions where id = any($1::uuid[])`,
            [versionIds],
          )
        : []
      ).map((v) => [v.id, v]),
    );
    return rows.map(({ evidence, ...award }) => ({ ...award, evidenceChain: evidenceChain(evidence ?? [], titles) }));
  }

  /** Published modules of the organisation and the ULOs each covers (its latest published version). */
  private async moduleUlos(organisationId: string): Promise<Record<string, string[]>> {
    const rows = await this.db.query<{ moduleId: string; outcomes: string[] | null }[]>(
      `select distinct on (v.module_id) v.module_id as "moduleId", v.content->'outcomes' as outcomes
         from module_versions v where v.organisation_id = $1 and v.status = 'published' order by v.module_id, v.version desc`,
      [organisationId],
    );
    return Object.fromEntries(rows.map((r) => [r.moduleId, r.outcomes ?? []]));
  }

  /** The crew's qualifications as a grid. Round trips stay constant whatever the crew: workers, catalogue, evidence. */
  async teamMatrix(viewer: Viewer, siteId?: string | null, teamId?: string | null, schemeCode?: string | null): Promise<TeamMatrix> {
    if ((siteId && !isUuid(siteId)) || (teamId && !isUuid(teamId))) throw notFound(siteId && !isUuid(siteId) ? 'This site' : 'This team');
    const rows = await this.db.query<{ site_ok: boolean; team_ok: boolean; id: string | null; display_name: string | null }[]>(
      `with ok as (
         select ($2::uuid is null or exists (select 1 from sites where id = $2 and organisation_id = $1)) as site_ok,
                ($3::uuid is null or exists (select 1 from teams where id = $3 and organisation_id = $1)) as team_ok)
       select ok.site_ok, ok.team_ok, w.id, w.display_name from ok left join lateral (
         select u.id, u.display_name from memberships m join users u on u.id = m.user_id
          where m.organisation_id = $1 and m.role = 'worker' and ok.site_ok and ok.team_ok
            and ($2::uuid is null or exists (select 1 from site_members sm where sm.user_id = m.user_id and sm.site_id = $2))
            and ($3::uuid is null or exists (select 1 from team_members tm where tm.user_id = m.user_id and tm.team_id = $3))
       ) w on true order by w.display_name, w.id`,
      [viewer.organisationId, siteId ?? null, teamId ?? null],
    );
    // The checks' row is always there: workers are left-joined to it.
    const checks = required(rows[0], "the matrix's site and team checks");
    if (!checks.site_ok) throw notFound('This site');
    if (!checks.team_ok) throw notFound('This team');
    const workers = rows.filter((r) => r.id).map((r) => ({ id: r.id!, displayName: r.display_name! }));
    const cat = await this.framework.catalogue();
    if (!cat) return { workers, qualifications: [], entries: [], rows: workers.map((w) => ({ workerId: w.id, statuses: [], percents: [], expiresAt: [] })), heldPercent: 0, ulos: [], uloEntries: [] };
    const schemes = cat.schemes.filter((s) => !schemeCode || s.code === schemeCode);
    if (schemeCode && !schemes.length) throw notFound('This scheme');
    const date = todayAt();
    const evidence = await this.evidence(workers.map((w) => w.id));
    // Read only: awards are kept current after each sync and sign-off (AwardsRefreshService), not by looking.
    const compiled = compileCatalogue({ ...cat, schemes });
    const statuses = new Map([...evidence].map(([id, e]) => [id, statusesOf(cat, e, date, compiled, false)]));
    // Statuses come in the catalogue's order (compiled above), which is the order of `qualifications`.
    const matrixRows = workers.map((w) => {
      const list = statuses.get(w.id)!;
      return { workerId: w.id, statuses: list.map((s) => s.state as QualificationStateEnum), percents: list.map((s) => s.percent), expiresAt: list.map((s) => s.expiresAt) };
    });
    let cells = 0;
    let held = 0;
    for (const r of matrixRows)
      for (const s of r.statuses) {
        cells++;
        if (s === 'held' || s === 'expiring') held++;
      }
    const qualifications = schemes.flatMap((s) => s.qualifications.map((q) => ({ code: q.code, scheme: s.code, title: q.title.en, titleFr: q.title.fr ?? null })));
    // The ULO view of the same grid: only ULOs the selected schemes rely on; a ULO without evidence is missing.
    const schemeUlos = new Set(schemes.flatMap((s) => s.mappings.filter((m) => m.approved).map((m) => m.ulo)));
    return {
      ulos: cat.ulos.filter((u) => schemeUlos.has(u.code)).map((u) => ({ code: u.code, title: u.title.en, titleFr: u.title.fr ?? null })),
      // Like entries, worked out only when the query asks for the ULO view.
      get uloEntries(): MatrixUloEntry[] {
        const validity = uloValidity(cat);
        return workers.flatMap((w) =>
          passportUlos(cat, evidence.get(w.id) ?? [], date, validity)
            .filter((u) => schemeUlos.has(u.code))
            .map((u) => ({ workerId: w.id, ulo: u.code, state: u.state as UloStateEnum, expiresAt: u.expiresAt })),
        );
      },
      workers,
      qualifications,
      // Built only when asked for (GraphQL reads the property only if the query selects it): 12 000 objects for 300 × 40.
      get entries(): MatrixEntry[] {
        return matrixRows.flatMap((r) =>
          r.statuses.map((status, i) => ({ workerId: r.workerId, qualificationCode: qualifications[i]!.code, status, percent: r.percents[i]!, expiresAt: r.expiresAt[i]! })),
        );
      },
      rows: matrixRows,
      heldPercent: cells ? Math.round((held / cells) * 1000) / 10 : 0,
    };
  }
}

const iso = (d: string | Date | null | undefined) => (d ? new Date(d).toISOString() : null);

/** The evidence rows as the EVIDENCE query gives them, kept in an award's backing ULO statuses. */
type ChainEvidence = UloEvidence & { versionId?: string; version?: number; attempts?: number; validatedBy?: string | null; validatedWhere?: string | null };
type ChainUloStatus = { ulo: string; state: string; evidence: ChainEvidence[] };

/** One link per module version the award's held ULOs rest on (older awards name only the module and dates). */
function evidenceChain(statuses: ChainUloStatus[], versions: Map<string, { title: Record<string, string> | null; version: number }>): AwardEvidenceLink[] {
  const links = new Map<string, AwardEvidenceLink>();
  for (const s of statuses)
    for (const e of s.evidence) {
      if (!(e.passedAt ?? e.completedAt)) continue;
      const key = e.versionId ?? e.moduleId;
      const known = links.get(key);
      if (known) {
        if (!known.ulos.includes(s.ulo)) known.ulos.push(s.ulo);
        continue;
      }
      const v = e.versionId ? versions.get(e.versionId) : undefined;
      links.set(key, {
        ulos: [s.ulo],
        moduleId: e.moduleId,
        moduleVersionId: e.versionId ?? null,
        moduleTitle: v?.title?.en ?? v?.title?.fr ?? null,
        moduleVersion: v?.version ?? e.version ?? null,
        attempts: e.attempts ?? null,
        completedAt: iso(e.completedAt),
        passedAt: iso(e.passedAt),
        validatedAt: iso(e.validatedAt),
        validatedBy: e.validatedBy ?? null,
        where: e.validatedWhere ?? null,
      });
    }
  return [...links.values()];
}
