// Where workers stand against the skills framework: evidence, passports, team matrices and awards.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  FIT_EXTENSIONS,
  FIT_VERBS,
  STAFF_ROLES,
  closingModules,
  recognition,
  requiredUnits,
  schemeStatuses,
  unitUlos,
  uloStatus,
  type QualificationStatus,
  type UloEvidence,
  type UloText,
} from '@fit/shared';
import { isUuid } from '../../common/ids.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { notFound } from '../../common/errors/domain-error.js';
import { today } from '../assignments/assignments.service.js';
import { FrameworkService, type Catalogue } from './framework.service.js';
import { workerNotFound } from './qualifications.errors.js';
import type { Award, MatrixEntry, Passport, PassportRecognition, TeamMatrix } from './models/qualification.models.js';
import { QualificationStateEnum, UloStateEnum } from './models/qualification.models.js';

// Everything the workers did on modules that cover outcomes, wherever they did it (the record follows the worker),
// with the latest trainer validation of that module version. One statement for any number of workers.
const EVIDENCE = `
  with p as (
    select p.user_id, p.activity_id, v.module_id, o.ulo, p.completed_at, p.passed_at
      from learning_progress p
      join module_versions v on v.id = (substring(p.activity_id from '^https://w3id\\.org/fit/module-versions/([0-9a-f-]{36})$'))::uuid
      cross join lateral jsonb_array_elements_text(coalesce(v.content->'outcomes', '[]'::jsonb)) o(ulo)
     where p.user_id = any($1::uuid[]) and (p.completed_at is not null or p.passed_at is not null)
  ), val as (
    select s.statement->'context'->'extensions'->$2->'account'->>'name' as user_id,
           s.statement->'context'->'contextActivities'->'parent'->0->>'id' as activity_id, max(s.timestamp) as validated_at
      from xapi_statements s
     where s.verb_id = $3 and not s.voided and s.statement->'context'->'extensions'->$2->'account'->>'name' = any($1::uuid[]::text[])
     group by 1, 2
  )
  select p.user_id as "userId", p.module_id as "moduleId", p.ulo, p.completed_at as "completedAt", p.passed_at as "passedAt",
         val.validated_at as "validatedAt"
    from p left join val on val.user_id = p.user_id::text and val.activity_id = p.activity_id`;

type EvidenceRow = UloEvidence & { userId: string };

@Injectable()
export class QualificationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly framework: FrameworkService,
  ) {}

  // ---- evidence and awards ----

  async evidence(workerIds: string[]): Promise<Map<string, UloEvidence[]>> {
    const rows = workerIds.length ? await this.db.query<EvidenceRow[]>(EVIDENCE, [workerIds, FIT_EXTENSIONS.learner, FIT_VERBS.validated]) : [];
    const byWorker = new Map<string, UloEvidence[]>(workerIds.map((id) => [id, []]));
    for (const { userId, ...e } of rows) byWorker.get(userId)?.push(e);
    return byWorker;
  }

  /** Awards every qualification the workers now meet and expires the awards past their date (call after validations or sync). */
  async refreshAwards(workerIds: string[]): Promise<void> {
    const cat = await this.framework.catalogue();
    if (!cat) return;
    const evidence = await this.evidence(workerIds);
    await this.storeAwards(new Map([...evidence].map(([id, e]) => [id, statusesOf(cat, e, today())])));
  }

  private async storeAwards(statuses: Map<string, StatusRow[]>): Promise<void> {
    const date = today();
    const workerIds = [...statuses.keys()];
    const rows = [...statuses].flatMap(([userId, list]) =>
      list
        .filter((s) => s.state === 'held' || s.state === 'expiring')
        .map((s) => ({ user_id: userId, qualification_id: s.qualificationId, awarded_at: s.achievedAt ?? date, expires_at: s.expiresAt, evidence: s.evidence })),
    );
    if (!workerIds.length) return;
    await this.db.query(
      `update qualification_awards set expired_at = now()
        where user_id = any($1::uuid[]) and expired_at is null and revoked_at is null and expires_at <= $2`,
      [workerIds, date],
    );
    // A renewal before expiry moves the live award's expiry on; otherwise an award is never rewritten.
    await this.db.query(
      `insert into qualification_awards (user_id, qualification_id, awarded_at, expires_at, evidence)
       select x.user_id, x.qualification_id, x.awarded_at, x.expires_at, x.evidence
         from jsonb_to_recordset($1::jsonb) as x(user_id uuid, qualification_id uuid, awarded_at date, expires_at date, evidence jsonb)
       on conflict (user_id, qualification_id) where expired_at is null and revoked_at is null
       do update set expires_at = excluded.expires_at, evidence = excluded.evidence
        where qualification_awards.expires_at < excluded.expires_at`,
      [JSON.stringify(rows)],
    );
  }

  /** Marks expired every award whose date has passed (the daily run). */
  async expireAwards(date = today()): Promise<number> {
    const [, count] = await this.db.query<[unknown[], number]>(
      'update qualification_awards set expired_at = now() where expired_at is null and revoked_at is null and expires_at <= $1',
      [date],
    );
    return count;
  }

  // ---- views ----

  async passport(viewer: Viewer, workerId?: string | null): Promise<Passport> {
    const target = workerId ?? viewer.userId;
    // Own passport always; someone else's only for staff, and only while that person is a member of the staff's organisation.
    if (target !== viewer.userId && !STAFF_ROLES.includes(viewer.role)) throw workerNotFound();
    if (!isUuid(target)) throw workerNotFound();
    const [person] = await this.db.query<{ display_name: string }[]>(
      'select u.display_name from users u join memberships m on m.user_id = u.id and m.organisation_id = $2 where u.id = $1',
      [target, viewer.organisationId],
    );
    if (!person) throw workerNotFound();
    const cat = await this.framework.catalogue();
    const base = { workerId: target, displayName: person.display_name };
    if (!cat) return { ...base, ulos: [], qualifications: [], recognitions: [], awards: [] };
    const date = today();
    const evidence = (await this.evidence([target])).get(target) ?? [];
    const statuses = statusesOf(cat, evidence, date);
    await this.storeAwards(new Map([[target, statuses]]));
    const moduleUlos = await this.moduleUlos(viewer.organisationId);

    const qualifications = statuses.map((s) => ({
      scheme: s.scheme,
      code: s.qualification,
      title: s.title.en,
      state: s.state as QualificationStateEnum,
      percent: s.percent,
      achievedAt: s.achievedAt,
      expiresAt: s.expiresAt,
      missingUlos: s.missingUlos,
      nextModules: s.state === 'held' ? [] : closingModules(s.missingUlos, moduleUlos),
    }));
    const recognitions: PassportRecognition[] = [];
    for (const s of statuses.filter((x) => x.state === 'held' || x.state === 'expiring')) {
      const scheme = cat.schemes.find((x) => x.code === s.scheme)!;
      const qualification = scheme.qualifications.find((q) => q.code === s.qualification)!;
      for (const other of cat.schemes.filter((x) => x.code !== scheme.code)) {
        for (const r of recognition({ scheme, qualification, unitsHeld: s.unitsMet }, other, { moduleUlos })) {
          if (r.coverage !== 'none') recognitions.push({ fromScheme: scheme.code, fromQualification: qualification.code, ...r });
        }
      }
    }
    return { ...base, ulos: passportUlos(cat, evidence, date), qualifications, recognitions, awards: await this.awards(target) };
  }

  private async awards(userId: string): Promise<Award[]> {
    return this.db.query<Award[]>(
      `select a.id, s.code as scheme, q.code as qualification, a.awarded_at::text as "awardedAt", a.expires_at::text as "expiresAt",
              a.expired_at is not null as expired, a.revoked_at is not null as revoked
         from qualification_awards a join scheme_qualifications q on q.id = a.qualification_id join qualification_schemes s on s.id = q.scheme_id
        where a.user_id = $1 order by a.awarded_at desc, q.code`,
      [userId],
    );
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

  /** The crew's qualifications as a grid. Round trips stay constant: workers, catalogue, evidence, awards. */
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
    if (!rows[0].site_ok) throw notFound('This site');
    if (!rows[0].team_ok) throw notFound('This team');
    const workers = rows.filter((r) => r.id).map((r) => ({ id: r.id!, displayName: r.display_name! }));
    const cat = await this.framework.catalogue();
    if (!cat) return { workers, qualifications: [], entries: [], heldPercent: 0 };
    const schemes = cat.schemes.filter((s) => !schemeCode || s.code === schemeCode);
    if (schemeCode && !schemes.length) throw notFound('This scheme');
    const date = today();
    const evidence = await this.evidence(workers.map((w) => w.id));
    const statuses = new Map([...evidence].map(([id, e]) => [id, statusesOf(cat, e, date)]));
    await this.storeAwards(statuses);
    const wanted = new Set(schemes.map((s) => s.code));
    const entries: MatrixEntry[] = workers.flatMap((w) =>
      statuses
        .get(w.id)!
        .filter((s) => wanted.has(s.scheme))
        .map((s) => ({ workerId: w.id, qualificationCode: s.qualification, status: s.state as QualificationStateEnum, percent: s.percent, expiresAt: s.expiresAt })),
    );
    const held = entries.filter((e) => e.status === 'held' || e.status === 'expiring').length;
    return {
      workers,
      qualifications: schemes.flatMap((s) => s.qualifications.map((q) => ({ code: q.code, scheme: s.code, title: q.title.en }))),
      entries,
      heldPercent: entries.length ? Math.round((held / entries.length) * 1000) / 10 : 0,
    };
  }

  /** The same grid as CSV: one row per worker, one column per qualification ("held until 2027-01-10", "in progress 40 %"…). */
  async teamMatrixCsv(viewer: Viewer, siteId?: string | null, teamId?: string | null, schemeCode?: string | null): Promise<string> {
    const m = await this.teamMatrix(viewer, siteId, teamId, schemeCode);
    const cell = new Map(m.entries.map((e) => [`${e.workerId} ${e.qualificationCode}`, e]));
    const lines = [['worker', ...m.qualifications.map((q) => q.code)]];
    for (const w of m.workers) {
      lines.push([
        w.displayName,
        ...m.qualifications.map((q) => {
          const e = cell.get(`${w.id} ${q.code}`)!;
          if (e.status === 'in_progress') return `in_progress ${e.percent}%`;
          return e.expiresAt && e.status !== 'missing' ? `${e.status} ${e.expiresAt}` : e.status;
        }),
      ]);
    }
    return lines.map((l) => l.map(csvField).join(',')).join('\n') + '\n';
  }
}

interface StatusRow extends QualificationStatus {
  scheme: string;
  qualificationId: string;
  title: UloText;
  evidence: ReturnType<typeof uloStatus>[];
}

/** Every qualification of the catalogue for one worker's evidence, with the ULO statuses that back it. */
export function statusesOf(cat: Catalogue, evidence: UloEvidence[], date: string): StatusRow[] {
  return cat.schemes.flatMap((scheme) => {
    const results = schemeStatuses(scheme, evidence, date);
    return scheme.qualifications.map((q, i) => {
      const ulos = [...new Set(requiredUnits(q.requirement).flatMap((u) => unitUlos(scheme, u)))];
      const backing = ulos.map((u) => uloStatus(u, evidence, date, { validityMonths: q.validityMonths, practicalValidation: q.practicalValidation }));
      return { ...results[i], scheme: scheme.code, qualificationId: q.id, title: q.title, evidence: backing.filter((b) => b.state !== 'missing') };
    });
  });
}

/** ULOs the worker has evidence for; each expires under the shortest validity among the qualifications requiring it. */
function passportUlos(cat: Catalogue, evidence: UloEvidence[], date: string) {
  const validity = new Map<string, number>();
  for (const s of cat.schemes)
    for (const q of s.qualifications)
      for (const u of requiredUnits(q.requirement).flatMap((unit) => unitUlos(s, unit)))
        if (q.validityMonths) validity.set(u, Math.min(validity.get(u) ?? Infinity, q.validityMonths));
  return cat.ulos
    .map((u) => ({ u, s: uloStatus(u.code, evidence, date, { validityMonths: validity.get(u.code) ?? null }) }))
    .filter(({ s }) => s.state !== 'missing')
    .map(({ u, s }) => ({
      code: u.code,
      title: u.title.en,
      titleFr: u.title.fr ?? null,
      eqfLevel: u.eqfLevel,
      state: s.state as UloStateEnum,
      achievedAt: s.achievedAt,
      expiresAt: s.expiresAt,
      evidence: s.evidence.map((e) => ({ moduleId: e.moduleId, completedAt: iso(e.completedAt), passedAt: iso(e.passedAt), validatedAt: iso(e.validatedAt) })),
    }));
}

const iso = (d: string | Date | null | undefined) => (d ? new Date(d).toISOString() : null);

function csvField(value: string): string {
  // Spreadsheet formula injection: a leading =, +, - or @ would run as a formula.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
