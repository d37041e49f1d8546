// Building models a network body's planner may take quantities from: ready versions on sites of the companies
// sharing with the body, reduced to counts and areas in the database.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { queryRows } from '../../common/sql.js';
import { SharingAgreementsService } from '../network/sharing-agreements.service.js';
import type { ForecastModelQuantities } from './models/model-quantities.model.js';
import { MODEL_QUANTITIES } from './model-quantities.sql.js';

@Injectable()
export class ModelQuantitiesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly agreements: SharingAgreementsService,
  ) {}

  async list(viewer: Viewer): Promise<ForecastModelQuantities[]> {
    const companies = await this.agreements.sharingCompanyIds(viewer.organisationId);
    if (companies.length === 0) return [];
    return queryRows<ForecastModelQuantities>(this.db, MODEL_QUANTITIES, [companies]);
  }
}
