// Seeds the six published demo modules and their diagrams into the demo organisation; skips any already there.
import type { EntityManager } from 'typeorm';
import { mapMediaIds } from '@fit/shared';
import { validateModuleContent } from '@fit/shared/validation';
import { LearningModuleEntity } from '../learning-modules/learning-module.entity.js';
import { ModuleVersionEntity } from '../learning-modules/module-version.entity.js';
import type { MediaStorage } from '../media/media-storage.js';
import { storeMediaAsset } from '../media/media.service.js';
import { DEMO_MODULES } from './modules/demo-modules.js';

export async function ensureDemoModules(tx: EntityManager, storage: MediaStorage, organisationId: string, authorId: string | null): Promise<void> {
  for (const demo of DEMO_MODULES) {
    if (await tx.existsBy(LearningModuleEntity, { organisationId, slug: demo.slug })) continue;
    // Checked before anything is stored, so a broken demo module fails loudly instead of half-seeding.
    const check = validateModuleContent(demo.content, { forPublish: true });
    if (!check.ok) throw new Error(`demo module ${demo.slug} is invalid: ${check.issues.map((i) => i.message).join('; ')}`);
    const ids = new Map<string, string>();
    for (const [key, svg] of Object.entries(demo.diagrams)) {
      const asset = await storeMediaAsset(tx, storage, {
        organisationId,
        createdBy: authorId,
        bytes: Buffer.from(svg, 'utf8'),
        contentType: 'image/svg+xml',
        originalName: `${key}.svg`,
      });
      ids.set(`demo:${key}`, asset.id);
    }
    const content = mapMediaIds(demo.content, (ref) => ids.get(ref) ?? ref);
    const module = await tx.save(tx.create(LearningModuleEntity, { organisationId, slug: demo.slug, createdBy: authorId }));
    await tx.save(
      tx.create(ModuleVersionEntity, {
        moduleId: module.id,
        organisationId,
        version: 1,
        status: 'published',
        content,
        publishedAt: new Date(),
        publishedBy: authorId,
      }),
    );
  }
}
