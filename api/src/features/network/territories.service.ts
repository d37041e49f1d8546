// Territories of the viewer's network body, never another's: list, create, edit, delete.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { territoryProblems, type TerritoryProblem } from '@fit/shared';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput, conflict, notFound } from '../../common/errors/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { queryExists } from '../../common/sql.js';
import type { TerritoryInput } from './dto/territory.input.js';
import { networkBodyOrFail } from './network-viewer.js';
import { TerritoryEntity } from './territory.entity.js';

const PROBLEM_MESSAGES: Record<TerritoryProblem, string> = {
  nameRequired: 'Give the territory a name.',
  nameTooLong: 'The name is too long.',
  codesRequired: 'List at least one municipality or inter-municipal body by its official code.',
  tooManyCodes: 'A territory lists at most 2,000 codes.',
  badCode: 'This is not an INSEE commune code (5 characters) or an EPCI SIREN number (9 digits).',
};

@Injectable()
export class TerritoriesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The viewer's network body's territories by name; empty for a company, which has none. */
  async list(viewer: Pick<Viewer, 'organisationId'>): Promise<TerritoryEntity[]> {
    return this.db.getRepository(TerritoryEntity).find({ where: { organisationId: viewer.organisationId }, order: { name: 'ASC' } });
  }

  /** A territory of the viewer's organisation, or NOT_FOUND whether it is missing or another body's. */
  async ownedOrFail(viewer: Pick<Viewer, 'organisationId'>, id: string, tx: EntityManager = this.db.manager): Promise<TerritoryEntity> {
    const territory = isUuid(id) ? await tx.findOneBy(TerritoryEntity, { id, organisationId: viewer.organisationId }) : null;
    if (!territory) throw notFound('This territory');
    return territory;
  }

  create(viewer: Viewer, input: TerritoryInput): Promise<TerritoryEntity> {
    const fields = checked(input);
    return this.db.transaction(async (tx) => {
      await networkBodyOrFail(tx, viewer.organisationId);
      await assertNameFree(tx, viewer.organisationId, fields.name, null);
      return tx.save(tx.create(TerritoryEntity, { ...fields, organisationId: viewer.organisationId }));
    });
  }

  update(viewer: Viewer, id: string, input: TerritoryInput): Promise<TerritoryEntity> {
    const fields = checked(input);
    return this.db.transaction(async (tx) => {
      const territory = await this.ownedOrFail(viewer, id, tx);
      await assertNameFree(tx, viewer.organisationId, fields.name, territory.id);
      return tx.save(TerritoryEntity, { ...territory, ...fields });
    });
  }

  async remove(viewer: Viewer, id: string): Promise<boolean> {
    const territory = await this.ownedOrFail(viewer, id);
    await this.db.getRepository(TerritoryEntity).delete({ id: territory.id });
    return true;
  }
}

function checked(input: TerritoryInput): { name: string; codes: string[] } {
  const fields = { name: input.name.trim(), codes: [...new Set(input.codes.map((code) => code.trim().toUpperCase()))] };
  const [problem] = territoryProblems(fields);
  if (problem) {
    const message = PROBLEM_MESSAGES[problem.problem];
    // `value`, not `code`: extensions.code is the error's own code.
    throw badInput(problem.code ? `${problem.code}: ${message}` : message, { field: problem.field, problem: problem.problem, value: problem.code });
  }
  return fields;
}

async function assertNameFree(tx: EntityManager, organisationId: string, name: string, exceptId: string | null): Promise<void> {
  const taken = await queryExists(
    tx,
    'select 1 from territories where organisation_id = $1 and lower(name) = lower($2) and id is distinct from $3',
    [organisationId, name, exceptId],
  );
  if (taken) throw conflict('Your network body already has a territory with this name.', { field: 'name', problem: 'duplicateName' });
}
