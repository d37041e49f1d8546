// multipart/mixed for the Statement resource (Communication 1.5.2): reads a request whose first part holds the
// statements and whose other parts are attachments named by their SHA-2, and writes the same shape for GET.
import { createHash, randomUUID } from 'node:crypto';
import { MultipartParseError, parseMultipart } from '@remix-run/multipart-parser';
import { badInput } from '../../common/errors/domain-error.js';

/** The raw content of one attachment, as sent or as stored. */
export interface AttachmentPart {
  sha2: string;
  contentType: string;
  bytes: Buffer;
}

export interface StatementRequest {
  /** The statement or array of statements (the JSON body, or the first part of a multipart request). */
  body: unknown;
  multipart: boolean;
  /** Attachment parts by SHA-2 (lower case). */
  parts: Map<string, AttachmentPart>;
}

const DIGEST_BY_HEX_LENGTH: Record<number, string> = { 56: 'sha224', 64: 'sha256', 96: 'sha384', 128: 'sha512' };

/** The SHA-2 of some bytes, in the variant whose length the claimed hash has (SHA-256 by default). */
export function sha2Of(bytes: Uint8Array, like = ''): string {
  return createHash(DIGEST_BY_HEX_LENGTH[like.length] ?? 'sha256').update(bytes).digest('hex');
}

export function isMultipart(contentType: string | undefined): boolean {
  return /^multipart\/mixed\b/i.test(contentType ?? '');
}

export function readStatementRequest(contentType: string | undefined, body: unknown): StatementRequest {
  if (!isMultipart(contentType)) return { body, multipart: false, parts: new Map() };
  if (!Buffer.isBuffer(body)) throw badInput('The multipart/mixed body could not be read.');
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType!);
  if (!boundary) throw badInput('A multipart/mixed request needs a boundary parameter in its Content-Type.');
  const parts = readParts(body, boundary[1] ?? boundary[2]!);
  const [first, ...attachments] = parts;
  if (!first || !/^application\/json\b/i.test(first.headers['content-type'] ?? '')) {
    throw badInput('The first part of a multipart/mixed request must be the statements, as application/json.');
  }
  let statements: unknown;
  try {
    statements = JSON.parse(Buffer.from(first.bytes).toString('utf8'));
  } catch {
    throw badInput('The first part of the multipart/mixed request is not valid JSON.');
  }
  const byHash = new Map<string, AttachmentPart>();
  attachments.forEach((part, i) => {
    const name = `part ${i + 2}`;
    const hash = part.headers['x-experience-api-hash']?.trim().toLowerCase();
    if (!hash) throw badInput(`The multipart/mixed ${name} has no X-Experience-API-Hash header.`);
    if (part.headers['content-transfer-encoding']?.trim().toLowerCase() !== 'binary') {
      throw badInput(`The multipart/mixed ${name} must have Content-Transfer-Encoding: binary.`);
    }
    const bytes = Buffer.from(part.bytes);
    if (sha2Of(bytes, hash) !== hash) throw badInput(`The content of the multipart/mixed ${name} does not match its X-Experience-API-Hash.`);
    byHash.set(hash, { sha2: hash, contentType: part.headers['content-type'] ?? 'application/octet-stream', bytes });
  });
  return { body: statements, multipart: true, parts: byHash };
}

function readParts(body: Buffer, boundary: string) {
  try {
    return [...parseMultipart(body, { boundary })];
  } catch (error) {
    if (error instanceof MultipartParseError) throw badInput(`The multipart/mixed body is malformed: ${error.message}`);
    throw error;
  }
}

/** A multipart/mixed answer: the JSON first, then each attachment once, as binary with its hash. */
export function multipartBody(json: unknown, parts: AttachmentPart[]): { contentType: string; body: Buffer } {
  const boundary = `xapi-${randomUUID()}`;
  const chunks: Buffer[] = [
    Buffer.from(`--${boundary}\r\nContent-Type: application/json\r\n\r\n${JSON.stringify(json)}\r\n`),
  ];
  for (const part of parts) {
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Type: ${part.contentType}\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: ${part.sha2}\r\n\r\n`),
      part.bytes,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { contentType: `multipart/mixed; boundary=${boundary}`, body: Buffer.concat(chunks) };
}
