// FIT_TRUST_PROXY: which proxies in front of FIT may say who the client is and that it used HTTPS (X-Forwarded-*).
// Takes the values of Express's `trust proxy`: false, true, a hop count, or addresses/CIDRs/names such as
// `loopback`, `uniquelocal`, `10.0.0.0/8` separated by commas. Default: loopback only (a proxy on the same machine).
import { isIP } from 'node:net';

export type TrustProxy = boolean | number | string[];

const NAMED = new Set(['loopback', 'linklocal', 'uniquelocal']);

export function parseTrustProxy(raw: string | undefined): TrustProxy | Error {
  const value = raw?.trim();
  if (value === undefined || value === '') return ['loopback'];
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  const entries = value.split(',').map((s) => s.trim()).filter(Boolean);
  const wrong = entries.filter((entry) => !isAddressOrRange(entry));
  if (entries.length === 0 || wrong.length > 0) {
    return new Error(
      `must be true, false, a number of proxies, or addresses/CIDRs separated by commas (e.g. loopback,10.0.0.0/8); not understood: ${wrong.join(', ') || value}`,
    );
  }
  return entries;
}

function isAddressOrRange(entry: string): boolean {
  if (NAMED.has(entry)) return true;
  const [address, bits, extra] = entry.split('/');
  if (extra !== undefined || !address) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (bits === undefined) return true;
  if (!/^\d+$/.test(bits)) return false;
  return Number(bits) <= (family === 4 ? 32 : 128);
}
