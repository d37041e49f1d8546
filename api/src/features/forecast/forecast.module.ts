// The five-year up-skilling forecast of a network body's territories.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NetworkModule } from '../network/network.module.js';
import { QualificationsModule } from '../qualifications/qualifications.module.js';
import { ForecastHeadcountEntity, ForecastProjectEntity, ForecastRatioEntity, ForecastScenarioEntity } from './forecast.entities.js';
import { ForecastController } from './forecast.controller.js';
import { ForecastResolver } from './forecast.resolver.js';
import { ForecastService } from './forecast.service.js';
import { ModelQuantitiesService } from './model-quantities.service.js';
import { ProjectsService } from './projects.service.js';
import { SettingsService } from './settings.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ForecastProjectEntity, ForecastRatioEntity, ForecastHeadcountEntity, ForecastScenarioEntity]), NetworkModule, QualificationsModule],
  providers: [ProjectsService, SettingsService, ForecastService, ModelQuantitiesService, ForecastResolver],
  controllers: [ForecastController],
})
export class ForecastModule {}
