// The team matrix as a CSV download, in the staff member's language: the grid of QualificationsService, written out.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { writeCsv } from '../../common/csv.js';
import { queryOne } from '../../common/sql.js';
import { matrixCell, matrixWorkerHeader, type MatrixCsvLanguage } from './matrix-csv-words.js';
import { QualificationsService } from './qualifications.service.js';

@Injectable()
export class MatrixCsvService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly qualifications: QualificationsService,
  ) {}

  /** The same grid as CSV: one row per worker, one column per qualification ("held until 2027-01-10", "in progress 40 %"…). */
  async teamMatrixCsv(
    viewer: Viewer,
    siteId?: string | null,
    teamId?: string | null,
    schemeCode?: string | null,
    lang: MatrixCsvLanguage = 'fr',
  ): Promise<string> {
    const m = await this.qualifications.teamMatrix(viewer, siteId, teamId, schemeCode);
    const cell = new Map(m.entries.map((e) => [`${e.workerId} ${e.qualificationCode}`, e]));
    const lines = [[matrixWorkerHeader(lang), ...m.qualifications.map((q) => q.code)]];
    for (const w of m.workers) {
      lines.push([w.displayName, ...m.qualifications.map((q) => matrixCell(lang, cell.get(`${w.id} ${q.code}`)!))]);
    }
    return writeCsv(lines);
  }

  /** The staff member's own language for their downloads (French unless their profile says English). */
  async csvLanguageOf(viewer: Viewer): Promise<MatrixCsvLanguage> {
    const row = await queryOne<{ language: string }>(this.db, 'select language from users where id = $1', [viewer.userId]);
    return row?.language === 'en' ? 'en' : 'fr';
  }
}
