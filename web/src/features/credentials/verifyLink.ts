// The public verification page for a credential: `/verify?url=<credential URL>` (what the PDF's QR code opens).
export function verifyLink(origin: string, credentialUrl: string): string {
  return `${origin}/verify?url=${encodeURIComponent(credentialUrl)}`;
}

/** The path to fetch a credential URL from this origin, or null when it belongs to another site. */
export function sameOriginPath(origin: string, credentialUrl: string): string | null {
  try {
    const url = new URL(credentialUrl, origin);
    // Only FIT's own credentials are fetched from the page (the browser may not read other sites'); the path is
    // what matters, as PUBLIC_URL and the address the page was opened at may differ (a proxy, a LAN address).
    return /^\/credentials\/[0-9a-f-]{36}$/i.test(url.pathname) ? url.pathname : null;
  } catch {
    return null;
  }
}
