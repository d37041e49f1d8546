// Hands a candidate over to a company's crew, with the candidate's consent recorded: the company must share with
// the facilitator's network body; the candidate becomes a worker there (no e-mail: they sign in on the site tablet)
// and the company's trainers read where to start in the company's hand-over list.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput, notFound } from '../../common/errors/domain-error.js';
import { queryRows } from '../../common/sql.js';
import { SharingAgreementsService } from '../network/sharing-agreements.service.js';
import { WorkersService } from '../workers/workers.service.js';
import type { Candidate, Handover } from './models/positioning.models.js';
import { PositioningCandidateEntity, PositioningHandoverEntity } from './positioning.entities.js';
import { SessionsService } from './sessions.service.js';

const TRADE_NAMES: Record<string, string> = {
  insulation: 'Isolation',
  carpentry: 'Menuiserie',
  plumbing: 'Plomberie, chauffage',
  electricity: 'Électricité',
  ventilation: 'Ventilation',
  roofing: 'Couverture',
  masonry: 'Maçonnerie',
  painting: 'Peinture, finitions',
};

@Injectable()
export class HandoversService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionsService,
    private readonly agreements: SharingAgreementsService,
    private readonly workers: WorkersService,
  ) {}

  async handOver(viewer: Viewer, candidateId: string, companyId: string, candidateConsent: boolean): Promise<Candidate> {
    if (candidateConsent !== true) {
      throw badInput('Ask the candidate first: a hand-over needs their consent.', { field: 'candidateConsent', problem: 'consentRequired' });
    }
    const candidate = await this.sessions.candidateOrFail(viewer, candidateId);
    if (!(await this.agreements.sharingCompanyIds(viewer.organisationId)).includes(companyId)) throw notFound('This company sharing with your body');
    if (candidate.handedOverAt) throw badInput('This candidate was already handed over.', { problem: 'alreadyHandedOver' });
    const [path] = await this.sessions.withPaths(viewer, [candidate]);
    const trades = path!.profile.fits;
    // The company's own "add a worker", as if its manager typed the name: the same account rules and badge.
    const { worker } = await this.workers.add(
      { ...viewer, organisationId: companyId, role: 'manager' },
      { displayName: candidate.firstName.length >= 2 ? candidate.firstName : `${candidate.firstName}.`, language: candidate.language, trade: TRADE_NAMES[trades[0] ?? ''] ?? 'À définir', email: null },
    );
    const now = new Date();
    await this.db.transaction(async (tx) => {
      await tx.save(
        tx.create(PositioningHandoverEntity, {
          organisationId: companyId,
          networkOrganisationId: viewer.organisationId,
          userId: worker?.id ?? null,
          trades,
          startingUlos: path!.startingUlos.map((u) => u.code),
          suggestedModules: path!.suggestedModules,
          candidateConsentedAt: now,
          handedOverBy: viewer.userId,
        }),
      );
      await tx.update(PositioningCandidateEntity, { id: candidate.id }, { handedOverAt: now });
    });
    return { ...path!, handedOverAt: now };
  }

  /** Candidates handed over to the viewer's company, newest first, with the company's own modules for their path. */
  async listForCompany(viewer: Pick<Viewer, 'organisationId' | 'profile'>): Promise<Handover[]> {
    const language = viewer.profile?.language === 'en' ? 'en' : 'fr';
    const rows = await queryRows<Omit<Handover, 'ulos' | 'modules'>>(
      this.db,
      `select h.id, h.user_id as "workerId", coalesce(u.display_name, '') as "displayName", n.name as "fromNetwork", h.trades,
              h.starting_ulos as "startingUlos", h.suggested_modules as "suggestedModules", h.candidate_consented_at as "candidateConsentedAt"
         from positioning_handovers h join organisations n on n.id = h.network_organisation_id left join users u on u.id = h.user_id
        where h.organisation_id = $1 order by h.created_at desc`,
      [viewer.organisationId],
    );
    if (rows.length === 0) return [];
    const codes = [...new Set(rows.flatMap((r) => r.startingUlos))];
    const workerIds = rows.flatMap((r) => (r.workerId ? [r.workerId] : []));
    const [titles, modules, assigned] = await Promise.all([
      queryRows<{ code: string; title: string }>(
        this.db,
        `select distinct on (code) code, coalesce(title->>$2, title->>'fr') as title from reference_ulos where code = any($1::text[]) order by code`,
        [codes, language],
      ),
      queryRows<{ id: string; title: string; outcomes: string[] }>(
        this.db,
        `select distinct on (v.module_id) v.id, coalesce(v.content->'title'->>$2, v.content->'title'->>'fr', m.slug) as title,
                coalesce(array(select jsonb_array_elements_text(v.content->'outcomes')), '{}') as outcomes
           from module_versions v join learning_modules m on m.id = v.module_id
          where v.organisation_id = $1 and v.status = 'published'
          order by v.module_id, v.version desc`,
        [viewer.organisationId, language],
      ),
      queryRows<{ worker_id: string; module_version_id: string }>(
        this.db,
        'select distinct worker_id, module_version_id from assignments where organisation_id = $1 and worker_id = any($2::uuid[])',
        [viewer.organisationId, workerIds],
      ),
    ]);
    const titleOf = new Map(titles.map((t) => [t.code, t.title]));
    const has = new Set(assigned.map((a) => `${a.worker_id} ${a.module_version_id}`));
    return rows.map((row) => ({
      ...row,
      ulos: row.startingUlos.map((code) => ({ code, title: titleOf.get(code) ?? code })),
      // In the order of the starting ULOs, as the facilitator's suggestion.
      modules: [...new Set(row.startingUlos.flatMap((code) => modules.filter((m) => m.outcomes.includes(code))))].map((m) => ({
        moduleVersionId: m.id,
        title: m.title,
        assigned: has.has(`${row.workerId} ${m.id}`),
      })),
    }));
  }
}
