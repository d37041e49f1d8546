// The cmi5 content origin (CMI5_CONTENT_ORIGIN): the same server under another host name or port, which serves AU
// content and nothing of FIT. On it, AU files are not put in an opaque-origin sandbox: the origin itself keeps them
// away from FIT's storage and tokens, and its own service worker (content-sw.ts) can keep them for offline play.
import type { NextFunction, Request, Response } from 'express';

/** What the content origin answers: AU files, its service worker, and the bridge FIT's pages talk to offline. */
const CONTENT_PATHS = /^\/cmi5\/(content\/|offline\/|sw\.js$|bridge\.html$|bridge\.js$)/;

/** Whether the request came to the content origin (by its Host), rather than to FIT's own origin. */
export function onContentOrigin(req: Pick<Request, 'get'>, contentOrigin: string | undefined): boolean {
  if (!contentOrigin) return false;
  return (req.get('host') ?? '').toLowerCase() === new URL(contentOrigin).host.toLowerCase();
}

/** Everything but AU content is 404 on the content origin: an AU there never reaches FIT's app, API or sign-in. */
export function contentOriginOnlyServesContent(contentOrigin: string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!onContentOrigin(req, contentOrigin) || CONTENT_PATHS.test(req.path)) return next();
    res.status(404).json({ code: 'NOT_FOUND', message: 'The cmi5 content origin serves course content only.' });
  };
}
