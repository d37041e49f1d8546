import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ModuleContent } from '@fit/shared';
import { addMember } from '../../test-support/accounts.js';
import { moduleContent } from '../../test-support/module-content.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { queryChanged } from '../../common/sql.js';

const VERSION = 'id version status content publishedAt missingTranslations { path lang }';
const MODULE = `id slug draft { ${VERSION} } latestPublished { ${VERSION} } publishedVersions { id version }`;
const CREATE = `mutation($input: CreateModuleInput!) { createModule(input: $input) { ${MODULE} } }`;
const UPDATE = `mutation($input: UpdateModuleDraftInput!) { updateModuleDraft(input: $input) { ${MODULE} } }`;
const PUBLISH = `mutation($id: ID!) { publishModule(id: $id) { ${MODULE} } }`;
const GET = `query($id: ID!) { module(id: $id) { ${MODULE} } }`;
const GET_VERSION = `query($id: ID!) { moduleVersion(id: $id) { ${VERSION} } }`;
const CATALOGUE = `query($filter: ModuleFilterInput) { modules(filter: $filter) { slug } }`;

interface Version {
  id: string;
  version: number;
  status: string;
  content: ModuleContent;
  missingTranslations: { path: string; lang: string }[];
}
interface Module {
  id: string;
  slug: string;
  draft: Version | null;
  latestPublished: Version | null;
  publishedVersions: { id: string; version: number }[];
}

describe('training modules (through /graphql on the real database)', () => {
  let sut: TestApp;
  let trainer: string;
  let worker: string;
  let manager: string;
  let outsider: string;

  beforeAll(async () => {
    sut = await startTestApp();
    await addMember(sut.dataSource, 'acme', 'trainer@acme.test', 'trainer');
    await addMember(sut.dataSource, 'acme', 'worker@acme.test', 'worker');
    await addMember(sut.dataSource, 'acme', 'manager@acme.test', 'manager');
    trainer = await sut.login('trainer@acme.test');
    worker = await sut.login('worker@acme.test');
    manager = await sut.login('manager@acme.test');
    outsider = await sut.login('trainer@fit.demo');
  });
  afterAll(() => sut.close());

  async function create(content: unknown = moduleContent(), slug?: string): Promise<Module> {
    const result = await sut.gql<{ createModule: Module }>(CREATE, { input: { content, slug } }, trainer);
    expect(result.errors).toBeUndefined();
    return result.data!.createModule;
  }
  async function publish(id: string, token = trainer) {
    return sut.gql<{ publishModule: Module }>(PUBLISH, { id }, token);
  }

  describe('versioning', () => {
    it('creates a module as a draft version 1 with a slug from its title', async () => {
      const module = await create();
      expect(module.slug).toMatch(/^calfeutrer-une-fenetre/);
      expect(module.draft).toMatchObject({ version: 1, status: 'draft' });
      expect(module.latestPublished).toBeNull();
    });

    it('publishing freezes the draft as version 1 and leaves no draft', async () => {
      const module = await create();
      const result = await publish(module.id);
      expect(result.errors).toBeUndefined();
      expect(result.data!.publishModule).toMatchObject({ draft: null, latestPublished: { version: 1, status: 'published' } });
      expect(result.data!.publishModule.latestPublished!.id).toBe(module.draft!.id);
    });

    it('an edit after publishing makes draft version 2 and version 1 keeps its content', async () => {
      const module = await create();
      await publish(module.id);
      const changed = moduleContent({ title: { fr: 'Nouveau titre', en: 'New title' } });
      const edited = (await sut.gql<{ updateModuleDraft: Module }>(UPDATE, { input: { moduleId: module.id, content: changed } }, trainer)).data!
        .updateModuleDraft;
      expect(edited.draft).toMatchObject({ version: 2, status: 'draft' });
      expect(edited.latestPublished).toMatchObject({ version: 1, content: moduleContent() });

      const second = await publish(module.id);
      expect(second.data!.publishModule.publishedVersions.map((v) => v.version)).toEqual([2, 1]);
      const v1 = await sut.gql<{ moduleVersion: Version }>(GET_VERSION, { id: module.draft!.id }, worker);
      expect(v1.data!.moduleVersion).toMatchObject({ version: 1, status: 'published', content: moduleContent() });
    });

    it('saving the draft twice keeps one draft, updated in place', async () => {
      const module = await create();
      const update = (title: string) =>
        sut.gql<{ updateModuleDraft: Module }>(UPDATE, { input: { moduleId: module.id, content: moduleContent({ title: { fr: title, en: title } }) } }, trainer);
      await update('Un');
      const second = (await update('Deux')).data!.updateModuleDraft;
      expect(second.draft).toMatchObject({ id: module.draft!.id, version: 1, content: { title: { fr: 'Deux' } } });
    });

    it('refuses to publish when there is no draft', async () => {
      const module = await create();
      await publish(module.id);
      const again = await publish(module.id);
      expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('no draft') });
    });

    it('the database itself refuses to change a published version', async () => {
      const module = await create();
      await publish(module.id);
      await expect(
        queryChanged(sut.dataSource, `update module_versions set content = '{}'::jsonb where id = $1`, [module.draft!.id]),
      ).rejects.toThrow(/is published and cannot change/);
    });

    it('refuses to publish a draft that lacks the fallback language, naming the text', async () => {
      const content = moduleContent();
      (content.steps[0] as { body: Record<string, string> }).body = { en: 'English only' };
      const module = await create(content);
      expect(module.draft!.missingTranslations).toEqual([{ path: 'steps[0].body', lang: 'fr' }]);
      const result = await publish(module.id);
      expect(result.errors?.[0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', issues: [{ path: 'steps[0].body' }] },
        message: expect.stringContaining('Step 1 (text) body: is missing in fr'),
      });
    });
  });

  describe('who sees what', () => {
    it('workers and managers read published versions but never drafts', async () => {
      const module = await create();
      for (const token of [worker, manager]) {
        expect((await sut.gql(GET, { id: module.id }, token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        expect((await sut.gql(GET_VERSION, { id: module.draft!.id }, token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      }
      await publish(module.id);
      await sut.gql(UPDATE, { input: { moduleId: module.id, content: moduleContent({ topic: 'secret-draft' }) } }, trainer);
      const seen = (await sut.gql<{ module: Module }>(GET, { id: module.id }, worker)).data!.module;
      expect(seen).toMatchObject({ draft: null, latestPublished: { version: 1 } });
    });

    it('workers cannot author', async () => {
      const result = await sut.gql(CREATE, { input: { content: moduleContent() } }, worker);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it("another organisation's module, version or draft answers NOT_FOUND", async () => {
      const module = await create();
      await publish(module.id);
      for (const [query, variables] of [
        [GET, { id: module.id }],
        [GET_VERSION, { id: module.draft!.id }],
        [PUBLISH, { id: module.id }],
        [UPDATE, { input: { moduleId: module.id, content: moduleContent() } }],
      ] as const) {
        const result = await sut.gql(query, variables, outsider);
        expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      }
    });

    it('an id that is not a uuid answers NOT_FOUND, not a server error', async () => {
      expect((await sut.gql(GET, { id: 'nope' }, trainer)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('languages', () => {
    it("shows titles in the viewer's profile language and flags a fallback", async () => {
      await addMember(sut.dataSource, 'acme', 'english-worker@acme.test', 'worker', 'en');
      const english = await sut.login('english-worker@acme.test');
      const content = moduleContent({ summary: { fr: 'Résumé seulement en français' } });
      const module = await create(content);
      await publish(module.id);
      const query = `query($id: ID!) { module(id: $id) { latestPublished {
        title { text lang fellBack } summary { text lang fellBack } pt: title(lang: "pt") { text lang fellBack } } } }`;
      const result = await sut.gql<{ module: { latestPublished: Record<string, unknown> } }>(query, { id: module.id }, english);
      expect(result.errors).toBeUndefined();
      expect(result.data!.module.latestPublished).toEqual({
        title: { text: 'Sealing a window', lang: 'en', fellBack: false },
        summary: { text: 'Résumé seulement en français', lang: 'fr', fellBack: true },
        pt: { text: 'Calfeutrer une fenêtre', lang: 'fr', fellBack: true },
      });
    });
  });

  describe('validation of every step kind', () => {
    const breakStep = (kind: string, change: (step: Record<string, unknown>) => void): ModuleContent => {
      const content = moduleContent();
      const steps = content.steps as unknown as Record<string, unknown>[];
      const samples: Record<string, Record<string, unknown>> = {
        image: { id: 's-image', kind: 'image', mediaId: 'x', alt: { fr: 'a', en: 'a' } },
        video: { id: 's-video', kind: 'video', mediaId: 'x' },
        audio: { id: 's-audio', kind: 'audio', mediaId: 'x' },
      };
      let step = steps.find((s) => s.kind === kind);
      if (!step) steps.push((step = samples[kind]!));
      change(step);
      return content;
    };

    it.each([
      ['text', (s: Record<string, unknown>) => delete s.body, 'steps[0].body', 'Step 1 (text) body'],
      ['image', (s: Record<string, unknown>) => delete s.alt, 'steps[4].alt', 'Step 5 (image) alt text'],
      ['video', (s: Record<string, unknown>) => (s.mediaId = 42), 'steps[4].mediaId', 'Step 5 (video) video'],
      ['audio', (s: Record<string, unknown>) => (s.transcript = 'x'), 'steps[4].transcript', 'Step 5 (audio) transcript'],
      ['quiz', (s: { question: Record<string, unknown> }) => (s.question.correct = ['nope']), 'steps[1].question.correct[0]', 'Step 2 (quiz) correct answer'],
      ['practical', (s: Record<string, unknown>) => (s.checklist = []), 'steps[2].checklist', 'Step 3 (practical) checklist'],
      ['bim', (s: { bindings: unknown[] }) => (s.bindings = [{ ifcClass: 'wall' }]), 'steps[3].bindings[0].ifcClass', 'Step 4 (bim) binding 1'],
    ])('refuses a broken %s step with a message naming the step and field', async (kind, change, path, message) => {
      const result = await sut.gql(CREATE, { input: { content: breakStep(kind, change as never) } }, trainer);
      expect(result.errors?.[0]).toMatchObject({
        message: expect.stringContaining(message),
        extensions: { code: 'BAD_USER_INPUT', issues: expect.arrayContaining([expect.objectContaining({ path })]) },
      });
    });

    it('refuses content that is not an object', async () => {
      const result = await sut.gql(CREATE, { input: { content: 'hello' } }, trainer);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('catalogue', () => {
    beforeAll(async () => {
      await addMember(sut.dataSource, 'catalogue-org', 'trainer@catalogue.test', 'trainer');
      await addMember(sut.dataSource, 'catalogue-org', 'worker@catalogue.test', 'worker');
      const token = await sut.login('trainer@catalogue.test');
      const add = async (slug: string, overrides: Partial<ModuleContent>, published = true) => {
        const created = await sut.gql<{ createModule: Module }>(CREATE, { input: { slug, content: moduleContent(overrides) } }, token);
        if (published) await sut.gql(PUBLISH, { id: created.data!.createModule.id }, token);
      };
      await add('windows', { title: { fr: 'Fenêtres étanches', en: 'Airtight windows' }, trades: ['carpentry'], estimatedMinutes: 6 });
      await add('roof', {
        title: { fr: 'Isoler les combles', en: 'Insulating the attic' },
        trades: ['insulation', 'roofing'],
        topic: 'roof-insulation',
        outcomes: ['ULO-INS-02'],
        estimatedMinutes: 12,
      });
      await add('heat-pump', { title: { fr: 'Pompe à chaleur' }, languages: ['fr'], topic: 'heat-pumps', trades: ['hvac'] });
      await add('unfinished', { title: { fr: 'Brouillon', en: 'Draft' } }, false);
    });

    const list = async (filter: Record<string, unknown>, email = 'worker@catalogue.test') => {
      const result = await sut.gql<{ modules: { slug: string }[] }>(CATALOGUE, { filter }, await sut.login(email));
      expect(result.errors).toBeUndefined();
      return result.data!.modules.map((m) => m.slug);
    };

    it.each([
      [{}, ['heat-pump', 'roof', 'windows']],
      [{ search: 'attic' }, ['roof']],
      [{ search: 'fenêtres' }, ['windows']],
      [{ trade: 'roofing' }, ['roof']],
      [{ topic: 'heat-pumps' }, ['heat-pump']],
      [{ language: 'en' }, ['roof', 'windows']],
      [{ outcome: 'ULO-INS-02' }, ['roof']],
      [{ maxMinutes: 8 }, ['heat-pump', 'windows']],
      [{ search: '%' }, []],
    ])('filters the published catalogue by %j', async (filter, slugs) => {
      expect(await list(filter)).toEqual(slugs);
    });

    it('shows drafts in the catalogue to authors only', async () => {
      expect(await list({ search: 'brouillon' }, 'trainer@catalogue.test')).toEqual(['unfinished']);
      expect(await list({ search: 'brouillon' })).toEqual([]);
    });
  });
});
