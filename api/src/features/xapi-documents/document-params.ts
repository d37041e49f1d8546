// Reads and checks the query parameters of the xAPI document resources (activityId, agent, registration, since, ids):
// a missing or malformed one is a 400 naming it, as the specification's error codes ask.
import { badInput } from '../../common/errors/domain-error.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IRI = /^[a-z][a-z0-9+.-]*:[^\s]*$/i;
const IFI_KEYS = ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const;
const AGENT_KEYS = new Set(['objectType', 'name', ...IFI_KEYS]);

export type Query = Record<string, unknown>;

export interface XapiAgent {
  objectType?: 'Agent';
  name?: string;
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
  account?: { homePage: string; name: string };
}

/** A query parameter given once as a string; repeated or absent parameters are refused or undefined. */
export function param(query: Query, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw badInput(`The ${name} parameter may be given only once.`);
  // PostgreSQL text cannot hold NUL; refuse it here rather than fail in the database.
  if (value.includes('\u0000')) throw badInput(`The ${name} parameter contains a NUL character.`);
  return value;
}

export function required(query: Query, name: string): string {
  const value = param(query, name);
  if (value === undefined || value === '') throw badInput(`The ${name} parameter is required.`);
  return value;
}

export function activityIdOf(query: Query): string {
  const id = required(query, 'activityId');
  if (!IRI.test(id)) throw badInput('The activityId parameter must be an IRI.');
  return id;
}

export function registrationOf(query: Query): string {
  const value = param(query, 'registration');
  if (value === undefined) return '';
  if (!UUID.test(value)) throw badInput('The registration parameter must be a UUID.');
  return value.toLowerCase();
}

/** `since` is exclusive: only documents stored or updated after it. */
export function sinceOf(query: Query): Date | undefined {
  const value = param(query, 'since');
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(date.getTime())) throw badInput('The since parameter must be an ISO 8601 timestamp.');
  return date;
}

/** The `agent` parameter: an Agent object (never a Group) with exactly one inverse functional identifier. */
export function agentOf(query: Query): XapiAgent {
  const text = required(query, 'agent');
  let agent: unknown;
  try {
    agent = JSON.parse(text);
  } catch {
    throw badInput('The agent parameter is not valid JSON.');
  }
  return checkAgent(agent, 'agent');
}

export function checkAgent(agent: unknown, where: string): XapiAgent {
  if (typeof agent !== 'object' || agent === null || Array.isArray(agent)) throw badInput(`The ${where} parameter must be an Agent object.`);
  const record = agent as Record<string, unknown>;
  if (record.objectType !== undefined && record.objectType !== 'Agent') throw badInput(`The ${where} parameter must be an Agent, not a ${String(record.objectType)}.`);
  const unknown = Object.keys(record).filter((key) => !AGENT_KEYS.has(key));
  if (unknown.length) throw badInput(`The ${where} parameter has properties an Agent does not have: ${unknown.join(', ')}.`);
  const ifis = IFI_KEYS.filter((key) => record[key] !== undefined);
  const [ifi, ...otherIfis] = ifis;
  if (ifi === undefined || otherIfis.length) throw badInput(`The ${where} parameter must have exactly one of mbox, mbox_sha1sum, openid or account.`);
  if (record.name !== undefined && typeof record.name !== 'string') throw badInput(`${where}.name must be a string.`);
  const value = record[ifi];
  if (ifi === 'mbox' && (typeof value !== 'string' || !/^mailto:[^@\s]+@[^@\s]+$/i.test(value))) throw badInput(`${where}.mbox must be a mailto: IRI.`);
  if (ifi === 'mbox_sha1sum' && (typeof value !== 'string' || !/^[0-9a-f]{40}$/i.test(value))) throw badInput(`${where}.mbox_sha1sum must be a SHA-1 hex string.`);
  if (ifi === 'openid' && (typeof value !== 'string' || !IRI.test(value))) throw badInput(`${where}.openid must be a URI.`);
  if (ifi === 'account') {
    const account = value as Record<string, unknown> | null;
    if (
      typeof account !== 'object' || account === null || typeof account.homePage !== 'string' || !IRI.test(account.homePage) ||
      typeof account.name !== 'string' || Object.keys(account).some((key) => key !== 'homePage' && key !== 'name')
    ) {
      throw badInput(`${where}.account must have exactly a homePage IRL and a name.`);
    }
  }
  return record as XapiAgent;
}

/** One comparable string per agent: the same identifier the statement ledger uses. */
export function agentIfi(agent: XapiAgent): string {
  if (agent.mbox) return `mbox:${agent.mbox.toLowerCase()}`;
  if (agent.mbox_sha1sum) return `mbox_sha1sum:${agent.mbox_sha1sum.toLowerCase()}`;
  if (agent.openid) return `openid:${agent.openid}`;
  return `account:${agent.account!.homePage}|${agent.account!.name}`;
}
