// The schema as committed in api/schema.gql: printed sorted, so the file only changes when the API does.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { INestApplication } from '@nestjs/common';
import { lexicographicSortSchema, printSchema } from 'graphql';

export const SCHEMA_FILE = fileURLToPath(new URL('../schema.gql', import.meta.url));

const HEADER = '# Generated from the API code by `npm run fit -- schema`. Do not edit: CI fails when it drifts.\n\n';

export function printAppSchema(app: INestApplication): string {
  return HEADER + printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema)) + '\n';
}

export function committedSchema(): string {
  return readFileSync(SCHEMA_FILE, 'utf8');
}
