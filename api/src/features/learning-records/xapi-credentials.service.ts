// Issues and checks the key/secret pairs of external xAPI clients.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { sha256 } from '../../common/hash.js';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type Repository } from 'typeorm';
import { XapiCredentialEntity } from './xapi-credential.entity.js';

export interface IssuedCredential {
  key: string;
  secret: string;
}

@Injectable()
export class XapiCredentialsService {
  constructor(@InjectRepository(XapiCredentialEntity) private readonly credentials: Repository<XapiCredentialEntity>) {}

  async issue(organisationId: string, label = ''): Promise<IssuedCredential> {
    const key = `fitk_${randomBytes(12).toString('base64url')}`;
    const secret = randomBytes(32).toString('base64url');
    await this.credentials.insert({ organisationId, key, secretHash: sha256(secret), label });
    return { key, secret };
  }

  /** The organisation a valid, unrevoked pair writes to; undefined otherwise. */
  async verify(key: string, secret: string): Promise<string | undefined> {
    const found = await this.credentials.findOneBy({ key, revokedAt: IsNull() });
    if (!found) return undefined;
    const expected = Buffer.from(found.secretHash, 'hex');
    const actual = Buffer.from(sha256(secret), 'hex');
    return timingSafeEqual(expected, actual) ? found.organisationId : undefined;
  }
}
