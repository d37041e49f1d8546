// The rules of an AFEST: who may create and plan it (trainers and admins of the worker's organisation), who may read
// it (staff, and the worker their own), the trainer's signature through the ledger, and the lock once both signed.
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AUTHOR_ROLES, STAFF_ROLES, signatureProblem, signatureStatement, type DrawnSignature } from '@fit/shared';
import { badInput, conflict, notFound } from '../../common/errors/domain-error.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { isUuid } from '../../common/ids.js';
import { queryExists } from '../../common/sql.js';
import { fitAccount } from '../learning-records/actor-identity.js';
import { StatementIngestService } from '../learning-records/statement-ingest.service.js';
import { QualificationsService } from '../qualifications/qualifications.service.js';
import { SitesService } from '../sites/sites.service.js';
import { AfestAdditionEntity, AfestEntity, AfestSequenceEntity } from './afest.entities.js';
import { readAfest, readSignatures } from './afest-record.js';
import type { Afest, CreateAfestInput, PlanAfestSequenceInput } from './models/afest.models.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const notFoundAfest = () => notFound('This AFEST');

@Injectable()
export class AfestService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ingest: StatementIngestService,
    private readonly qualifications: QualificationsService,
    private readonly sites: SitesService,
  ) {}

  async list(viewer: Viewer): Promise<Afest[]> {
    const rows = await this.db.getRepository(AfestEntity).find({ where: { organisationId: viewer.organisationId }, order: { createdAt: 'DESC' } });
    return Promise.all(rows.map((a) => this.read(viewer, a)));
  }

  async mine(viewer: Viewer): Promise<Afest[]> {
    const rows = await this.db.getRepository(AfestEntity).find({ where: { organisationId: viewer.organisationId, workerId: viewer.userId }, order: { createdAt: 'DESC' } });
    return Promise.all(rows.map((a) => this.read(viewer, a)));
  }

  async one(viewer: Viewer, id: string): Promise<Afest> {
    return this.read(viewer, await this.visible(viewer, id));
  }

  async create(viewer: Viewer, input: CreateAfestInput): Promise<Afest> {
    const title = input.title.trim();
    const note = input.positioningNote.trim();
    if (!title) throw badInput('Give the AFEST a title.', { field: 'title' });
    if (!note) throw badInput('Write the short assessment of the starting point.', { field: 'positioningNote' });
    if (!isUuid(input.workerId)) throw notFound('This worker');
    // The starting point as the passport shows it today (also proves the worker is a member of this organisation).
    const passport = await this.qualifications.passport(viewer, input.workerId);
    const held = passport.ulos.filter((u) => u.state === 'held').map((u) => ({ code: u.code, title: u.title, titleFr: u.titleFr }));
    // ULOs of the reference framework (platform-wide), or of a scheme's units.
    const found = await this.db.query<{ code: string }[]>(
      'select code from reference_ulos where code = any($1::text[]) union select code from scheme_units where code = any($1::text[])',
      [input.targetUlos],
    );
    const known = new Set(found.map((u) => u.code));
    const unknown = input.targetUlos.filter((c) => !known.has(c));
    if (unknown.length) throw badInput(`Unknown ULO: ${unknown.join(', ')}.`, { field: 'targetUlos' });
    const saved = await this.db.getRepository(AfestEntity).save({
      organisationId: viewer.organisationId,
      workerId: input.workerId,
      trainerId: viewer.userId,
      title,
      targetUlos: [...new Set(input.targetUlos)],
      heldUlos: held,
      positioningNote: note,
    });
    return this.one(viewer, saved.id);
  }

  async planSequence(viewer: Viewer, input: PlanAfestSequenceInput): Promise<Afest> {
    const afest = await this.editable(viewer, input.afestId);
    const activity = input.activity.trim();
    if (!activity) throw badInput('Say what the worker will do on site.', { field: 'activity' });
    if (!DAY.test(input.plannedOn) || Number.isNaN(Date.parse(input.plannedOn))) throw badInput('Give the planned date as a day.', { field: 'plannedOn' });
    if (!Number.isInteger(input.plannedMinutes) || input.plannedMinutes < 1 || input.plannedMinutes > 1440) {
      throw badInput('Planned time is from 1 minute to 24 hours.', { field: 'plannedMinutes' });
    }
    if (input.siteId) await this.sites.ownedOrFail(viewer, input.siteId);
    if (input.moduleVersionId) {
      const known =
        isUuid(input.moduleVersionId) &&
        (await queryExists(this.db, 'select 1 from module_versions where id = $1 and organisation_id = $2', [input.moduleVersionId, viewer.organisationId]));
      if (!known) throw notFound('This module');
    }
    await this.db.getRepository(AfestSequenceEntity).save({
      afestId: afest.id,
      activity,
      moduleVersionId: input.moduleVersionId ?? null,
      plannedOn: input.plannedOn,
      siteId: input.siteId ?? null,
      plannedMinutes: input.plannedMinutes,
    });
    return this.one(viewer, afest.id);
  }

  /** The trainer's signature, drawn on the tablet: a statement of the trainer in the ledger. */
  async signAsTrainer(viewer: Viewer, afestId: string, signature: DrawnSignature): Promise<Afest> {
    const afest = await this.editable(viewer, afestId);
    if (afest.trainerId !== viewer.userId) throw badInput('Only the trainer who leads this AFEST signs it.');
    const problem = signatureProblem(signature);
    if (problem) throw badInput(problem, { field: 'signature' });
    if (!(await queryExists(this.db, 'select 1 from afest_sequences where afest_id = $1 limit 1', [afest.id]))) throw badInput('Plan at least one work sequence before signing.');
    const statement = signatureStatement({ id: randomUUID(), signerAccount: fitAccount(viewer.userId), afestId: afest.id, signature, timestamp: new Date().toISOString() });
    await this.ingest.ingest([statement], { principal: { kind: 'user', organisationId: viewer.organisationId, userId: viewer.userId, role: viewer.role }, source: 'xapi' });
    return this.one(viewer, afest.id);
  }

  /** A note on a locked file: never an edit, always an addition with its reason. */
  async addNote(viewer: Viewer, afestId: string, reason: string, note: string): Promise<Afest> {
    const afest = await this.visible(viewer, afestId);
    if (!AUTHOR_ROLES.includes(viewer.role)) throw notFoundAfest();
    if (!reason.trim()) throw badInput('Say why this note is added.', { field: 'reason' });
    if (!note.trim()) throw badInput('Write the note.', { field: 'note' });
    await this.db.getRepository(AfestAdditionEntity).save({ afestId: afest.id, authorId: viewer.userId, reason: reason.trim(), note: note.trim() });
    return this.one(viewer, afest.id);
  }

  /** An AFEST of the viewer's organisation the viewer may see: staff any, a worker their own. */
  async visible(viewer: Viewer, id: string): Promise<AfestEntity> {
    const afest = isUuid(id) ? await this.db.getRepository(AfestEntity).findOneBy({ id, organisationId: viewer.organisationId }) : null;
    if (!afest || (!STAFF_ROLES.includes(viewer.role) && afest.workerId !== viewer.userId)) throw notFoundAfest();
    return this.lockIfSigned(afest);
  }

  /** An AFEST the viewer (trainer or admin) may still change: not locked. */
  private async editable(viewer: Viewer, id: string): Promise<AfestEntity> {
    const afest = await this.visible(viewer, id);
    if (!AUTHOR_ROLES.includes(viewer.role)) throw notFoundAfest();
    if (afest.lockedAt) throw conflict('Both signed: this AFEST is locked. Add a note with its reason instead.', { problem: 'locked' });
    return afest;
  }

  /** The worker's signature reaches the ledger through the tablet's sync: the lock follows on the next read. */
  private async lockIfSigned(afest: AfestEntity): Promise<AfestEntity> {
    if (afest.lockedAt) return afest;
    const signatures = await readSignatures(this.db, afest);
    if (signatures.length < 2) return afest;
    const lockedAt = new Date(Math.max(...signatures.map((s) => new Date(s.signedAt).getTime())));
    await this.db.query('update afests set locked_at = $2 where id = $1 and locked_at is null', [afest.id, lockedAt]);
    return { ...afest, lockedAt };
  }

  /** The viewer's language for server-made files: French unless they chose English. */
  async languageOf(viewer: Viewer): Promise<'fr' | 'en'> {
    const [me] = await this.db.query<{ language: string }[]>('select language from users where id = $1', [viewer.userId]);
    return me?.language === 'en' ? 'en' : 'fr';
  }

  private async read(viewer: Viewer, afest: AfestEntity): Promise<Afest> {
    return readAfest(this.db, await this.lockIfSigned(afest), await this.languageOf(viewer));
  }
}
