// The attachment rules of the Statement resource (Communication 1.5.2, Data 2.4.11): content comes either at a
// fileUrl or as a multipart part whose hash matches the attachment's sha2; every part belongs to an attachment; a
// signature attachment holds a JWS that signs the statement.
import type { Attachment, Statement } from '@fit/shared';
import type { AttachmentPart, StatementRequest } from './statement-multipart.js';
import { SIGNATURE_USAGE_TYPE, signatureProblem } from './statement-signature.js';

export interface AttachmentCheck {
  reasons: string[];
  /** The parts to keep: those the statements' attachments refer to. */
  parts: AttachmentPart[];
}

const NONE: AttachmentCheck = { reasons: [], parts: [] };

export async function checkAttachments(statements: Statement[], request: Pick<StatementRequest, 'multipart' | 'parts'>): Promise<AttachmentCheck> {
  // The tablet's sync sends no attachments: it pays for one scan, nothing more.
  if (!request.multipart && !statements.some(hasAttachments)) return NONE;
  const reasons: string[] = [];
  const used = new Set<string>();
  for (const [index, s] of statements.entries()) {
    for (const { attachment, path } of attachmentsOf(s)) {
      const where = `statements[${index}].${path}`;
      const sha2 = attachment.sha2.toLowerCase();
      const part = request.parts.get(sha2);
      if (part) used.add(sha2);
      if (attachment.usageType === SIGNATURE_USAGE_TYPE) {
        const problem = await signature(s, attachment, part, path);
        if (problem) reasons.push(`${where}: ${problem}`);
        continue;
      }
      if (attachment.fileUrl !== undefined || part) continue;
      reasons.push(
        request.multipart
          ? `${where} has no fileUrl and no multipart part with X-Experience-API-Hash ${sha2}`
          : `${where} has no fileUrl: send its content as a part of a multipart/mixed request`,
      );
    }
  }
  for (const sha2 of request.parts.keys()) if (!used.has(sha2)) reasons.push(`the multipart part with X-Experience-API-Hash ${sha2} matches no attachment`);
  return { reasons, parts: [...used].map((sha2) => request.parts.get(sha2)!) };
}

async function signature(s: Statement, attachment: Attachment, part: AttachmentPart | undefined, path: string): Promise<string | null> {
  if (!/^application\/octet-stream$/i.test(attachment.contentType)) return 'a signature attachment must have the contentType application/octet-stream';
  if (!path.startsWith('attachments')) return 'a signature attachment belongs to the statement, not to a SubStatement';
  if (!part) return 'a signature attachment needs its JWS as a multipart part';
  return signatureProblem(s, part.bytes.toString('utf8'));
}

function hasAttachments(s: Statement): boolean {
  return !!s.attachments?.length || (s.object.objectType === 'SubStatement' && !!s.object.attachments?.length);
}

function attachmentsOf(s: Statement): { attachment: Attachment; path: string }[] {
  const own = (s.attachments ?? []).map((attachment, i) => ({ attachment, path: `attachments[${i}]` }));
  const sub = s.object.objectType === 'SubStatement' ? (s.object.attachments ?? []).map((attachment, i) => ({ attachment, path: `object.attachments[${i}]` })) : [];
  return [...own, ...sub];
}
