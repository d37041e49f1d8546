// Documents a verifier needs besides the credential: issuer profiles and status lists. FIT's own (under PUBLIC_URL)
// are read from the database, never fetched; another issuer's are fetched from public addresses only (public-fetch.ts).
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isUuid } from '../../common/ids.js';
import { APP_CONFIG } from '../../common/config.token.js';
import type { AppConfig } from '../../config/config.js';
import { StatusListEntity } from './credential.entities.js';
import { CredentialKeysService } from './credential-keys.service.js';
import { issuerOf } from './issuer-identity.js';
import { issuerProfile } from './open-badge.js';
import { DocumentUnavailable, PublicFetcher } from './public-fetch.js';

export { DocumentUnavailable };

@Injectable()
export class IssuerDocumentsService implements OnModuleDestroy {
  private readonly fetcher: PublicFetcher;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly keys: CredentialKeysService,
  ) {
    this.fetcher = new PublicFetcher({ allowHosts: config.verifyAllowHosts, resolve: config.resolveHost });
  }

  async onModuleDestroy(): Promise<void> {
    await this.fetcher.close();
  }

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
      if (!doc) throw new DocumentUnavailable((m) => m.notPublishedHere(url));
      return doc;
    }
    return this.fetcher.json(url);
  }

  private localPath(url: string): string | undefined {
    const base = this.config.publicUrl;
    return url.startsWith(`${base}/`) ? url.slice(base.length).split(/[?#]/)[0] : undefined;
  }
}
