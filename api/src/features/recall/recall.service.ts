// Reads of the spaced-recall cards: the site pack's offline cards of a crew, and the staff's view of what is forgotten.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ModuleContent, QuizStep, RecallCardPhase, SitePackRecallCard } from '@fit/shared';
import { notFound } from '../../common/errors/domain-error.js';
import { isUuid } from '../../common/ids.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { ACTIVE_FRAMEWORK_ID } from '../qualifications/framework.service.js';
import type { RecallLapse } from './models/recall-lapse.model.js';
import { queryExists } from '../../common/sql.js';

/** Cards per worker in a pack: the soonest due; the rest come with the next pack as these are recalled. */
export const PACK_CARDS_PER_WORKER = 50;

interface PackCardRow {
  user_id: string;
  activity_id: string;
  module_version_id: string;
  step_id: string;
  due: Date;
  stability: number;
  difficulty: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  phase: RecallCardPhase;
  last_review: Date | null;
  content: ModuleContent;
}

@Injectable()
export class RecallService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The workers' cards on questions of the organisation's own modules (another employer's content stays with it),
   * with the quiz step itself, so a tablet recalls them offline. One query for the whole crew.
   */
  async packCards(organisationId: string, userIds: string[]): Promise<Map<string, SitePackRecallCard[]>> {
    const byWorker = new Map<string, SitePackRecallCard[]>();
    if (userIds.length === 0) return byWorker;
    const rows = await this.db.query<PackCardRow[]>(
      `select c.*, v.content from (
         select c.*, row_number() over (partition by c.user_id order by c.due, c.activity_id) as n
           from recall_cards c where c.user_id = any($2::uuid[])) c
         join module_versions v on v.id = c.module_version_id and v.organisation_id = $1
        where c.n <= $3
        order by c.user_id, c.due, c.activity_id`,
      [organisationId, userIds, PACK_CARDS_PER_WORKER],
    );
    for (const r of rows) {
      const question = r.content.steps.find((s): s is QuizStep => s.id === r.step_id && s.kind === 'quiz');
      if (!question) continue;
      const card: SitePackRecallCard = {
        activityId: r.activity_id,
        versionId: r.module_version_id,
        moduleTitle: r.content.title,
        question,
        card: {
          due: new Date(r.due).toISOString(),
          stability: r.stability,
          difficulty: r.difficulty,
          scheduledDays: r.scheduled_days,
          learningSteps: r.learning_steps,
          reps: r.reps,
          lapses: r.lapses,
          phase: r.phase,
          lastReview: r.last_review ? new Date(r.last_review).toISOString() : null,
        },
      };
      byWorker.set(r.user_id, [...(byWorker.get(r.user_id) ?? []), card]);
    }
    return byWorker;
  }

  /**
   * Per team of a site's crew and per ULO the organisation's modules cover: recalls and lapses of the questions of
   * those modules, most forgotten first. Only the viewer's organisation's workers, teams and modules.
   */
  async lapses(viewer: Viewer, siteId: string): Promise<RecallLapse[]> {
    const site = isUuid(siteId) && (await queryExists(this.db, 'select 1 from sites where id = $1 and organisation_id = $2', [siteId, viewer.organisationId]));
    if (!site) throw notFound('This site');
    const rows = await this.db.query<(Omit<RecallLapse, 'lapseShare'> & { title: Record<string, string> | null })[]>(
      `with crew as (
         select m.user_id from memberships m join site_members sm on sm.user_id = m.user_id and sm.site_id = $2
          where m.organisation_id = $1 and m.role = 'worker'),
       cards as (
         select c.user_id, c.reps, c.lapses, jsonb_array_elements_text(v.content->'outcomes') as ulo
           from recall_cards c join crew on crew.user_id = c.user_id
           join module_versions v on v.id = c.module_version_id and v.organisation_id = $1),
       placed as (
         select cards.*, t.id as team_id, t.name as team_name from cards
           left join team_members tm on tm.user_id = cards.user_id
           left join teams t on t.id = tm.team_id and t.organisation_id = $1
          where tm.team_id is null or t.id is not null)
       select p.team_id as "teamId", p.team_name as "teamName", p.ulo, u.title,
              count(distinct p.user_id)::int as workers, count(*)::int as cards,
              sum(greatest(p.reps - 1, 0))::int as recalls, sum(p.lapses)::int as lapses
         from placed p
         left join reference_ulos u on u.code = p.ulo and u.framework_id = (${ACTIVE_FRAMEWORK_ID})
        group by p.team_id, p.team_name, p.ulo, u.title`,
      [viewer.organisationId, siteId],
    );
    return rows
      .map(({ title, ...r }) => ({
        ...r,
        uloTitle: title?.en ?? r.ulo,
        uloTitleFr: title?.fr ?? null,
        lapseShare: r.recalls > 0 ? r.lapses / r.recalls : null,
      }))
      .sort((a, b) => (b.lapseShare ?? -1) - (a.lapseShare ?? -1) || (a.teamName ?? '').localeCompare(b.teamName ?? '') || a.ulo.localeCompare(b.ulo));
  }
}
