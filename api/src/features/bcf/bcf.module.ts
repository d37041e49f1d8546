// BIM Collaboration Format (BCF 3.0): a site's validations of practical work on elements, for BIM tools.
import { Module } from '@nestjs/common';
import { MediaModule } from '../media/media.module.js';
import { SitesModule } from '../sites/sites.module.js';
import { BcfController } from './bcf.controller.js';

@Module({ imports: [MediaModule, SitesModule], controllers: [BcfController] })
export class BcfModule {}
