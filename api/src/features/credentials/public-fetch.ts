// Fetches a JSON document another issuer publishes (or a cmi5 course's cmi5.xml from its web folder), without letting a credential point FIT at its own network
// (server-side request forgery): every address a host name resolves to must be a public unicast address, the
// connection goes to the address that was checked (no second resolution a DNS rebinding could change), and each
// redirect is checked the same way. A short timeout and a size cap keep a slow or huge answer from holding a request.
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { Agent, fetch, type Response } from 'undici';
import { messagesIn, type Say } from './verification-messages.js';

export const FETCH_TIMEOUT_MS = 5000;
export const MAX_DOCUMENT_BYTES = 512 * 1024;
const MAX_REDIRECTS = 5;

export interface ResolvedAddress {
  address: string;
  family: number;
}
/** Resolves a host name to all its addresses (DNS by default; tests give a fixed table, DNS being outside FIT). */
export type ResolveHost = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolve: ResolveHost = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/** Why a document could not be obtained (`say` puts it in the reader's language); `refused`: FIT would not connect. */
export class DocumentUnavailable extends Error {
  constructor(
    readonly say: Say,
    readonly refused = false,
  ) {
    super(say(messagesIn('en')));
  }
}

/**
 * The kind of a non-public address ("loopback", "private", "linkLocal", "uniqueLocal", "multicast", …), or undefined
 * for a public unicast one. IPv4-mapped IPv6 addresses (::ffff:127.0.0.1) are judged as the IPv4 address they carry.
 */
export function nonPublicRange(address: string): string | undefined {
  if (!ipaddr.isValid(address)) return 'not an address';
  const parsed = ipaddr.process(address);
  const range = parsed.range();
  return range === 'unicast' ? undefined : range;
}

export interface PublicFetchOptions {
  /** Host names (or literal addresses) trusted as they are: a lab issuer on a private network, a test server. */
  allowHosts?: readonly string[];
  resolve?: ResolveHost;
}

export class PublicFetcher {
  private readonly allowHosts: Set<string>;
  private readonly resolve: ResolveHost;
  private readonly agent: Agent;

  constructor(options: PublicFetchOptions = {}) {
    this.allowHosts = new Set((options.allowHosts ?? []).map((h) => h.toLowerCase()));
    this.resolve = options.resolve ?? systemResolve;
    this.agent = new Agent({ connect: { lookup: this.checkedLookup } });
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  /** The JSON object at `url`; throws DocumentUnavailable with the reason. */
  async json(url: string): Promise<Record<string, unknown>> {
    const { text, url: current } = await this.text(url, { accept: 'application/ld+json, application/json;q=0.9', maxBytes: MAX_DOCUMENT_BYTES });
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch {
      throw new DocumentUnavailable((m) => m.notJson(current));
    }
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new DocumentUnavailable((m) => m.notJsonObject(current));
    return doc as Record<string, unknown>;
  }

  /** The text at `url` (and the URL it finally came from, after redirects), at most `maxBytes`; same guards as json(). */
  async text(url: string, options: { accept: string; maxBytes: number }): Promise<{ text: string; url: string }> {
    const signal = AbortSignal.timeout(FETCH_TIMEOUT_MS);
    let current = url;
    for (let hop = 0; ; hop++) {
      const target = this.checkedUrl(current);
      let res: Response;
      try {
        res = await fetch(target, {
          headers: { accept: options.accept },
          signal,
          redirect: 'manual',
          dispatcher: this.agent,
        });
      } catch (error) {
        const refused = refusalIn(error);
        if (refused) throw refused;
        throw unreachable(current, error, signal);
      }
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        await res.body?.cancel();
        if (hop >= MAX_REDIRECTS) throw new DocumentUnavailable((m) => m.tooManyRedirects(url, MAX_REDIRECTS));
        current = new URL(location, target).href;
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        const { status } = res;
        throw new DocumentUnavailable((m) => m.answered(current, status));
      }
      return { text: await readCapped(res, current, signal, options.maxBytes), url: current };
    }
  }

  /** A parsed http(s) URL; a literal address must be public (no resolution happens for it at connect time). */
  private checkedUrl(url: string): URL {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new DocumentUnavailable((m) => m.notUrl(url));
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new DocumentUnavailable((m) => m.notHttp(url));
    const host = parsed.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host) && !this.allowHosts.has(host.toLowerCase())) {
      const range = nonPublicRange(host);
      if (range) throw refusal(host, host, range);
    }
    return parsed;
  }

  // Given to the socket as its resolver: every address is checked, and the socket connects only to those.
  private readonly checkedLookup: LookupFunction = (hostname, options, callback) => {
    const all = (options as { all?: boolean } | undefined)?.all === true;
    const fail = callback as (error: Error) => void;
    this.addressesOf(hostname).then((addresses) => {
      if (all) (callback as (e: null, a: ResolvedAddress[]) => void)(null, addresses);
      else callback(null, addresses[0]!.address, addresses[0]!.family);
    }, fail);
  };

  private async addressesOf(hostname: string): Promise<ResolvedAddress[]> {
    let addresses: ResolvedAddress[];
    try {
      addresses = await this.resolve(hostname);
    } catch (error) {
      throw new DocumentUnavailable((m) => m.unresolved(hostname, reason(error)));
    }
    if (addresses.length === 0) throw new DocumentUnavailable((m) => m.noAddress(hostname));
    if (this.allowHosts.has(hostname.toLowerCase())) return addresses;
    for (const { address } of addresses) {
      const range = nonPublicRange(address);
      if (range) throw refusal(hostname, address, range);
    }
    return addresses;
  }
}

function refusal(host: string, address: string, range: string): DocumentUnavailable {
  const where = host === address ? address : `${host} (${address})`;
  return new DocumentUnavailable((m) => m.privateAddress(where, m.range(range)), true);
}

function unreachable(url: string, error: unknown, signal: AbortSignal): DocumentUnavailable {
  if (signal.aborted) return new DocumentUnavailable((m) => m.noAnswer(url, FETCH_TIMEOUT_MS / 1000));
  const why = reason(error);
  return new DocumentUnavailable((m) => m.unreachable(url, why));
}

function refusalIn(error: unknown): DocumentUnavailable | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof DocumentUnavailable) return e;
  }
  return undefined;
}

// The underlying reason (ECONNREFUSED…), as the system gives it.
function reason(error: unknown): string {
  const cause = (error as { cause?: unknown })?.cause;
  if (cause instanceof Error) return cause.message;
  return error instanceof Error ? error.message : String(error);
}

async function readCapped(res: Response, url: string, signal: AbortSignal, maxBytes: number): Promise<string> {
  const reader = res.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw new DocumentUnavailable((m) => m.tooLarge(url, maxBytes));
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof DocumentUnavailable) throw error;
    throw unreachable(url, error, signal);
  }
  return Buffer.concat(chunks).toString('utf8');
}
