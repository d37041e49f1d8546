// HTTP-level limits in front of GraphQL: a JSON body size cap and no batched (array) operations, each a clear error.
import type { NextFunction, Request, Response } from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';

export const MAX_JSON_BODY = '1mb';

function fail(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

export function applyRequestLimits(app: NestExpressApplication): void {
  app.useBodyParser('json', { limit: MAX_JSON_BODY });
  // Express runs this only for errors from the parser above: answer in GraphQL's error shape, not an HTML page.
  app.use((error: { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (error.type === 'entity.too.large') return fail(res, 413, 'PAYLOAD_TOO_LARGE', `The request is larger than ${MAX_JSON_BODY.toUpperCase()}.`);
    if (error.type === 'entity.parse.failed') return fail(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
    return next(error);
  });
  // One operation per request: a batch would multiply the cost limit by its length.
  app.use('/graphql', (req: Request, res: Response, next: NextFunction) => {
    if (Array.isArray(req.body)) return fail(res, 400, 'BATCH_NOT_ALLOWED', 'Send one GraphQL operation per request; batches are not accepted.');
    return next();
  });
}
