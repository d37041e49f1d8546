// Assignments of module versions to workers, and the views built on them.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { WorkersModule } from '../workers/workers.module.js';
import { AssignmentRemindersService } from './assignment-reminders.service.js';
import { AssignmentEntity } from './assignment.entity.js';
import { AssignmentViewsService } from './assignment-views.service.js';
import { AssignmentsResolver } from './assignments.resolver.js';
import { AssignmentsService } from './assignments.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([AssignmentEntity]), WorkersModule],
  providers: [AssignmentRemindersService, AssignmentsService, AssignmentViewsService, AssignmentsResolver],
  exports: [AssignmentsService, AssignmentRemindersService],
})
export class AssignmentsModule {}
