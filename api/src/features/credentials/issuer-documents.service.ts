// Documents a verifier needs besides the credential: issuer profiles and status lists. FIT's own (under PUBLIC_URL)
// are read from the database; another issuer's are fetched over HTTP(S) with a short timeout and a size cap.
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isUuid } from '../../common/ids.js';
import { APP_CONFIG } from '../../common/config.token.js';
import type { AppConfig } from '../../config/config.js';
import { StatusListEntity } from './credential.entities.js';
import { CredentialKeysService } from './credential-keys.service.js';
import { issuerOf } from './issuer-identity.js';
import { issuerProfile } from './open-badge.js';

const FETCH_TIMEOUT_MS = 5000;
const MAX_DOCUMENT_BYTES = 512 * 1024;

export class DocumentUnavailable extends Error {}

@Injectable()
export class IssuerDocumentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly keys: CredentialKeysService,
  ) {}

  /** FIT's own profile of an organisation, or undefined when no organisation has this slug. */
  async localProfile(slug: string): Promise<ReturnType<typeof issuerProfile> | undefined> {
    const [org] = await this.db.query<{ id: string; slug: string; name: string }[]>('select id, slug, name from organisations where slug = $1', [slug]);
    if (!org) return undefined;
    return issuerProfile(issuerOf(this.config.publicUrl, org), await this.keys.published(org.id));
  }

  async localStatusList(id: string): Promise<Record<string, unknown> | undefined> {
    if (!isUuid(id)) return undefined;
    return (await this.db.manager.findOneBy(StatusListEntity, { id }))?.document;
  }

  /** Any document by URL: ours from the database, others' over the network. Throws DocumentUnavailable. */
  async load(url: string): Promise<Record<string, unknown>> {
    const local = this.localPath(url);
    if (local) {
      const [, kind, id] = local.split('/');
      const doc = kind === 'issuers' ? await this.localProfile(decodeURIComponent(id ?? '')) : kind === 'status-lists' ? await this.localStatusList(id ?? '') : undefined;
      if (!doc) throw new DocumentUnavailable(`${url} is not published by this FIT`);
      return doc;
    }
    return fetchJson(url);
  }

  private localPath(url: string): string | undefined {
    const base = this.config.publicUrl;
    return url.startsWith(`${base}/`) ? url.slice(base.length).split(/[?#]/)[0] : undefined;
  }
}

async function fetchJson(url: string): Promise<Record<string, unknown>> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DocumentUnavailable(`${url} is not a URL`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new DocumentUnavailable(`${url} is not an http(s) URL`);
  try {
    const res = await fetch(parsed, {
      headers: { accept: 'application/ld+json, application/json;q=0.9' },
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      redirect: 'follow',
    });
    if (!res.ok) throw new DocumentUnavailable(`${url} answered ${res.status}`);
    const text = await readCapped(res);
    const doc = JSON.parse(text) as unknown;
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new DocumentUnavailable(`${url} is not a JSON object`);
    return doc as Record<string, unknown>;
  } catch (error) {
    if (error instanceof DocumentUnavailable) throw error;
    throw new DocumentUnavailable(`${url} could not be fetched (${error instanceof Error ? error.message : String(error)})`);
  }
}

async function readCapped(res: Response): Promise<string> {
  const reader = res.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_DOCUMENT_BYTES) {
      await reader.cancel();
      throw new DocumentUnavailable(`${res.url} is larger than ${MAX_DOCUMENT_BYTES} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
