// Batches lookups of an organisation's module versions by id: a list of any length costs one query.
import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { ModuleVersionEntity } from './module-version.entity.js';

export function moduleVersionsLoader(db: DataSource, organisationId: string): DataLoader<string, ModuleVersionEntity | undefined> {
  return new DataLoader(async (ids) => {
    const rows = await db.getRepository(ModuleVersionEntity).findBy({ id: In([...ids]), organisationId });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id));
  });
}
