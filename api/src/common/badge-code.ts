// A worker's badge code: random, printed as a QR on their badge, shown to the tablet's camera.
import { randomBytes } from 'node:crypto';

export function newBadgeCode(): string {
  return randomBytes(15).toString('base64url');
}
