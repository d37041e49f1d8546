// Root module: configuration, logging, database, GraphQL and the features.
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import { APP_CONFIG } from './common/config.token.js';
import { createErrorFormatter } from './common/graphql/format-error.js';
import type { AppConfig } from './config/config.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { JobsModule } from './common/jobs/jobs.module.js';
import { BimModule } from './features/bim/bim.module.js';
import { HealthModule } from './features/health/health.module.js';
import { IdentityModule } from './features/identity/identity.module.js';
import { SitesModule } from './features/sites/sites.module.js';

export const REDACTED_PATHS = ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-device-token"]'];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    const errorLog = pino({ level: config.logLevel });
    return {
      module: AppModule,
      global: true,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            redact: REDACTED_PATHS,
            autoLogging: { ignore: (req) => req.url === '/health' },
          },
        }),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrl),
          migrationsRun: true,
          retryAttempts: 5,
          retryDelay: 2000,
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          introspection: config.env !== 'production',
          includeStacktraceInErrorResponses: false,
          context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
          formatError: createErrorFormatter(errorLog),
        }),
        JobsModule,
        HealthModule,
        IdentityModule,
        SitesModule,
        BimModule,
      ],
    };
  }
}
