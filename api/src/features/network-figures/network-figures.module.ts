// A network body's aggregate figures across the companies sharing with it.
import { Module } from '@nestjs/common';
import { NetworkModule } from '../network/network.module.js';
import { NetworkFiguresController } from './network-figures.controller.js';
import { NetworkFiguresResolver } from './network-figures.resolver.js';
import { NetworkFiguresService } from './network-figures.service.js';

@Module({
  imports: [NetworkModule],
  controllers: [NetworkFiguresController],
  providers: [NetworkFiguresService, NetworkFiguresResolver],
})
export class NetworkFiguresModule {}
