// Each organisation's signing keys: made on its first credential, the secret half sealed under CREDENTIALS_KEY.
// Rotation retires the current key but keeps publishing it, so everything it signed still verifies.
import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../common/config.token.js';
import type { AppConfig } from '../../config/config.js';
import { CredentialKeyEntity } from './credential.entities.js';
import { CREDENTIALS_KEY, decryptSecret, encryptSecret } from './credentials-key.js';
import { issuerId, type IssuerOrganisation } from './issuer-identity.js';
import { generateKey, type KeyMaterial } from './signing.js';

@Injectable()
export class CredentialKeysService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CREDENTIALS_KEY) private readonly sealKey: Buffer,
  ) {}

  /** Every key of the organisation, oldest first (the issuer profile lists them all). */
  published(organisationId: string, manager: EntityManager = this.db.manager): Promise<CredentialKeyEntity[]> {
    return manager.find(CredentialKeyEntity, { where: { organisationId }, order: { createdAt: 'ASC' } });
  }

  /** The key new proofs are made with; the organisation's first one is made here. Call under the organisation's lock. */
  async signingKey(org: IssuerOrganisation, manager: EntityManager): Promise<KeyMaterial> {
    const live =
      (await manager.findOne(CredentialKeyEntity, { where: { organisationId: org.id, retiredAt: IsNull() }, order: { createdAt: 'DESC' } })) ??
      (await this.create(org, manager));
    return this.material(org, live);
  }

  /** Retires the current key and makes the next one; returns the new key's id. */
  async rotate(org: IssuerOrganisation): Promise<string> {
    return this.db.transaction(async (tx) => {
      await lockOrganisation(tx, org.id);
      await tx.query('update credential_keys set retired_at = now() where organisation_id = $1 and retired_at is null', [org.id]);
      return (await this.create(org, tx)).keyId;
    });
  }

  private async create(org: IssuerOrganisation, manager: EntityManager): Promise<CredentialKeyEntity> {
    const keyId = `key-${new Date().toISOString().slice(0, 10)}-${randomBytes(4).toString('hex')}`;
    const controller = issuerId(this.config.publicUrl, org.slug);
    const key = await generateKey(`${controller}#${keyId}`, controller);
    return manager.save(
      manager.create(CredentialKeyEntity, {
        organisationId: org.id,
        keyId,
        publicKeyMultibase: key.publicKeyMultibase,
        secretKeyEncrypted: encryptSecret(this.sealKey, new TextEncoder().encode(key.secretKeyMultibase)),
      }),
    );
  }

  private material(org: IssuerOrganisation, key: CredentialKeyEntity): KeyMaterial {
    const controller = issuerId(this.config.publicUrl, org.slug);
    return {
      id: `${controller}#${key.keyId}`,
      controller,
      publicKeyMultibase: key.publicKeyMultibase,
      secretKeyMultibase: new TextDecoder().decode(decryptSecret(this.sealKey, key.secretKeyEncrypted)),
    };
  }
}

/** One writer of an organisation's keys and status lists at a time (held to the end of the transaction). */
export async function lockOrganisation(manager: EntityManager, organisationId: string): Promise<void> {
  await manager.query('select pg_advisory_xact_lock(hashtext($1))', [`credentials:${organisationId}`]);
}
