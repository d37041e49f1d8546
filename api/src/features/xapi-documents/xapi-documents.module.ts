// The xAPI resources beside Statements: State, Agent Profile, Activity Profile, Agents, Activities and About.
import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '../identity/identity.module.js';
import { LearningRecordsModule } from '../learning-records/learning-records.module.js';
import { XapiAuthGuard } from '../learning-records/xapi-auth.guard.js';
import { XapiAboutController } from './xapi-about.controller.js';
import { XapiAgentsActivitiesController } from './xapi-agents-activities.controller.js';
import { XapiDocumentEntity } from './xapi-document.entity.js';
import { XapiDocumentsController } from './xapi-documents.controller.js';
import { XapiDocumentsService } from './xapi-documents.service.js';
import { XapiDocumentsGuard } from './xapi-version.guard.js';
import { xapiCors } from './xapi-cors.middleware.js';

@Module({
  imports: [TypeOrmModule.forFeature([XapiDocumentEntity]), LearningRecordsModule, IdentityModule],
  controllers: [XapiAboutController, XapiDocumentsController, XapiAgentsActivitiesController],
  // The statements' own guard, built here from the services those modules export.
  providers: [XapiDocumentsService, XapiAuthGuard, XapiDocumentsGuard],
  exports: [XapiDocumentsService],
})
export class XapiDocumentsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(xapiCors).forRoutes({ path: 'xapi/{*path}', method: RequestMethod.ALL });
  }
}
