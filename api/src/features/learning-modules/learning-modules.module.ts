// Training modules: authoring, versioning and the catalogue.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MediaModule } from '../media/media.module.js';
import { LearningModuleEntity } from './learning-module.entity.js';
import { LearningModulesResolver } from './learning-modules.resolver.js';
import { LearningModulesService } from './learning-modules.service.js';
import { ModuleVersionEntity } from './module-version.entity.js';
import { ModuleVersionResolver } from './module-version.resolver.js';

@Module({
  imports: [TypeOrmModule.forFeature([LearningModuleEntity, ModuleVersionEntity]), MediaModule],
  providers: [LearningModulesService, LearningModulesResolver, ModuleVersionResolver],
  exports: [LearningModulesService],
})
export class LearningModulesModule {}
