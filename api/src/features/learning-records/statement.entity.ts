// One xAPI statement in the append-only ledger. Rows are never updated except to mark them voided
// (a database trigger enforces this); progress, scores and hours are derived from them.
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Statement } from '@fit/shared';

export type StatementSource = 'device' | 'xapi';

@Entity('xapi_statements')
@Index('xapi_statements_org_stored_idx', ['organisationId', 'stored', 'id'])
@Index('xapi_statements_actor_object_idx', ['actorUserId', 'objectId'])
@Index('xapi_statements_actor_ifi_idx', ['actorIfi'])
// Trainers' verdicts, read by every awards refresh (see the migration ValidatedStatementsIndex).
@Index('xapi_statements_validated_idx', ['verbId'], { where: "verb_id = 'https://w3id.org/fit/xapi/verbs/validated'" })
export class StatementEntity {
  /** Made on the device (or by the xAPI client): the key of idempotent sync. */
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  /** The FIT user the statement is about, when the actor is one. */
  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  /** The actor's inverse functional identifier, e.g. `account:https://…|<name>` or `mbox:mailto:…`. */
  @Column({ type: 'text' })
  actorIfi: string;

  @Column({ type: 'text' })
  verbId: string;

  /** Activity IRI, referenced statement id, or the object agent's identifier. */
  @Index('xapi_statements_object_idx')
  @Column({ type: 'text' })
  objectId: string;

  /** Indexed: cmi5 reads a registration's statements for every AU statement (its session rules) and every sweep. */
  @Index('xapi_statements_registration_idx')
  @Column({ type: 'uuid', nullable: true })
  registration: string | null;

  /** The statement as stored (with `stored`, `authority` and `version` set by the server). */
  @Column({ type: 'jsonb' })
  statement: Statement;

  /** SHA-256 of the canonical statement: a resend with the same id must have the same hash. */
  @Column({ type: 'text' })
  contentHash: string;

  /** When it happened, by the device's clock. */
  @Column({ type: 'timestamptz' })
  timestamp: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  stored: Date;

  /** Server time minus device time when the batch arrived; null when the client did not say. */
  @Column({ type: 'integer', nullable: true })
  clockSkewMs: number | null;

  @Column({ type: 'varchar', length: 16 })
  source: StatementSource;

  @Column({ type: 'text', nullable: true })
  deviceId: string | null;

  @Column({ type: 'boolean', default: false })
  voided: boolean;

  @Column({ type: 'uuid', nullable: true })
  voidedBy: string | null;
}
