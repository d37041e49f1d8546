// Which xAPI version a request speaks: 2.0 (IEEE 9274.1.1) and 1.0.3 clients are both served, each in its own version.
import { badInput } from '../../common/errors/domain-error.js';

/** The versions FIT answers with: the latest patch of each version it speaks. */
export const SERVED_VERSIONS = { '1.0': '1.0.3', '2.0': '2.0.0' } as const;
export type ServedVersion = (typeof SERVED_VERSIONS)[keyof typeof SERVED_VERSIONS];

const VERSION_HEADER = /^(1\.0|2\.0)(\.\d+)?$/;

/** The version to answer with for the client's X-Experience-API-Version header; 400 for a missing or unknown one. */
export function negotiateVersion(header: string | undefined): ServedVersion {
  const match = header ? VERSION_HEADER.exec(header.trim()) : null;
  if (!match) throw badInput('Send the X-Experience-API-Version header (2.0.0 or 1.0.3).');
  return SERVED_VERSIONS[match[1] as keyof typeof SERVED_VERSIONS];
}

/** The version a statement is stored with when its author set none (1.0.3: "1.0.0"; 2.0: "2.0.0"). */
export function defaultStatementVersion(served: ServedVersion): string {
  return served === '1.0.3' ? '1.0.0' : '2.0.0';
}
