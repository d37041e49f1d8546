// QR labels on the building's elements: printed by staff from the site's model page, scanned on the site tablet.
import { Module } from '@nestjs/common';
import { SitesModule } from '../sites/sites.module.js';
import { ElementLabelsController } from './element-labels.controller.js';
import { ElementLabelsResolver } from './element-labels.resolver.js';
import { ElementLabelsService } from './element-labels.service.js';

@Module({ imports: [SitesModule], controllers: [ElementLabelsController], providers: [ElementLabelsService, ElementLabelsResolver] })
export class ElementLabelsModule {}
