import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ModuleContent } from '@fit/shared';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';

describe('demo training modules (seeded into the real database)', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
  });
  afterAll(() => sut.close());

  it('the demo organisation has six published modules in French and English, with their diagrams served', async () => {
    const token = await sut.login('manager@fit.demo');
    const result = await sut.gql<{ modules: { slug: string; latestPublished: { version: number; content: ModuleContent } }[] }>(
      '{ modules { slug latestPublished { version content } } }',
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
    const modules = result.data!.modules;
    expect(modules.map((m) => m.slug).sort()).toEqual([
      'airtight-window-joints',
      'attic-insulation',
      'etics-fixing-thermal-bridges',
      'heat-pump-outdoor-unit',
      'mvhr-installation',
      'reading-energy-labels',
    ]);
    for (const module of modules) {
      expect(module.latestPublished).toMatchObject({ version: 1, content: { languages: ['fr', 'en'] } });
      for (const step of module.latestPublished.content.steps) {
        if (step.kind !== 'image') continue;
        const res = await fetch(`${sut.url}/media/${step.mediaId}`);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe('image/svg+xml');
        expect(await res.text()).toContain('<svg');
      }
    }
  });

  it('finds the demo modules through the catalogue filters', async () => {
    const token = await sut.login('trainer@fit.demo');
    const slugs = async (filter: Record<string, unknown>) =>
      (await sut.gql<{ modules: { slug: string }[] }>('query($f: ModuleFilterInput) { modules(filter: $f) { slug } }', { f: filter }, token)).data!.modules.map(
        (m) => m.slug,
      );
    expect(await slugs({ search: 'combles' })).toEqual(['attic-insulation']);
    expect(await slugs({ outcome: 'ULO-AIR-01' })).toEqual(['airtight-window-joints', 'attic-insulation']);
    expect(await slugs({ trade: 'hvac' })).toEqual(['heat-pump-outdoor-unit', 'mvhr-installation']);
    expect(await slugs({ maxMinutes: 8 })).toEqual(['heat-pump-outdoor-unit', 'reading-energy-labels']);
  });
});
