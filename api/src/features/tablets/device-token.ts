// The site tablet's credential: its device token, sent in the X-Device-Token header (GraphQL and REST alike).
import type { IncomingMessage } from 'node:http';

export function deviceToken(req: Pick<IncomingMessage, 'headers'>): string | undefined {
  const value = req.headers['x-device-token'];
  return Array.isArray(value) ? value[0] : value;
}
