// The credential an AU gets from its fetch URL is an organisation's xAPI key: on top of what the learning record
// store checks, this keeps it to its own session. It states and reads only about its learner and registration,
// reads and writes only that learner's documents, and never writes what all learners share.
import { Injectable, type NestMiddleware } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NextFunction, Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { agentIfi, type XapiAgent } from '../xapi-documents/document-params.js';

interface SessionScope {
  actorIfi: string;
  registration: string;
}

@Injectable()
export class AuCredentialScope implements NestMiddleware {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    const key = basicKey(req.headers.authorization);
    const scope = key?.startsWith('fitk_') ? await this.scopeOf(key) : undefined;
    if (!scope) return next();
    const problem = outOfScope(req, scope);
    if (!problem) return next();
    res.status(403).json({ code: 'FORBIDDEN', message: `An AU's credential ${problem}.` });
  }

  private async scopeOf(key: string): Promise<SessionScope | undefined> {
    const [row] = await this.dataSource.query<{ actor_ifi: string; registration: string }[]>(
      `select r.actor_ifi, r.id as registration from cmi5_sessions s join cmi5_registrations r on r.id = s.registration_id where s.credential_key = $1`,
      [key],
    );
    return row ? { actorIfi: row.actor_ifi, registration: row.registration } : undefined;
  }
}

function basicKey(header: string | undefined): string | undefined {
  const [scheme = '', value = ''] = (header ?? '').split(/\s+/, 2);
  if (!/^basic$/i.test(scheme)) return undefined;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  return decoded.slice(0, Math.max(0, decoded.indexOf(':')));
}

function sameAgent(value: unknown, scope: SessionScope): boolean {
  try {
    const agent = (typeof value === 'string' ? JSON.parse(value) : value) as XapiAgent;
    return typeof agent === 'object' && agent !== null && agentIfi(agent) === scope.actorIfi;
  } catch {
    return false;
  }
}

/** Why the request leaves the AU's session, or undefined when it stays inside it. */
function outOfScope(req: Request, scope: SessionScope): string | undefined {
  const path = req.path.replace(/\/+$/, '');
  const query = req.query as Record<string, unknown>;
  if (path === '/xapi/statements') {
    if (req.method === 'GET' || req.method === 'HEAD') {
      return String(query.registration ?? '').toLowerCase() === scope.registration ? undefined : 'reads only the statements of its registration';
    }
    const statements = (Array.isArray(req.body) ? req.body : [req.body]) as { actor?: unknown; context?: { registration?: string } }[];
    const foreign = statements.some((s) => !sameAgent(s?.actor, scope) || String(s?.context?.registration ?? '').toLowerCase() !== scope.registration);
    return foreign ? 'states only about its learner in its registration' : undefined;
  }
  if (path === '/xapi/activities/state' || path === '/xapi/agents/profile' || path === '/xapi/agents') {
    return sameAgent(query.agent, scope) ? undefined : "uses only its learner's documents";
  }
  if (path === '/xapi/activities/profile' && req.method !== 'GET' && req.method !== 'HEAD') return 'does not change shared activity profiles';
  return undefined;
}
