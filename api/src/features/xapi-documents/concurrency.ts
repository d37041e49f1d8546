// Optimistic concurrency of the document resources (xAPI 2.0, Communication 3.1): ETags are the SHA-1 of the
// document; If-Match / If-None-Match are checked as RFC 9110 says; a PUT over an existing document that sends
// neither is a conflict.
import { createHash } from 'node:crypto';
import { HttpException } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error.js';

export const etagOf = (content: Buffer): string => createHash('sha1').update(content).digest('hex');
export const quoted = (etag: string): string => `"${etag}"`;

export interface Preconditions {
  ifMatch?: string;
  ifNoneMatch?: string;
}

/** The entity tags of a header, without quotes or weak markers; '*' stays '*'. */
function tags(header: string): string[] {
  return header.split(',').map((tag) => tag.trim().replace(/^W\//, '').replace(/^"(.*)"$/, '$1')).filter(Boolean);
}

export const preconditionFailed = (message: string) => new HttpException({ code: 'PRECONDITION_FAILED', message }, 412);

/**
 * Checks the request's preconditions against the stored document's ETag (undefined when there is none).
 * `conflictWithoutHeaders`: a PUT over an existing document must say which version it replaces.
 */
export function checkPreconditions(current: string | undefined, headers: Preconditions, conflictWithoutHeaders: boolean): void {
  if (headers.ifMatch !== undefined) {
    const wanted = tags(headers.ifMatch);
    if (current === undefined || !(wanted.includes('*') || wanted.includes(current))) {
      throw preconditionFailed('If-Match does not match the stored document: fetch it again and retry with its ETag.');
    }
  }
  if (headers.ifNoneMatch !== undefined && current !== undefined) {
    const unwanted = tags(headers.ifNoneMatch);
    if (unwanted.includes('*') || unwanted.includes(current)) {
      throw preconditionFailed('If-None-Match: the document already exists.');
    }
  }
  if (conflictWithoutHeaders && current !== undefined && headers.ifMatch === undefined && headers.ifNoneMatch === undefined) {
    throw new DomainError(
      'CONFLICT',
      'This document already exists: check its current state (GET) and send If-Match with its ETag to replace it.',
    );
  }
}
