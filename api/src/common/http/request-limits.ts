// HTTP-level limits in front of GraphQL: a JSON body size cap and no batched (array) operations, each a clear error.
import express, { type NextFunction, type Request, type Response } from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { XAPI_VERSION } from '@fit/shared';

export const MAX_JSON_BODY = '1mb';
/** A tablet's sync batch (up to 1,000 statements) fits; anything larger is refused with 413. */
export const MAX_XAPI_BODY = '4mb';
/** Statements with their attachments' content (photos, certificates) as multipart/mixed. */
export const MAX_XAPI_MULTIPART_BODY = '16mb';
const VERIFY_PATH = '/credentials/verify';

function fail(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

export function applyRequestLimits(app: NestExpressApplication): void {
  // The first parser to read a body wins, so the xAPI route's larger cap goes first.
  app.use('/xapi', express.json({ limit: MAX_XAPI_BODY }));
  // Statements with attachments come as multipart/mixed: read as bytes, split by the Statement resource.
  app.use('/xapi/statements', express.raw({ type: 'multipart/mixed', limit: MAX_XAPI_MULTIPART_BODY }));
  // Credential verification reads any body as text and parses it itself: whatever is sent gets a verdict or a 400.
  app.use(VERIFY_PATH, express.text({ type: () => true, limit: MAX_JSON_BODY }));
  app.useBodyParser('json', { limit: MAX_JSON_BODY });
  // Express runs this only for errors from the parser above: answer in GraphQL's error shape, not an HTML page.
  app.use((error: { status?: number; type?: string }, req: Request, res: Response, next: NextFunction) => {
    const limit = req.path.startsWith('/xapi') ? MAX_XAPI_BODY : MAX_JSON_BODY;
    // xAPI: every answer names its version, this one too (the request never reached the version negotiation).
    if (req.path.startsWith('/xapi')) res.setHeader('X-Experience-API-Version', XAPI_VERSION);
    if (req.path === VERIFY_PATH && error.type === 'entity.too.large') return void res.status(400).json({ error: `The credential is larger than ${limit.toUpperCase()}.` });
    if (error.type === 'entity.too.large') return fail(res, 413, 'PAYLOAD_TOO_LARGE', `The request is larger than ${limit.toUpperCase()}.`);
    if (error.type === 'entity.parse.failed') return fail(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
    return next(error);
  });
  // One operation per request: a batch would multiply the cost limit by its length.
  app.use('/graphql', (req: Request, res: Response, next: NextFunction) => {
    if (Array.isArray(req.body)) return fail(res, 400, 'BATCH_NOT_ALLOWED', 'Send one GraphQL operation per request; batches are not accepted.');
    return next();
  });
}
