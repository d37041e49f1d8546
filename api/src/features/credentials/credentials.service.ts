// Reading and withdrawing the credentials FIT issued: a worker's own, staff's view of their organisation's workers,
// the operator's listing, and revocation by a manager or admin of the issuing organisation.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { STAFF_ROLES } from '@fit/shared';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput, notFound } from '../../common/errors/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { IssuedCredentialEntity } from './credential.entities.js';
import { lockOrganisation } from './credential-keys.service.js';
import { StatusListsService } from './status-lists.service.js';
import type { UloStatus } from '@fit/shared';
import { frenchEvidenceNarrative, type FrenchTitles } from './certificate-pdf.js';
import { summarise } from './credentials-issuer.service.js';
import { passportElm } from './elm-export.js';
import { CredentialStateEnum, type IssuedCredentialModel } from './models/credential.models.js';

const LIST = `
  select c.id, c.document->>'id' as url, c.award_id as "awardId", c.user_id as "workerId", u.display_name as "workerName",
         s.code as scheme, q.code as qualification, q.title->>'en' as title, q.title->>'fr' as "titleFr", o.name as "issuerName",
         c.issued_at as "issuedAt", c.valid_until as "validUntil", c.revoked_at as "revokedAt", c.revocation_reason as "revocationReason"
    from issued_credentials c
    join users u on u.id = c.user_id
    join organisations o on o.id = c.organisation_id
    join qualification_awards a on a.id = c.award_id
    join scheme_qualifications q on q.id = a.qualification_id
    join qualification_schemes s on s.id = q.scheme_id`;

interface ListRow extends Omit<IssuedCredentialModel, 'state' | 'issuedAt' | 'validUntil' | 'revokedAt'> {
  issuedAt: Date;
  validUntil: Date | null;
  revokedAt: Date | null;
}

const MAX_REASON = 500;

@Injectable()
export class CredentialsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly statusLists: StatusListsService,
  ) {}

  /** A worker's credentials: their own, or, for staff, those of a worker of the staff's organisation. */
  async forWorker(viewer: Viewer, workerId?: string | null): Promise<IssuedCredentialModel[]> {
    const target = workerId ?? viewer.userId;
    if (target !== viewer.userId && !STAFF_ROLES.includes(viewer.role)) throw notFound('This worker');
    if (!isUuid(target)) throw notFound('This worker');
    const [member] = await this.db.query<{ ok: number }[]>(
      'select 1 as ok from memberships where user_id = $1 and organisation_id = $2',
      [target, viewer.organisationId],
    );
    if (!member) throw notFound('This worker');
    // Staff see only what their own organisation issued; the holder sees everything issued to them. A renewed award
    // is listed by its newest certificate: the older ones still verify until their date, but are not shown beside it.
    const rows = await this.db.query<ListRow[]>(
      `${LIST} where c.user_id = $1 and ($2::uuid is null or c.organisation_id = $2)
          and not exists (select 1 from issued_credentials newer where newer.award_id = c.award_id and newer.organisation_id = c.organisation_id
                            and (newer.issued_at, newer.id) > (c.issued_at, c.id))
        order by c.issued_at desc`,
      [target, target === viewer.userId ? null : viewer.organisationId],
    );
    return rows.map(model);
  }

  /** The worker's passport as ELM JSON-LD (text), from the credentials they hold that are not revoked. */
  async passportElm(viewer: Viewer, workerId?: string | null): Promise<string> {
    const target = workerId ?? viewer.userId;
    const visible = await this.forWorker(viewer, target);
    const ids = visible.filter((c) => c.state !== 'revoked').map((c) => c.id);
    const [person] = await this.db.query<{ name: string }[]>(
      'select display_name as name from users where id = $1',
      [target],
    );
    const rows = ids.length
      ? await this.db.query<{ document: Record<string, unknown> }[]>(
          'select document from issued_credentials where id = any($1::uuid[]) order by issued_at',
          [ids],
        )
      : [];
    return JSON.stringify(
      passportElm(
        { id: target, name: person?.name ?? '' },
        rows.map((r) => r.document),
      ),
      null,
      2,
    );
  }

  /** The signed documents an organisation issued, oldest first (the operator's `credentials --org`). */
  async documentsOf(organisationId: string): Promise<Record<string, unknown>[]> {
    const rows = await this.db.query<{ document: Record<string, unknown> }[]>(
      'select document from issued_credentials where organisation_id = $1 order by issued_at, id',
      [organisationId],
    );
    return rows.map((r) => r.document);
  }

  /** French titles of the qualification and its units, for the French certificate (the credential speaks English). */
  async frenchTitles(id: string): Promise<FrenchTitles> {
    const [row] = await this.db.query<
      { qualification: string | null; ulos: Record<string, string> | null; evidence: UloStatus[] }[]
    >(
      `select q.title->>'fr' as qualification, a.evidence,
              (select jsonb_object_agg(r.code, r.title->>'fr') from reference_ulos r
                where r.framework_id = s.framework_id and r.title ? 'fr'
                  and r.code in (select e->>'ulo' from jsonb_array_elements(a.evidence) e)) as ulos
         from issued_credentials c join qualification_awards a on a.id = c.award_id
         join scheme_qualifications q on q.id = a.qualification_id join qualification_schemes s on s.id = q.scheme_id
        where c.id = $1`,
      [id],
    );
    return {
      qualification: row?.qualification ?? null,
      ulos: row?.ulos ?? {},
      evidence: row ? frenchEvidenceNarrative(summarise(row.evidence)) : null,
    };
  }

  async document(id: string): Promise<Record<string, unknown> | undefined> {
    if (!isUuid(id)) return undefined;
    return (await this.db.manager.findOneBy(IssuedCredentialEntity, { id }))?.document;
  }

  /**
   * Withdraws the award behind a credential: every credential of that award is revoked (their status bits set and
   * the list signed again) and the award is marked revoked. Only the issuing organisation's managers and admins.
   */
  async revoke(viewer: Viewer, id: string, reason: string): Promise<IssuedCredentialModel> {
    const why = reason.trim();
    if (!why)
      throw badInput(
        'Give the reason for the revocation; it is shown to anyone who verifies the credential.',
      );
    if (why.length > MAX_REASON) throw badInput(`The reason is longer than ${MAX_REASON} characters.`);
    if (!isUuid(id)) throw notFound('This credential');
    const [org] = await this.db.query<{ id: string; slug: string; name: string }[]>(
      `select o.id, o.slug, o.name from issued_credentials c join organisations o on o.id = c.organisation_id where c.id = $1 and c.organisation_id = $2`,
      [id, viewer.organisationId],
    );
    if (!org) throw notFound('This credential');
    await this.db.transaction(async (tx) => {
      await lockOrganisation(tx, org.id);
      const target = await tx.findOneByOrFail(IssuedCredentialEntity, { id });
      const live = await tx.find(IssuedCredentialEntity, {
        where: { awardId: target.awardId, organisationId: org.id },
      });
      const toRevoke = live.filter((c) => !c.revokedAt);
      if (!toRevoke.length) return;
      await tx.query(
        `update issued_credentials set revoked_at = now(), revoked_by = $2, revocation_reason = $3 where id = any($1::uuid[])`,
        [toRevoke.map((c) => c.id), viewer.userId, why],
      );
      await tx.query(
        'update qualification_awards set revoked_at = now() where id = $1 and revoked_at is null',
        [target.awardId],
      );
      const byList = new Map<string, number[]>();
      for (const c of toRevoke)
        byList.set(c.statusListId, [...(byList.get(c.statusListId) ?? []), c.statusIndex]);
      for (const [listId, indexes] of byList) await this.statusLists.revoke(org, listId, indexes, tx);
    });
    const [row] = await this.db.query<ListRow[]>(`${LIST} where c.id = $1`, [id]);
    return model(row!);
  }

  /**
   * Erasure of a person: every credential issued to them, by any organisation, is revoked (status bits set, lists
   * signed again) with their awards, and the name inside the stored documents becomes the pseudonym. A copy the
   * person kept still verifies as revoked. Runs in the caller's transaction.
   */
  async revokeAllOfPerson(
    tx: EntityManager,
    userId: string,
    by: string,
    reason: string,
    name: { from: string; to: string },
  ): Promise<number> {
    const live = await tx.find(IssuedCredentialEntity, { where: { userId } });
    const toRevoke = live.filter((c) => !c.revokedAt);
    const orgs = await tx.query<{ id: string; slug: string; name: string }[]>(
      'select distinct o.id, o.slug, o.name from issued_credentials c join organisations o on o.id = c.organisation_id where c.user_id = $1 and c.revoked_at is null order by o.id',
      [userId],
    );
    for (const org of orgs) {
      await lockOrganisation(tx, org.id);
      const byList = new Map<string, number[]>();
      for (const c of toRevoke.filter((x) => x.organisationId === org.id))
        byList.set(c.statusListId, [...(byList.get(c.statusListId) ?? []), c.statusIndex]);
      for (const [listId, indexes] of byList) await this.statusLists.revoke(org, listId, indexes, tx);
    }
    if (toRevoke.length) {
      await tx.query(
        `update issued_credentials set revoked_at = now(), revoked_by = $2, revocation_reason = $3 where id = any($1::uuid[])`,
        [toRevoke.map((c) => c.id), by, reason],
      );
    }
    await tx.query(
      'update qualification_awards set revoked_at = now() where user_id = $1 and revoked_at is null',
      [userId],
    );
    // The name as it is written inside the JSON documents (escaped the way JSON escapes it).
    const inJson = (v: string) => JSON.stringify(v).slice(1, -1);
    await tx.query(
      `update issued_credentials set document = replace(document::text, $2, $3)::jsonb where user_id = $1`,
      [userId, inJson(name.from), inJson(name.to)],
    );
    return toRevoke.length;
  }
}

function model(r: ListRow): IssuedCredentialModel {
  const expired = r.validUntil !== null && new Date(r.validUntil).getTime() < Date.now();
  return {
    ...r,
    issuedAt: new Date(r.issuedAt).toISOString(),
    validUntil: r.validUntil ? new Date(r.validUntil).toISOString() : null,
    revokedAt: r.revokedAt ? new Date(r.revokedAt).toISOString() : null,
    state: r.revokedAt
      ? CredentialStateEnum.revoked
      : expired
        ? CredentialStateEnum.expired
        : CredentialStateEnum.valid,
  };
}
