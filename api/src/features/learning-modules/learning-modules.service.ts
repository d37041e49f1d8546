// Authoring and reading training modules: drafts, publishing (which freezes a version), the catalogue, scoping.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { mediaIdsOf, missingTranslations, type ModuleContent, AUTHOR_ROLES } from '@fit/shared';
import { validateModuleContent } from '@fit/shared/validation';
import type { Viewer } from '../../common/auth/viewer.js';
import { UserEntity } from '../identity/user.entity.js';
import { MediaService } from '../media/media.service.js';
import { invalidContent, moduleNotFound, nothingToPublish, publishedIsFrozen, versionNotFound } from './learning-modules.errors.js';
import { LearningModuleEntity } from './learning-module.entity.js';
import { ModuleVersionEntity } from './module-version.entity.js';
import type { LearningModule } from './models/learning-module.model.js';
import type { ModuleVersion } from './models/module-version.model.js';
import type { ModuleFilterInput } from './dto/module-content.input.js';

const isAuthor = (viewer: Pick<Viewer, 'role'>) => AUTHOR_ROLES.includes(viewer.role);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who is acting, for code paths without a signed-in viewer (seed, import). */
export type Author = Pick<Viewer, 'userId' | 'organisationId' | 'role'>;

@Injectable()
export class LearningModulesService {
  // One profile lookup per request, however many versions the answer shows.
  private readonly languages = new WeakMap<object, Promise<string>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly media: MediaService,
  ) {}

  /** The viewer's language from their profile (a worker reads in it; missing texts fall back visibly). */
  languageOf(viewer: Pick<Viewer, 'userId'>, request: object): Promise<string> {
    let language = this.languages.get(request);
    if (!language) {
      language = this.dataSource.manager
        .findOne(UserEntity, { where: { id: viewer.userId }, select: { id: true, language: true } })
        .then((user) => user?.language ?? 'fr');
      this.languages.set(request, language);
    }
    return language;
  }

  async create(author: Author, content: unknown, slug?: string): Promise<LearningModule> {
    const valid = await this.validated(author.organisationId, content, false, this.dataSource.manager);
    const moduleId = await this.dataSource.transaction(async (tx) => {
      const module = await tx.save(
        tx.create(LearningModuleEntity, {
          organisationId: author.organisationId,
          slug: await this.freeSlug(tx, author.organisationId, slug ?? slugify(valid)),
          createdBy: author.userId,
        }),
      );
      const draft = await tx.save(
        tx.create(ModuleVersionEntity, {
          moduleId: module.id,
          organisationId: author.organisationId,
          version: 1,
          status: 'draft',
          content: valid,
        }),
      );
      await tx.update(LearningModuleEntity, module.id, { draftVersionId: draft.id });
      return module.id;
    });
    return this.get(author, moduleId);
  }

  /** Replaces the draft's content; after a publish, the first edit starts the next version's draft. */
  async updateDraft(author: Author, moduleId: string, content: unknown): Promise<LearningModule> {
    await this.dataSource.transaction(async (tx) => {
      const module = await this.lockModule(tx, author, moduleId);
      const valid = await this.validated(author.organisationId, content, false, tx);
      if (module.draftVersionId) {
        const draft = await tx.findOneByOrFail(ModuleVersionEntity, { id: module.draftVersionId });
        if (draft.status !== 'draft') throw publishedIsFrozen();
        await tx.update(ModuleVersionEntity, draft.id, { content: valid });
      } else {
        const last = await tx.maximum(ModuleVersionEntity, 'version', { moduleId: module.id });
        const draft = await tx.save(
          tx.create(ModuleVersionEntity, {
            moduleId: module.id,
            organisationId: module.organisationId,
            version: (last ?? 0) + 1,
            status: 'draft',
            content: valid,
          }),
        );
        await tx.update(LearningModuleEntity, module.id, { draftVersionId: draft.id });
      }
      await tx.update(LearningModuleEntity, module.id, { updatedAt: new Date() });
    });
    return this.get(author, moduleId);
  }

  /** Freezes the draft as the module's next version; records and assignments may then point at it forever. */
  async publish(author: Author, moduleId: string): Promise<LearningModule> {
    await this.dataSource.transaction(async (tx) => {
      const module = await this.lockModule(tx, author, moduleId);
      if (!module.draftVersionId) throw nothingToPublish();
      const draft = await tx.findOneByOrFail(ModuleVersionEntity, { id: module.draftVersionId });
      await this.validated(author.organisationId, draft.content, true, tx);
      await tx.update(ModuleVersionEntity, draft.id, { status: 'published', publishedAt: new Date(), publishedBy: author.userId });
      await tx.update(LearningModuleEntity, module.id, { draftVersionId: null, updatedAt: new Date() });
    });
    return this.get(author, moduleId);
  }

  async get(viewer: Pick<Viewer, 'organisationId' | 'role'>, moduleId: string): Promise<LearningModule> {
    if (!UUID.test(moduleId)) throw moduleNotFound();
    const module = await this.dataSource.manager.findOneBy(LearningModuleEntity, { id: moduleId, organisationId: viewer.organisationId });
    const [model] = module ? await this.toModels(viewer, [module]) : [];
    // A worker cannot tell a module that exists only as a draft from one that does not exist.
    if (!model || (!model.latestPublished && !model.draft)) throw moduleNotFound();
    return model;
  }

  async getVersion(viewer: Pick<Viewer, 'organisationId' | 'role'>, versionId: string): Promise<ModuleVersion> {
    const version = await this.findVersion(viewer, versionId);
    return toVersionModel(version);
  }

  /** The entity, scoped to the viewer's organisation and hiding drafts from readers (used by export too). */
  async findVersion(viewer: Pick<Viewer, 'organisationId' | 'role'>, versionId: string): Promise<ModuleVersionEntity> {
    if (!UUID.test(versionId)) throw versionNotFound();
    const version = await this.dataSource.manager.findOneBy(ModuleVersionEntity, { id: versionId, organisationId: viewer.organisationId });
    if (!version || (version.status === 'draft' && !isAuthor(viewer))) throw versionNotFound();
    return version;
  }

  /** The catalogue: filters apply to the newest version the viewer may see (published, or the draft for authors). */
  async catalogue(viewer: Viewer, filter: ModuleFilterInput = {}): Promise<LearningModule[]> {
    const search = filter.search?.trim() ? `%${filter.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const rows = await this.dataSource.query<{ id: string }[]>(
      `select m.id from learning_modules m
       join lateral (
         select v.content from module_versions v
         where v.module_id = m.id and ($2 or v.status = 'published')
         order by v.version desc limit 1
       ) v on true
       where m.organisation_id = $1
         and ($3::text is null or exists (select 1 from jsonb_each_text(v.content->'title') t where t.value ilike $3))
         and ($4::text is null or v.content->'trades' ? $4)
         and ($5::text is null or v.content->>'topic' = $5)
         and ($6::text is null or v.content->'languages' ? $6)
         and ($7::text is null or v.content->'outcomes' ? $7)
         and ($8::int is null or (v.content->>'estimatedMinutes')::int <= $8)
       order by m.slug`,
      [
        viewer.organisationId,
        isAuthor(viewer),
        search,
        filter.trade ?? null,
        filter.topic ?? null,
        filter.language ?? null,
        filter.outcome ?? null,
        filter.maxMinutes ?? null,
      ],
    );
    if (rows.length === 0) return [];
    const modules = await this.dataSource.manager.findBy(LearningModuleEntity, { id: In(rows.map((r) => r.id)) });
    const order = new Map(rows.map((r, i) => [r.id, i]));
    modules.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    return this.toModels(viewer, modules);
  }

  // Two queries whatever the number of modules: the modules, then all their versions.
  private async toModels(viewer: Pick<Viewer, 'role'>, modules: LearningModuleEntity[]): Promise<LearningModule[]> {
    const versions = await this.dataSource.manager.find(ModuleVersionEntity, {
      where: { moduleId: In(modules.map((m) => m.id)) },
      order: { version: 'DESC' },
    });
    return modules.map((module) => {
      const own = versions.filter((v) => v.moduleId === module.id);
      const published = own.filter((v) => v.status === 'published').map(toVersionModel);
      const draft = own.find((v) => v.status === 'draft');
      return {
        id: module.id,
        slug: module.slug,
        draft: draft && isAuthor(viewer) ? toVersionModel(draft) : null,
        latestPublished: published[0] ?? null,
        publishedVersions: published,
        updatedAt: module.updatedAt,
      };
    });
  }

  private async lockModule(tx: EntityManager, author: Author, moduleId: string): Promise<LearningModuleEntity> {
    if (!UUID.test(moduleId)) throw moduleNotFound();
    const module = await tx.findOne(LearningModuleEntity, {
      where: { id: moduleId, organisationId: author.organisationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!module) throw moduleNotFound();
    return module;
  }

  private async validated(organisationId: string, content: unknown, forPublish: boolean, tx: EntityManager): Promise<ModuleContent> {
    const result = validateModuleContent(content, { forPublish });
    if (!result.ok) throw invalidContent(result.issues);
    const unknown = await this.media.unknownIds(organisationId, mediaIdsOf(result.content), tx);
    if (unknown.length > 0) {
      throw invalidContent(
        unknown.map((id) => ({ path: 'steps', message: `Media "${id}": no uploaded file of this organisation has this id`, code: 'unknownMedia', params: { value: id }, place: { scope: 'steps' } })),
      );
    }
    return result.content;
  }

  private async freeSlug(tx: EntityManager, organisationId: string, wanted: string): Promise<string> {
    const taken = new Set(
      (await tx.find(LearningModuleEntity, { where: { organisationId }, select: { slug: true } })).map((m) => m.slug),
    );
    if (!taken.has(wanted)) return wanted;
    for (let n = 2; ; n++) if (!taken.has(`${wanted}-${n}`)) return `${wanted}-${n}`;
  }
}

export function toVersionModel(version: ModuleVersionEntity): ModuleVersion {
  return {
    id: version.id,
    moduleId: version.moduleId,
    version: version.version,
    status: version.status,
    content: version.content,
    missingTranslations: missingTranslations(version.content),
    publishedAt: version.publishedAt,
    updatedAt: version.updatedAt,
  };
}

function slugify(content: ModuleContent): string {
  const title = content.title[content.languages[0] ?? 'fr'] ?? Object.values(content.title)[0] ?? 'module';
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'module';
}
