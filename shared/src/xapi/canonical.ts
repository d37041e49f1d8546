// Canonical text of a statement, to tell "the same statement sent again" from "a different one with the same id".
import type { Statement } from './statement.js';

// Set by the server or the transport, not by the author of the statement.
const IGNORED = new Set(['stored', 'authority', 'version']);

export function canonicalStatement(statement: Statement): string {
  const entries = Object.entries(statement).filter(([k]) => !IGNORED.has(k));
  return stableStringify(Object.fromEntries(entries));
}

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Seconds in an ISO 8601 duration such as PT4M30S (years and months are not used by learning content). */
export function durationSeconds(duration: string | undefined): number {
  const m = duration?.match(/^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/);
  if (!m) return 0;
  const [d = 0, h = 0, min = 0, s = 0] = m.slice(1).map((x) => Number(x ?? 0));
  return d * 86_400 + h * 3600 + min * 60 + s;
}
