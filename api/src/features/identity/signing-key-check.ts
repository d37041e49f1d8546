// Every instance on one database must sign access tokens with the same key, or a token issued by one is refused
// by the next behind the proxy. The database keeps a fingerprint of the key in use (an HMAC, not the key); an
// instance whose key differs does not start, and says which variable to set.
import { createHmac } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../common/config.token.js';
import type { AppConfig } from '../../config/config.js';
import { JWT_KEY } from './jwt-key.js';
import { querySingle } from '../../common/sql.js';

export function keyFingerprint(key: Uint8Array): string {
  return createHmac('sha256', key).update('fit access-token signing key').digest('hex');
}

@Injectable()
export class SigningKeyCheck implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(JWT_KEY) private readonly key: Uint8Array,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    const mine = keyFingerprint(this.key);
    // The first instance records its key; later ones (and restarts) compare with it.
    await this.dataSource.query(`insert into instance_secrets (name, fingerprint) values ('jwt', $1) on conflict (name) do nothing`, [mine]);
    const { fingerprint } = await querySingle<{ fingerprint: string }>(this.dataSource, `select fingerprint from instance_secrets where name = 'jwt'`);
    if (fingerprint === mine) return;
    const source = this.config.jwtSecret ? 'JWT_SECRET differs from' : `the key generated in ${this.config.dataDir}/jwt-secret differs from`;
    throw new Error(
      `This database is already used by a FIT that signs access tokens with another key: ${source} the one in use. ` +
        'Set JWT_SECRET to the same value on every instance. (To change the key on purpose, stop every instance and run ' +
        `"delete from instance_secrets where name = 'jwt'" before starting them with the new JWT_SECRET.)`,
    );
  }
}
