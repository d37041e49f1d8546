// helmet's headers, with the two that assume HTTPS (HSTS and `upgrade-insecure-requests`) sent only on requests that
// came over HTTPS. On a site's Wi-Fi FIT may be opened as http://192.168.1.20:3000: forcing https there turns every
// asset into a request that fails, and the tablet shows a blank page.
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

type Middleware = (req: Request, res: Response, next: NextFunction) => void;

/** `contentOrigin`: CMI5_CONTENT_ORIGIN, the only other origin FIT's pages frame (cmi5 AUs and their offline bridge). */
export function securityHeaders(publicUrl: string, contentOrigin?: string): Middleware {
  const common = { crossOriginEmbedderPolicy: false } as const;
  const overHttps = helmet({ ...common, contentSecurityPolicy: { directives: contentSecurityPolicy(true, contentOrigin) } });
  const overHttp = helmet({ ...common, strictTransportSecurity: false, contentSecurityPolicy: { directives: contentSecurityPolicy(false, contentOrigin) } });
  const secureHost = publicUrl.startsWith('https:') ? new URL(publicUrl).hostname : undefined;
  return (req, res, next) => (servedOverHttps(req, secureHost) ? overHttps : overHttp)(req, res, next);
}

/**
 * True when this request reached FIT over HTTPS: TLS on the socket, or a trusted proxy's X-Forwarded-Proto (Express's
 * `req.secure` follows `trust proxy`), or PUBLIC_URL is https and the request is for its host name (a proxy that
 * terminates TLS without saying so). A request for another name (the server's LAN address) stays plain HTTP.
 */
export function servedOverHttps(req: Pick<Request, 'secure' | 'hostname'>, secureHost: string | undefined): boolean {
  return req.secure || (secureHost !== undefined && req.hostname === secureHost);
}

// The PWA loads nothing from other origins (but frames cmi5 content from its content origin); WebAssembly (the IFC
// parser) needs 'wasm-unsafe-eval'.
function contentSecurityPolicy(https: boolean, contentOrigin: string | undefined) {
  return {
    defaultSrc: ["'self'"],
    frameSrc: ["'self'", ...(contentOrigin ? [contentOrigin] : [])],
    scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    mediaSrc: ["'self'", 'blob:'],
    connectSrc: ["'self'"],
    workerSrc: ["'self'", 'blob:'],
    objectSrc: ["'none'"],
    frameAncestors: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    // helmet adds it by default; null leaves it out.
    upgradeInsecureRequests: https ? [] : null,
  };
}
