// The demo network body's positioning session at a job fair, with three candidates at different stages: one complete
// with a strong insulation profile, one half-way through, one who has just agreed. Tokens are random: nobody can
// open these candidates' own pages, the facilitator reads their results.
import type { EntityManager } from 'typeorm';
import { COMPETENCE_ITEMS, type PositioningAnswer } from '@fit/shared';
import { newCandidateToken } from '../positioning/positioning-rules.js';

export const DEMO_POSITIONING_SESSION = { name: 'Forum emploi Lyon Est', code: 'FRMXEST7' };

const allRight = Object.fromEntries(COMPETENCE_ITEMS.map((item) => [item.id, item.kind === 'order' ? [...item.correct] : item.correct]));

const DEMO_CANDIDATES: { firstName: string; language: string; answers: Record<string, PositioningAnswer>; complete: boolean; daysAgo: number }[] = [
  {
    firstName: 'Amina',
    language: 'fr',
    daysAgo: 2,
    complete: true,
    answers: {
      'like-insulation': 3, 'like-carpentry': 2, 'like-plumbing': 0, 'like-electricity': 1,
      'like-ventilation': 1, 'like-roofing': 2, 'like-masonry': 1, 'like-painting': 1,
      ...allRight,
      'safety-cable': 0,
    },
  },
  {
    firstName: 'Bogdan',
    language: 'ro',
    daysAgo: 1,
    complete: false,
    answers: {
      'like-insulation': 1, 'like-carpentry': 3, 'like-plumbing': 2, 'like-electricity': 1,
      'like-ventilation': 2, 'like-roofing': 3, 'like-masonry': 2, 'like-painting': 0,
      'plan-window': 1, 'plan-wall': 2,
    },
  },
  { firstName: 'Lina', language: 'ar', daysAgo: 0, complete: false, answers: {} },
];

/** Once: the session is created with its candidates, and left alone afterwards (the facilitator may hand them over). */
export async function ensureDemoPositioning(tx: EntityManager, networkId: string): Promise<void> {
  const [session] = await tx.query<{ id: string }[]>(
    `insert into positioning_sessions (organisation_id, name, session_date, language, code)
     values ($1, $2, current_date - 2, 'fr', $3) on conflict (code) do nothing returning id`,
    [networkId, DEMO_POSITIONING_SESSION.name, DEMO_POSITIONING_SESSION.code],
  );
  if (!session) return;
  for (const candidate of DEMO_CANDIDATES) {
    await tx.query(
      `insert into positioning_candidates (session_id, first_name, language, token_hash, consented_at, answers, completed_at, created_at)
       values ($1, $2, $3, $4, now() - make_interval(days => $5), $6::jsonb, case when $7 then now() - make_interval(days => $5) + interval '15 minutes' end, now() - make_interval(days => $5))`,
      [session.id, candidate.firstName, candidate.language, newCandidateToken().hash, candidate.daysAgo, JSON.stringify(candidate.answers), candidate.complete],
    );
  }
}
