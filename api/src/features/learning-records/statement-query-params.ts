// The query parameters of GET /xapi/statements (Communication 2.1.3), checked in one place: unknown parameters,
// malformed values, and statementId / voidedStatementId combined with filters are refused with 400.
import { z } from 'zod';
import { type Actor } from '@fit/shared';
import { validateActor } from '@fit/shared/validation';
import { badInput } from '../../common/errors/domain-error.js';

export type StatementFormat = 'ids' | 'exact' | 'canonical';

export interface StatementFilters {
  agent?: string;
  verb?: string;
  activity?: string;
  registration?: string;
  related_activities?: boolean;
  related_agents?: boolean;
  since?: string;
  until?: string;
  limit?: number;
  ascending?: boolean;
}

export interface StatementQuery {
  statementId?: string;
  voidedStatementId?: string;
  filters: StatementFilters;
  more?: string;
  format: StatementFormat;
  attachments: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
const uuid = z.string().regex(UUID, 'must be a UUID');
const time = z
  .string()
  .regex(TIMESTAMP, 'must be an ISO 8601 date-time with a time zone')
  .refine((v) => !Number.isNaN(Date.parse(v)), 'is not a real date and time');

const PARAMS = z.strictObject({
  statementId: uuid.optional(),
  voidedStatementId: uuid.optional(),
  agent: z.string().optional(),
  verb: z.string().regex(IRI, 'must be an absolute IRI').optional(),
  activity: z.string().regex(IRI, 'must be an absolute IRI').optional(),
  registration: uuid.optional(),
  related_activities: flag.optional(),
  related_agents: flag.optional(),
  since: time.optional(),
  until: time.optional(),
  limit: z.string().regex(/^\d+$/, 'must be a whole number').transform(Number).optional(),
  format: z.enum(['ids', 'exact', 'canonical']).optional(),
  attachments: flag.optional(),
  ascending: flag.optional(),
  more: z.string().optional(),
});

// With statementId or voidedStatementId, only these may come along.
const SINGLE_COMPANIONS = new Set(['statementId', 'voidedStatementId', 'format', 'attachments']);

export function parseStatementQuery(query: Record<string, unknown>): StatementQuery {
  const parsed = PARAMS.safeParse(query);
  if (!parsed.success) {
    const reasons = parsed.error.issues.map((i) =>
      i.code === 'unrecognized_keys' ? `${i.keys.join(', ')} ${i.keys.length > 1 ? 'are not parameters' : 'is not a parameter'} of the Statement resource` : `${i.path.join('.')} ${i.message}`,
    );
    throw badInput(`The statement query is not valid: ${reasons.join('; ')}.`, { reasons });
  }
  const p = parsed.data;
  if (p.statementId && p.voidedStatementId) throw badInput('Send statementId or voidedStatementId, not both.');
  if (p.statementId || p.voidedStatementId) {
    const others = Object.keys(query).filter((k) => !SINGLE_COMPANIONS.has(k));
    if (others.length) throw badInput(`statementId and voidedStatementId take no other parameters than format and attachments (got ${others.join(', ')}).`);
  }
  if (p.agent !== undefined) parseAgent(p.agent);
  const { statementId, voidedStatementId, more, format = 'exact', attachments = false, ...filters } = p;
  return { statementId, voidedStatementId, more, format, attachments, filters };
}

export function parseAgent(text: string): Actor {
  let agent: unknown;
  try {
    agent = JSON.parse(text);
  } catch {
    throw badInput('agent must be an Agent or Group as JSON, e.g. {"mbox":"mailto:name@site.fr"}.');
  }
  const problems = validateActor(agent);
  if (problems.length) throw badInput(`agent is not a valid Agent or Group: ${problems.join('; ')}.`);
  return agent as Actor;
}
