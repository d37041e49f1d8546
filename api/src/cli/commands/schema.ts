// Writes api/schema.gql from the code; the web's typed client is generated from that file.
import { writeFileSync } from 'node:fs';
import type { CliCommand } from '../command.js';
import { withDatabase } from '../database.js';
import { loadConfig } from '../../config/config.js';
import { createApp } from '../../create-app.js';
import { printAppSchema, SCHEMA_FILE } from '../../graphql-schema.js';

export const schemaCommand: CliCommand = {
  name: 'schema',
  usage: 'schema',
  summary: 'write api/schema.gql from the API code',
  run: () =>
    withDatabase(async (ds) => {
      const config = { ...loadConfig(), logLevel: 'warn' as const };
      const app = await createApp(config, (ds.options as { url: string }).url);
      await app.init();
      writeFileSync(SCHEMA_FILE, printAppSchema(app));
      await app.close();
      console.log(`wrote ${SCHEMA_FILE}`);
      return 0;
    }),
};
