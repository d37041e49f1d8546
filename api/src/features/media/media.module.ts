// Media files for modules: upload checks, storage behind MediaStorage, serving.
import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from '../../common/config.token.js';
import type { AppConfig } from '../../config/config.js';
import { LocalDiskMediaStorage } from './local-disk-storage.js';
import { MediaAssetEntity } from './media-asset.entity.js';
import { EvidenceUploadEntity } from './evidence-upload.entity.js';
import { EvidenceUploadsController } from './evidence-uploads.controller.js';
import { EvidenceUploadsService } from './evidence-uploads.service.js';
import { MEDIA_STORAGE } from './media-storage.js';
import { MediaController } from './media.controller.js';
import { MediaService } from './media.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([MediaAssetEntity, EvidenceUploadEntity])],
  providers: [
    { provide: MEDIA_STORAGE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new LocalDiskMediaStorage(mediaDir(config)) },
    MediaService,
    EvidenceUploadsService,
  ],
  controllers: [MediaController, EvidenceUploadsController],
  exports: [MediaService, MEDIA_STORAGE],
})
export class MediaModule {}

export const mediaDir = (config: Pick<AppConfig, 'dataDir'>) => join(config.dataDir, 'media');
