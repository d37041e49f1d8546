// Building sites of the viewer's organisation, never another organisation's: create, edit, close, list.
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import { normaliseSiteInput, siteInputProblems, type SiteField, type SiteInputProblem } from '@fit/shared';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput, conflict, notFound } from '../../common/errors/domain-error.js';
import { isUuid } from '../../common/ids.js';
import type { SiteInput } from './dto/site.input.js';
import { SiteStatus } from './models/site.model.js';
import { SiteEntity } from './site.entity.js';
import { closeSiteRecords } from './site-closing.js';
import { queryExists } from '../../common/sql.js';

// What the API says when a field is refused; the staff screen shows its own words for `problem`, next to `field`.
const PROBLEM_MESSAGES: Record<SiteInputProblem, string> = {
  nameRequired: 'Give the site a name.',
  nameTooLong: 'The name is too long.',
  tooLong: 'This text is too long.',
  badDate: 'Enter a date as YYYY-MM-DD.',
  endBeforeStart: 'The end date cannot be before the start date.',
  unknownTimeZone: 'This time zone does not exist. Use an IANA name such as Europe/Paris.',
};

const fieldError = (field: SiteField, problem: SiteInputProblem) => badInput(PROBLEM_MESSAGES[problem], { field, problem });
const duplicateName = () => conflict('Another site of your organisation already has this name.', { field: 'name', problem: 'duplicateName' });

@Injectable()
export class SitesService {
  constructor(
    @InjectRepository(SiteEntity) private readonly sites: Repository<SiteEntity>,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** A site of the viewer's organisation, or NOT_FOUND whether it is missing or another organisation's. */
  async ownedOrFail(viewer: Pick<Viewer, 'organisationId'>, siteId: string): Promise<SiteEntity> {
    const site = isUuid(siteId) ? await this.sites.findOneBy({ id: siteId, organisationId: viewer.organisationId }) : null;
    if (!site) throw notFound('This site');
    return site;
  }

  /** A site of the viewer's organisation where works still go on: nothing new (tablet, assignment) starts on a closed one. */
  async openOrFail(viewer: Pick<Viewer, 'organisationId'>, siteId: string): Promise<SiteEntity> {
    const site = await this.ownedOrFail(viewer, siteId);
    if (site.closedAt) throw conflict('This site is closed: nothing new can start there.', { problem: 'siteClosed' });
    return site;
  }

  /**
   * A site the viewer may look into: staff, any site of their organisation; a worker, only a site whose crew they
   * are in (a worker on one site's tablet has no business with another site's building model). NOT_FOUND otherwise.
   */
  async readableOrFail(viewer: Pick<Viewer, 'organisationId' | 'role' | 'userId'>, siteId: string): Promise<SiteEntity> {
    const site = await this.ownedOrFail(viewer, siteId);
    if (viewer.role === 'worker' && !(await this.isCrew(viewer.userId, site.id))) throw notFound('This site');
    return site;
  }

  async isCrew(userId: string, siteId: string): Promise<boolean> {
    return queryExists(this.sites, 'select 1 from site_members where user_id = $1 and site_id = $2', [userId, siteId]);
  }

  /** Sites of the viewer's organisation, by name; `status` keeps the active or the closed ones only. */
  listForViewer(viewer: Viewer, status?: SiteStatus | null): Promise<SiteEntity[]> {
    const query = this.sites.createQueryBuilder('s').where('s.organisation_id = :org', { org: viewer.organisationId });
    if (status === SiteStatus.active) query.andWhere('s.closed_at is null');
    if (status === SiteStatus.closed) query.andWhere('s.closed_at is not null');
    return query.orderBy('s.name', 'ASC').getMany();
  }

  async create(viewer: Viewer, input: SiteInput): Promise<SiteEntity> {
    const fields = checked(input);
    return this.db.transaction(async (tx) => {
      await this.assertNameFree(tx, viewer.organisationId, fields.name);
      const repo = tx.getRepository(SiteEntity);
      return saveOrDuplicate(() => repo.save(repo.create({ ...fields, organisationId: viewer.organisationId, closedAt: null })));
    });
  }

  async update(viewer: Viewer, siteId: string, input: SiteInput): Promise<SiteEntity> {
    const site = await this.ownedOrFail(viewer, siteId);
    const fields = checked(input);
    return this.db.transaction(async (tx) => {
      await this.assertNameFree(tx, viewer.organisationId, fields.name, site.id);
      return saveOrDuplicate(() => tx.getRepository(SiteEntity).save({ ...site, ...fields }));
    });
  }

  /**
   * The works are over: the site's tablets are revoked (with every session on them), its set-up codes dropped and
   * its open assignments closed, in one transaction. Its records, crew and models stay readable. Closing twice is a no-op.
   */
  async close(viewer: Viewer, siteId: string): Promise<SiteEntity> {
    const site = await this.ownedOrFail(viewer, siteId);
    if (site.closedAt) return site;
    await this.db.transaction((tx) => closeSiteRecords(tx, site.id));
    return this.ownedOrFail(viewer, siteId);
  }

  /** Names differing only in case or spaces are the same site to the people who pick it from a list. */
  private async assertNameFree(tx: EntityManager, organisationId: string, name: string, exceptId?: string): Promise<void> {
    // Serialises concurrent creations in one organisation so two requests cannot both pass the check.
    await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`fit:site-names:${organisationId}`]);
    const rows = await tx.query<unknown[]>(
      'select 1 from sites where organisation_id = $1 and lower(name) = lower($2) and id is distinct from $3::uuid',
      [organisationId, name, exceptId ?? null],
    );
    if (rows.length > 0) throw duplicateName();
  }
}

function checked(input: SiteInput) {
  const fields = normaliseSiteInput({
    name: input.name,
    address: input.address ?? '',
    startsOn: input.startsOn ?? null,
    endsOn: input.endsOn ?? null,
    timeZone: input.timeZone,
    client: input.client ?? '',
    contractReference: input.contractReference ?? null,
  });
  const [first] = Object.entries(siteInputProblems(fields)) as [SiteField, SiteInputProblem][];
  if (first) throw fieldError(...first);
  return fields;
}

async function saveOrDuplicate<T>(save: () => Promise<T>): Promise<T> {
  try {
    return await save();
  } catch (error) {
    if ((error as { code?: string }).code === '23505') throw duplicateName();
    throw error;
  }
}
