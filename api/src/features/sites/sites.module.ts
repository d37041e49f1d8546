// Building sites (chantiers).
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SiteEntity } from './site.entity.js';
import { SitesResolver } from './sites.resolver.js';
import { SitesService } from './sites.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([SiteEntity])],
  providers: [SitesService, SitesResolver],
  exports: [SitesService],
})
export class SitesModule {}
