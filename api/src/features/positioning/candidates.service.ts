// The candidate's side, without an account: read a session's invite by its code, join it after consenting, answer
// items one by one (saved as they go, so a closed tab resumes), and read the result. The code and the token are the
// secrets; wrong ones count against the caller's address like failed sign-ins.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isValidAnswer, positioningItem, positioningProfile, POSITIONING_ITEMS, type PositioningAnswer } from '@fit/shared';
import { badInput, notFound } from '../../common/errors/domain-error.js';
import { RateLimitsService } from '../identity/rate-limits.service.js';
import { normaliseEnrolmentCode } from '../tablets/enrolment-codes.js';
import type { JoinPositioningInput } from './dto/positioning.inputs.js';
import type { Invite, Joined, Progress } from './models/positioning.models.js';
import { PositioningCandidateEntity, PositioningSessionEntity } from './positioning.entities.js';
import { candidateTokenHash, newCandidateToken, POSITIONING_PER_IP, positioningIpKey } from './positioning-rules.js';
import { RetentionService } from './retention.service.js';

@Injectable()
export class CandidatesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rateLimits: RateLimitsService,
    private readonly retention: RetentionService,
  ) {}

  async invite(code: string, ip: string | undefined): Promise<Invite> {
    const session = await this.sessionByCode(code, ip);
    const [body] = await this.db.query<{ name: string }[]>('select name from organisations where id = $1', [session.organisationId]);
    return {
      sessionName: session.name,
      organisationName: body!.name,
      language: session.language,
      retentionMonths: await this.retention.months(session.organisationId),
    };
  }

  async join(input: JoinPositioningInput, ip: string | undefined): Promise<Joined> {
    if (input.consent !== true) throw badInput('The candidate must agree first.', { field: 'consent', problem: 'consentRequired' });
    const firstName = input.firstName.trim();
    if (!firstName) throw badInput('Give a first name or a pseudonym.', { field: 'firstName', problem: 'firstNameRequired' });
    const session = await this.sessionByCode(input.code, ip);
    const { token, hash } = newCandidateToken();
    const candidate = await this.db.getRepository(PositioningCandidateEntity).save({
      sessionId: session.id,
      firstName,
      language: input.language,
      tokenHash: hash,
      consentedAt: new Date(),
      answers: {},
    });
    return { token, progress: toProgress(candidate, session) };
  }

  async progress(token: string, ip: string | undefined): Promise<Progress> {
    const candidate = await this.byToken(token, ip);
    return toProgress(candidate, candidate.session!);
  }

  /** Saves one answer (a later one replaces it); the last item marks the candidate complete. */
  async answer(token: string, itemId: string, value: number[], ip: string | undefined): Promise<Progress> {
    const item = positioningItem(itemId);
    if (!item) throw badInput('This item does not exist.', { field: 'itemId', problem: 'unknownItem' });
    const answer: PositioningAnswer = item.kind === 'order' ? value : (value[0] ?? -1);
    if (value.length === 0 || (item.kind !== 'order' && value.length !== 1) || !isValidAnswer(item, answer)) {
      throw badInput('This answer does not fit the item.', { field: 'value', problem: 'badAnswer' });
    }
    const candidate = await this.byToken(token, ip);
    // One statement (through a CTE, so TypeORM answers rows): two taps racing from two tabs both land, neither overwrites the other's item.
    const [row] = await this.db.query<{ answers: Record<string, PositioningAnswer>; completed_at: Date | null }[]>(
      `with saved as (update positioning_candidates set answers = answers || jsonb_build_object($2::text, $3::jsonb),
              completed_at = coalesce(completed_at, case when (select count(*) from jsonb_object_keys(answers || jsonb_build_object($2::text, $3::jsonb))) >= $4 then now() end)
        where id = $1 returning answers, completed_at)
       select answers, completed_at from saved`,
      [candidate.id, itemId, JSON.stringify(answer), POSITIONING_ITEMS.length],
    );
    return toProgress({ ...candidate, answers: row!.answers, completedAt: row!.completed_at }, candidate.session!);
  }

  private async sessionByCode(code: string, ip: string | undefined): Promise<PositioningSessionEntity> {
    const attempt = await this.rateLimits.attempt([{ key: positioningIpKey(ip), limit: POSITIONING_PER_IP }]);
    const session = await this.db.getRepository(PositioningSessionEntity).findOneBy({ code: normaliseEnrolmentCode(code) });
    if (!session) throw notFound('This session code');
    await this.rateLimits.succeeded(attempt);
    return session;
  }

  private async byToken(token: string, ip: string | undefined): Promise<PositioningCandidateEntity> {
    const attempt = await this.rateLimits.attempt([{ key: positioningIpKey(ip), limit: POSITIONING_PER_IP }]);
    const candidate = await this.db
      .getRepository(PositioningCandidateEntity)
      .findOne({ where: { tokenHash: candidateTokenHash(token) }, relations: { session: true } });
    if (!candidate) throw notFound('This positioning');
    await this.rateLimits.succeeded(attempt);
    return candidate;
  }
}

function toProgress(candidate: PositioningCandidateEntity, session: PositioningSessionEntity): Progress {
  const profile = positioningProfile(candidate.answers);
  return {
    firstName: candidate.firstName,
    sessionName: session.name,
    language: candidate.language,
    answers: Object.entries(candidate.answers).map(([itemId, value]) => ({ itemId, value: Array.isArray(value) ? value : [value] })),
    completed: candidate.completedAt !== null,
    result: candidate.completedAt ? profile : null,
  };
}
