// cmi5: FIT as the LMS of courses made with other authoring tools, on top of its learning record store.
import { Inject, Logger, Module, RequestMethod, type MiddlewareConsumer, type NestModule, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LearningModulesModule } from '../learning-modules/learning-modules.module.js';
import { LearningRecordsModule } from '../learning-records/learning-records.module.js';
import { xapiCors } from '../xapi-documents/xapi-cors.middleware.js';
import { XapiDocumentsModule } from '../xapi-documents/xapi-documents.module.js';
import { AuCredentialScope } from './au-credential-scope.middleware.js';
import { Cmi5ContentController } from './cmi5-content.controller.js';
import { Cmi5CoursesService } from './cmi5-courses.service.js';
import { Cmi5SessionRules } from './cmi5-session-rules.service.js';
import { Cmi5SessionsService } from './cmi5-sessions.service.js';
import { Cmi5Controller, Cmi5OfflineController, Cmi5PlayController } from './cmi5.controller.js';
import { Cmi5OfflineService } from './cmi5-offline.service.js';
import { TabletsModule } from '../tablets/tablets.module.js';
import { Cmi5AuResultEntity, Cmi5CourseEntity, Cmi5CourseFileEntity, Cmi5RegistrationEntity, Cmi5SessionEntity } from './cmi5.entities.js';

const SWEEP_EVERY_MS = 60_000;

@Module({
  imports: [
    TypeOrmModule.forFeature([Cmi5CourseEntity, Cmi5CourseFileEntity, Cmi5RegistrationEntity, Cmi5AuResultEntity, Cmi5SessionEntity]),
    LearningModulesModule,
    LearningRecordsModule,
    XapiDocumentsModule,
    TabletsModule,
  ],
  controllers: [Cmi5Controller, Cmi5PlayController, Cmi5ContentController, Cmi5OfflineController],
  providers: [Cmi5CoursesService, Cmi5SessionsService, Cmi5SessionRules, Cmi5OfflineService],
})
export class Cmi5Module implements NestModule, OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private readonly logger = new Logger('Cmi5');

  constructor(@Inject(Cmi5SessionsService) private readonly sessions: Cmi5SessionsService) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(xapiCors).forRoutes({ path: 'cmi5/fetch/{*path}', method: RequestMethod.ALL });
    consumer.apply(AuCredentialScope).forRoutes({ path: 'xapi/{*path}', method: RequestMethod.ALL });
  }

  /** Every minute: sessions whose AU terminated are closed, silent ones past the timeout abandoned, moveOn evaluated. */
  onApplicationBootstrap(): void {
    // A failed sweep is logged and tried again at the next tick.
    this.timer = setInterval(() => void this.sessions.sweep().catch((error: unknown) => this.logger.error(error)), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
