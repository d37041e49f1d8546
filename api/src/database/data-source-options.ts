// One TypeORM configuration for the app, the command line and the tests: migrations only, never synchronize.
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // A dead connection is replaced on the next checkout, so the API recovers when PostgreSQL comes back.
    extra: { max: 10, connectionTimeoutMillis: 3000, idleTimeoutMillis: 30_000 },
  };
}
