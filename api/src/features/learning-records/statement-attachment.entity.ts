// The raw content of a statement attachment (a photo, a certificate, a signature), kept once per organisation
// and SHA-2: statements refer to it by hash, and GET ?attachments=true sends it back with them.
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('xapi_attachments')
export class StatementAttachmentEntity {
  @PrimaryColumn('uuid')
  organisationId: string;

  /** Hex SHA-2 of the content (the attachment's sha2, lower case). */
  @PrimaryColumn('text')
  sha2: string;

  @Column({ type: 'text' })
  contentType: string;

  @Column({ type: 'integer' })
  length: number;

  @Column({ type: 'bytea' })
  content: Buffer;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
