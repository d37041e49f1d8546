// Root module: configuration, logging, database, GraphQL and the features.
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import { APP_CONFIG } from './common/config.token.js';
import { DomainErrorFilter } from './common/errors/domain-error.filter.js';
import { createErrorFormatter } from './common/graphql/format-error.js';
import { DEFAULT_QUERY_LIMITS, queryLimitsRule } from './common/graphql/query-limits.js';
import { graphqlArmor, MAX_QUERY_TOKENS } from './common/graphql/armor.js';
import type { AppConfig } from './config/config.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { REDACTED_PATHS } from './common/logging/redaction.js';
import { AssignmentsModule } from './features/assignments/assignments.module.js';
import { ValidationsModule } from './features/validations/validations.module.js';
import { QualificationsModule } from './features/qualifications/qualifications.module.js';
import { TenderRequirementsModule } from './features/tender-requirements/tender-requirements.module.js';
import { JobsModule } from './common/jobs/jobs.module.js';
import { BimModule } from './features/bim/bim.module.js';
import { BcfModule } from './features/bcf/bcf.module.js';
import { ElementLabelsModule } from './features/element-labels/element-labels.module.js';
import { RenewalsModule } from './features/renewals/renewals.module.js';
import { RecallModule } from './features/recall/recall.module.js';
import { NetworkModule } from './features/network/network.module.js';
import { ForecastModule } from './features/forecast/forecast.module.js';
import { SocialClauseModule } from './features/social-clause/social-clause.module.js';
import { PositioningModule } from './features/positioning/positioning.module.js';
import { NetworkFiguresModule } from './features/network-figures/network-figures.module.js';
import { HealthModule } from './features/health/health.module.js';
import { IdentityModule } from './features/identity/identity.module.js';
import { OrganisationsModule } from './features/organisations/organisations.module.js';
import { LearningModulesModule } from './features/learning-modules/learning-modules.module.js';
import { MediaModule } from './features/media/media.module.js';
import { ModulePackagesModule } from './features/module-packages/module-packages.module.js';
import { LearningRecordsModule } from './features/learning-records/learning-records.module.js';
import { XapiDocumentsModule } from './features/xapi-documents/xapi-documents.module.js';
import { Cmi5Module } from './features/cmi5/cmi5.module.js';
import { SitesModule } from './features/sites/sites.module.js';
import { WorkersModule } from './features/workers/workers.module.js';
import { TabletsModule } from './features/tablets/tablets.module.js';
import { SitePacksModule } from './features/site-packs/site-packs.module.js';
import { NotificationsModule } from './features/notifications/notifications.module.js';
import { CredentialsModule } from './features/credentials/credentials.module.js';
import { PersonalDataModule } from './features/personal-data/personal-data.module.js';
import { AfestModule } from './features/afest/afest.module.js';


@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    const errorLog = pino({ level: config.logLevel, redact: REDACTED_PATHS });
    const armor = graphqlArmor(config.env === 'production');
    return {
      module: AppModule,
      global: true,
      providers: [{ provide: APP_CONFIG, useValue: config }, { provide: APP_FILTER, useClass: DomainErrorFilter }],
      exports: [APP_CONFIG],
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            redact: REDACTED_PATHS,
            autoLogging: { ignore: (req) => req.url === '/health' },
          },
          // Request logs are written at info. Above it (warn, error, silent) none can be written, yet the request logger
          // would still serialise and redact every request: it is not mounted then (other logs go to the root logger).
          ...(writesRequestLogs(config.logLevel) ? {} : { forRoutes: [] }),
        }),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrl),
          // Migrations run before, as the schema's owner (database/roles.ts); the API's role may not run them.
          migrationsRun: false,
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
          // FIT sets no cache hints (answers are per viewer, sent no-store); Apollo's default cache-control plugin
          // would still run a hook for every field of every answer (a cohort view is 84,000 fields).
          plugins: [ApolloServerPluginCacheControlDisabled(), ...armor.plugins],
          parseOptions: { maxTokens: MAX_QUERY_TOKENS },
          validationRules: [queryLimitsRule(config.queryLimits ?? DEFAULT_QUERY_LIMITS), ...armor.validationRules],
        }),
        JobsModule,
        HealthModule,
        IdentityModule,
        SitesModule,
        OrganisationsModule,
        WorkersModule,
        TabletsModule,
        SitePacksModule,
        NotificationsModule,
        LearningModulesModule,
        MediaModule,
        ModulePackagesModule,
        LearningRecordsModule,
        XapiDocumentsModule,
        Cmi5Module,
        AssignmentsModule,
        ValidationsModule,
        QualificationsModule,
        TenderRequirementsModule,
        BimModule,
        BcfModule,
        ElementLabelsModule,
        RenewalsModule,
        RecallModule,
        CredentialsModule,
        PersonalDataModule,
        NetworkModule,
        AfestModule,
        ForecastModule,
        SocialClauseModule,
        PositioningModule,
        NetworkFiguresModule,
      ],
    };
  }
}

function writesRequestLogs(level: AppConfig['logLevel']): boolean {
  return level === 'info' || level === 'debug' || level === 'trace';
}
