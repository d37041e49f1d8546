// Erasure (GDPR article 17): a request is recorded (the person, or a manager or admin on their behalf), then an admin
// executes it. Executing replaces the person's name by a pseudonym wherever FIT shows it (the name lives only in
// `users`, so every answer, export and listing that joins it follows), removes their PIN, badge, e-mail and
// password, ends their sessions, deletes the evidence photos they took, revokes the credentials issued to them and
// records who executed it and when. The learning-record ledger is left exactly as it is: its statements name the
// person by account id, which now leads to the pseudonym, so its count and hashes stay provable.
import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { conflict, notFound } from '../../common/errors/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { lockOrganisation } from '../credentials/credential-keys.service.js';
import { CredentialsService } from '../credentials/credentials.service.js';
import { MEDIA_STORAGE, type MediaStorage } from '../media/media-storage.js';
import { removeMediaRows } from '../media/media-removal.js';
import { dataSubject } from './data-subject.js';
import type { PersonalDataRequest } from './models/personal-data-request.model.js';

const LIST = `
  select r.id, r.kind, r.user_id as "personId", u.display_name as "personName", r.requested_at as "requestedAt",
         rb.display_name as "requestedByName", r.executed_at as "executedAt", eb.display_name as "executedByName"
    from personal_data_requests r
    join users u on u.id = r.user_id
    join users rb on rb.id = r.requested_by
    left join users eb on eb.id = r.executed_by`;

interface Row extends Omit<PersonalDataRequest, 'requestedAt' | 'executedAt'> {
  requestedAt: Date;
  executedAt: Date | null;
}

const toModel = (r: Row): PersonalDataRequest => ({
  ...r,
  requestedAt: new Date(r.requestedAt).toISOString(),
  executedAt: r.executedAt ? new Date(r.executedAt).toISOString() : null,
});

/** A short code no one can guess back to the person: "P-" and 8 characters of base32. */
export function newPseudonym(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return `P-${[...randomBytes(8)].map((b) => alphabet[b % alphabet.length]).join('')}`;
}

@Injectable()
export class ErasureService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
    private readonly credentials: CredentialsService,
  ) {}

  /** Records a request in the caller's organisation; asking again while one waits returns the waiting one. */
  async request(viewer: Viewer, workerId?: string | null): Promise<PersonalDataRequest> {
    const subject = await dataSubject(this.db, viewer, workerId);
    await this.db.query(
      `insert into personal_data_requests (organisation_id, user_id, kind, requested_by) values ($1, $2, 'erasure', $3)
       on conflict (organisation_id, user_id, kind) where executed_at is null do nothing`,
      [viewer.organisationId, subject.userId, viewer.userId],
    );
    const [row] = await this.db.query<Row[]>(`${LIST} where r.organisation_id = $1 and r.user_id = $2 and r.executed_at is null`, [
      viewer.organisationId,
      subject.userId,
    ]);
    return toModel(row!);
  }

  /** The organisation's requests, waiting ones first. */
  async list(viewer: Viewer): Promise<PersonalDataRequest[]> {
    const rows = await this.db.query<Row[]>(`${LIST} where r.organisation_id = $1 order by r.executed_at is not null, r.requested_at desc`, [
      viewer.organisationId,
    ]);
    return rows.map(toModel);
  }

  async execute(viewer: Viewer, requestId: string): Promise<PersonalDataRequest> {
    if (!isUuid(requestId)) throw notFound('This request');
    const removed = await this.db.transaction(async (tx) => {
      const [request] = await tx.query<{ user_id: string; executed_at: Date | null }[]>(
        'select user_id, executed_at from personal_data_requests where id = $1 and organisation_id = $2 for update',
        [requestId, viewer.organisationId],
      );
      if (!request) throw notFound('This request');
      if (request.executed_at) throw conflict('This erasure was already executed.');
      const userId = request.user_id;
      if (userId === viewer.userId) throw conflict('An admin cannot execute the erasure of their own account; another admin does.');
      // The credential issuer's lock on each of the person's organisations: no credential is signed with their name
      // while the erasure runs, and none after it (the issuer checks for the erasure under the same lock).
      const orgs = await tx.query<{ organisation_id: string }[]>('select organisation_id from memberships where user_id = $1 order by organisation_id', [userId]);
      for (const { organisation_id: id } of orgs) await lockOrganisation(tx, id);
      const [person] = await tx.query<{ display_name: string; email: string | null }[]>('select display_name, email from users where id = $1 for update', [userId]);
      const pseudonym = newPseudonym();

      // Identity and contact data: the pseudonym is the only name left; nothing to sign in with.
      await tx.query('update users set display_name = $2, email = null, password_hash = null, tokens_valid_after = now() where id = $1', [userId, pseudonym]);
      await tx.query('update sessions set revoked_at = now() where user_id = $1 and revoked_at is null', [userId]);
      await tx.query('update memberships set pin_hash = null, badge_code = null where user_id = $1', [userId]);
      if (person!.email) {
        await tx.query('delete from invitations where lower(email) = lower($1)', [person!.email]);
        await tx.query('delete from auth_failures where position(lower($1) in lower(key)) > 0', [person!.email]);
      }
      await tx.query('delete from offline_lockouts where worker_id = $1', [userId]);
      // Social clause: the eligibility (category, evidence type) goes; hours stay, counted under the pseudonym, and the
      // log of who read the eligibility stays (it holds no category).
      await tx.query('update clause_participants set category = null, evidence_type = null where user_id = $1', [userId]);
      // Messages written with the name (PIN lock-outs, reminders to managers) now say the pseudonym.
      await tx.query(`update notifications set message = replace(message, $1, $2) where position($1 in message) > 0`, [person!.display_name, pseudonym]);

      // Photos of their work: gone, rows now and files once committed.
      const photos = await tx.query<{ id: string }[]>(`select id from media_assets where purpose = 'evidence' and created_by = $1`, [userId]);
      const media = await removeMediaRows(tx, this.storage, photos.map((p) => p.id));
      await tx.query('delete from evidence_uploads where user_id = $1', [userId]);

      await this.credentials.revokeAllOfPerson(tx, userId, viewer.userId, 'The holder’s personal data was erased at their request.', {
        from: person!.display_name,
        to: pseudonym,
      });
      await tx.query('update personal_data_requests set executed_by = $2, executed_at = now(), pseudonym = $3 where id = $1', [requestId, viewer.userId, pseudonym]);
      return media;
    });
    await removed.deleteFiles();
    const [row] = await this.db.query<Row[]>(`${LIST} where r.id = $1`, [requestId]);
    return toModel(row!);
  }
}
