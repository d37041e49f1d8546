// Module packages: export a version with its media as a zip, import one from another FIT instance.
import { Module } from '@nestjs/common';
import { LearningModulesModule } from '../learning-modules/learning-modules.module.js';
import { MediaModule } from '../media/media.module.js';
import { ModulePackagesController } from './module-packages.controller.js';
import { ModulePackagesService } from './module-packages.service.js';

@Module({
  imports: [LearningModulesModule, MediaModule],
  providers: [ModulePackagesService],
  controllers: [ModulePackagesController],
})
export class ModulePackagesModule {}
