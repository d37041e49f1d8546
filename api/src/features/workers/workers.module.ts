// Workers, teams, site crews, tablet PINs and badges.
import { Module } from '@nestjs/common';
import { SitesModule } from '../sites/sites.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { TeamsService } from './teams.service.js';
import { WorkersResolver } from './workers.resolver.js';
import { WorkersService } from './workers.service.js';

@Module({
  imports: [SitesModule, OrganisationsModule],
  providers: [WorkersService, TeamsService, WorkersResolver],
  exports: [WorkersService],
})
export class WorkersModule {}
