// Small rules of positioning shared by its services: languages, limits, the candidate token and a row's stage.
import { randomBytes } from 'node:crypto';
import type { Limit } from '../identity/rate-limits.service.js';
import { sha256 } from '../../common/hash.js';

export const WORKER_LANGUAGE_CODES = ['fr', 'en', 'pt', 'es', 'ro', 'ar'];
export const DEFAULT_RETENTION_MONTHS = 12;

/**
 * Wrong codes or tokens from one address: a session code has 30^8 values, so 30 tries per quarter hour make guessing
 * hopeless, while a job fair's shared Wi-Fi (one address, many phones) never trips it with right codes.
 */
export const POSITIONING_PER_IP: Limit = { max: 30, windowSeconds: 15 * 60 };
export const positioningIpKey = (ip: string | undefined) => `positioning:ip:${ip ?? 'unknown'}`;

/** 32 random bytes, URL-safe: the candidate's only credential, kept in their browser and their private link. */
export function newCandidateToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: sha256(token) };
}

export const candidateTokenHash = (token: string) => sha256(token);

export function candidateStage(row: { answers: Record<string, unknown>; completedAt: Date | null }): 'consented' | 'inProgress' | 'completed' {
  if (row.completedAt) return 'completed';
  return Object.keys(row.answers).length > 0 ? 'inProgress' : 'consented';
}

/** ABCDEFGH → ABCD-EFGH, as it is printed under the QR code. */
export const displayCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;
