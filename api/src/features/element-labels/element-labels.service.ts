// QR labels for the elements a module is bound to on a site: the modules that have some, and the A4 PDF sheet.
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { elementLabelPayload, localise } from '@fit/shared';
import type { Viewer } from '../../common/auth/viewer.js';
import { notFound } from '../../common/errors/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { SitesService } from '../sites/sites.service.js';
import { labelledElements, labelModules, type ElementFilter } from './labelled-elements.js';
import { labelSheetPdf } from './label-sheet.js';
import type { LabelModuleModel } from './models/label-module.model.js';

@Injectable()
export class ElementLabelsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(SitesService) private readonly sites: SitesService,
  ) {}

  async modulesForSite(viewer: Viewer, siteId: string): Promise<LabelModuleModel[]> {
    const site = await this.sites.ownedOrFail(viewer, siteId);
    const out: LabelModuleModel[] = [];
    for (const m of await labelModules(this.db, viewer.organisationId)) {
      const elements = await labelledElements(this.db, site.id, m.content);
      if (!elements.length) continue;
      out.push({
        moduleId: m.moduleId,
        title: m.title,
        elementCount: elements.length,
        ifcClasses: [...new Set(elements.map((e) => e.ifcClass))].sort(),
        storeys: [...new Set(elements.map((e) => e.storey).filter((s): s is string => !!s))],
      });
    }
    return out;
  }

  async sheet(viewer: Viewer, siteId: string, moduleId: string, filter: ElementFilter): Promise<{ pdf: Uint8Array; labels: number }> {
    const site = await this.sites.ownedOrFail(viewer, siteId);
    const module = isUuid(moduleId) ? (await labelModules(this.db, viewer.organisationId)).find((m) => m.moduleId === moduleId) : undefined;
    if (!module) throw notFound('This module');
    const elements = await labelledElements(this.db, site.id, module.content, filter);
    const lang = module.content.languages[0] ?? 'fr';
    const pdf = await labelSheetPdf(
      elements.map((e) => ({
        payload: elementLabelPayload({ siteId: site.id, moduleId: module.moduleId, globalId: e.globalId }),
        name: e.name ?? e.ifcClass,
        storey: e.storey,
        ifcClass: e.ifcClass,
        moduleTitle: localise(module.content.title, lang, lang).text,
      })),
      `FIT · ${site.name}`,
    );
    return { pdf, labels: elements.length };
  }
}
