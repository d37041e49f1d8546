// A facilitator's positioning sessions: create one (with its short code), list them, and read each candidate's
// profile with the suggested FIT path. Only the viewer's own network body's sessions, never another's.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { positioningProfile, type PositioningProfile } from '@fit/shared';
import type { Viewer } from '../../common/auth/viewer.js';
import { notFound } from '../../common/errors/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { networkBodyOrFail } from '../network/network-viewer.js';
import { SharingAgreementsService } from '../network/sharing-agreements.service.js';
import { newEnrolmentCode, normaliseEnrolmentCode } from '../tablets/enrolment-codes.js';
import type { PositioningSessionInput } from './dto/positioning.inputs.js';
import type { Candidate, Session, SuggestedUlo } from './models/positioning.models.js';
import { PositioningCandidateEntity, PositioningSessionEntity } from './positioning.entities.js';
import { candidateStage, displayCode } from './positioning-rules.js';

interface SessionRow {
  id: string;
  name: string;
  session_date: string;
  language: string;
  code: string;
  candidates: number;
  completed: number;
}

const SESSION_SELECT = `
  select s.id, s.name, to_char(s.session_date, 'YYYY-MM-DD') as session_date, s.language, s.code,
         count(c.id)::int as candidates, count(c.completed_at)::int as completed
    from positioning_sessions s left join positioning_candidates c on c.session_id = s.id`;

const toSession = (r: SessionRow): Session => ({
  id: r.id,
  name: r.name,
  date: r.session_date,
  language: r.language,
  code: displayCode(r.code),
  candidateCount: r.candidates,
  completedCount: r.completed,
});

@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly agreements: SharingAgreementsService,
  ) {}

  async list(viewer: Pick<Viewer, 'organisationId'>): Promise<Session[]> {
    const rows = await this.db.query<SessionRow[]>(
      `${SESSION_SELECT} where s.organisation_id = $1 group by s.id order by s.session_date desc, s.name`,
      [viewer.organisationId],
    );
    return rows.map(toSession);
  }

  async create(viewer: Viewer, input: PositioningSessionInput): Promise<Session> {
    await networkBodyOrFail(this.db.manager, viewer.organisationId);
    const saved = await this.db.getRepository(PositioningSessionEntity).save({
      organisationId: viewer.organisationId,
      name: input.name.trim(),
      sessionDate: input.date,
      language: input.language,
      code: normaliseEnrolmentCode(newEnrolmentCode()),
    });
    return this.one(viewer, saved.id);
  }

  /** A session of the viewer's body, or NOT_FOUND whether it is missing or another body's. */
  async one(viewer: Pick<Viewer, 'organisationId'>, id: string): Promise<Session> {
    const [row] = isUuid(id)
      ? await this.db.query<SessionRow[]>(`${SESSION_SELECT} where s.id = $1 and s.organisation_id = $2 group by s.id`, [id, viewer.organisationId])
      : [];
    if (!row) throw notFound('This session');
    return toSession(row);
  }

  async candidates(viewer: Viewer, sessionId: string): Promise<Candidate[]> {
    const session = await this.one(viewer, sessionId);
    const rows = await this.db.getRepository(PositioningCandidateEntity).find({ where: { sessionId: session.id }, order: { consentedAt: 'ASC' } });
    return this.withPaths(viewer, rows);
  }

  /** A candidate of one of the viewer's body's sessions, or NOT_FOUND. */
  async candidateOrFail(viewer: Pick<Viewer, 'organisationId'>, id: string): Promise<PositioningCandidateEntity> {
    const candidate = isUuid(id)
      ? await this.db
          .getRepository(PositioningCandidateEntity)
          .findOne({ where: { id, session: { organisationId: viewer.organisationId } }, relations: { session: true } })
      : null;
    if (!candidate) throw notFound('This candidate');
    return candidate;
  }

  async withPaths(viewer: Viewer, rows: PositioningCandidateEntity[]): Promise<Candidate[]> {
    const profiles = rows.map((row) => positioningProfile(row.answers));
    const codes = [...new Set(profiles.flatMap((p) => p.startingUlos))];
    const titles = await this.uloTitles(codes, viewer.profile?.language === 'en' ? 'en' : 'fr');
    const modules = await this.coveringModules(viewer.organisationId);
    return rows.map((row, i) => {
      const profile = profiles[i]!;
      return {
        id: row.id,
        firstName: row.firstName,
        stage: candidateStage(row),
        consentedAt: row.consentedAt,
        handedOverAt: row.handedOverAt,
        profile,
        startingUlos: profile.startingUlos.map((code): SuggestedUlo => ({ code, title: titles.get(code) ?? code })),
        suggestedModules: suggested(profile, modules),
      };
    });
  }

  private async uloTitles(codes: string[], language: 'fr' | 'en'): Promise<Map<string, string>> {
    if (codes.length === 0) return new Map();
    const rows = await this.db.query<{ code: string; title: string }[]>(
      `select distinct on (code) code, coalesce(title->>$2, title->>'fr') as title from reference_ulos where code = any($1::text[]) order by code`,
      [codes, language],
    );
    return new Map(rows.map((r) => [r.code, r.title]));
  }

  /** Published modules of the companies sharing with the body, with the ULOs they cover: the catalogue a path uses. */
  private async coveringModules(networkId: string): Promise<{ title: string; outcomes: string[] }[]> {
    const companies = await this.agreements.sharingCompanyIds(networkId);
    if (companies.length === 0) return [];
    return this.db.query<{ title: string; outcomes: string[] }[]>(
      `select distinct on (v.module_id) coalesce(v.content->'title'->>'fr', v.content->'title'->>'en', m.slug) as title,
              coalesce(array(select jsonb_array_elements_text(v.content->'outcomes')), '{}') as outcomes
         from module_versions v join learning_modules m on m.id = v.module_id
        where v.organisation_id = any($1::uuid[]) and v.status = 'published'
        order by v.module_id, v.version desc`,
      [companies],
    );
  }
}

/** Module titles covering the starting ULOs, in the order of the ULOs, without repeats. */
function suggested(profile: PositioningProfile, modules: { title: string; outcomes: string[] }[]): string[] {
  const titles = profile.startingUlos.flatMap((code) => modules.filter((m) => m.outcomes.includes(code)).map((m) => m.title));
  return [...new Set(titles)];
}
