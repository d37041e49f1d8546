// One document of the xAPI document resources (State, Agent Profile, Activity Profile), kept per organisation.
// Parameters a resource does not use are stored as '' so that one unique key covers all three resources.
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../identity/organisation.entity.js';

export type XapiDocumentKind = 'state' | 'agentProfile' | 'activityProfile';

@Entity('xapi_documents')
@Index('xapi_documents_key_uq', ['organisationId', 'kind', 'activityId', 'agentIfi', 'registration', 'documentId'], { unique: true })
export class XapiDocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 16 })
  kind: XapiDocumentKind;

  /** Activity IRI (State, Activity Profile) or ''. */
  @Column({ type: 'text' })
  activityId: string;

  /** The agent's inverse functional identifier (State, Agent Profile) or ''. */
  @Column({ type: 'text' })
  agentIfi: string;

  /** The registration UUID in lower case (State only) or ''. */
  @Column({ type: 'text' })
  registration: string;

  /** stateId or profileId. */
  @Column({ type: 'text' })
  documentId: string;

  @Column({ type: 'text' })
  contentType: string;

  @Column({ type: 'bytea' })
  content: Buffer;

  /** SHA-1 of the content, hex: the ETag the specification asks for. */
  @Column({ type: 'text' })
  etag: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updated: Date;
}
