// The organisation's revocation lists: an index per credential, handed out once; revoking flips its bit and the
// list credential is signed again, so any verifier can see the change.
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../common/config.token.js';
import type { AppConfig } from '../../config/config.js';
import { StatusListEntity } from './credential.entities.js';
import { CredentialKeysService } from './credential-keys.service.js';
import { issuerId, statusListUrl, type IssuerOrganisation } from './issuer-identity.js';
import { signCredential } from './signing.js';
import { Bitstring, decodeList, encodeList, STATUS_LIST_LENGTH, statusListCredential } from './status-list.js';

@Injectable()
export class StatusListsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly keys: CredentialKeysService,
  ) {}

  /** The next free index of the organisation's current list (a new list when it is full). Call under the organisation's lock. */
  async allocate(org: IssuerOrganisation, manager: EntityManager): Promise<{ listId: string; listUrl: string; index: number }> {
    const rows = await manager.query<{ id: string; index: number }[]>(
      `with taken as (
         update credential_status_lists set next_index = next_index + 1
          where id = (select id from credential_status_lists where organisation_id = $1 and purpose = 'revocation' and next_index < length
                       order by updated_at desc limit 1)
          returning id, next_index - 1 as index)
       select * from taken`,
      [org.id],
    );
    const row = rows[0] ?? { id: (await this.create(org, manager)).id, index: 0 };
    return { listId: row.id, listUrl: statusListUrl(this.config.publicUrl, row.id), index: row.index };
  }

  /** Turns the bits on and publishes the list again, signed. Call under the organisation's lock. */
  async revoke(org: IssuerOrganisation, listId: string, indexes: number[], manager: EntityManager): Promise<void> {
    const list = await manager.findOneByOrFail(StatusListEntity, { id: listId });
    const subject = (list.document.credentialSubject ?? {}) as { encodedList?: string };
    const bits = await decodeList(subject.encodedList ?? '');
    for (const i of indexes) bits.set(i, true);
    list.document = await this.signed(org, list.id, bits, manager);
    list.updatedAt = new Date();
    await manager.save(list);
  }

  private async create(org: IssuerOrganisation, manager: EntityManager): Promise<StatusListEntity> {
    const list = await manager.save(manager.create(StatusListEntity, { organisationId: org.id, length: STATUS_LIST_LENGTH, nextIndex: 1, document: {} }));
    list.document = await this.signed(org, list.id, new Bitstring({ length: STATUS_LIST_LENGTH }), manager);
    return manager.save(list);
  }

  private async signed(org: IssuerOrganisation, listId: string, bits: Bitstring, manager: EntityManager): Promise<Record<string, unknown>> {
    const doc = await statusListCredential(statusListUrl(this.config.publicUrl, listId), issuerId(this.config.publicUrl, org.slug), await encodeList(bits), new Date());
    return signCredential(doc, await this.keys.signingKey(org, manager));
  }
}
