import { describe, expect, it } from '@jest/globals';
import { missingTranslations, type ModuleStep } from '@fit/shared';
import { validateModuleContent } from '@fit/shared/validation';
import { inspectMedia } from '../media/media.service.js';
import { MEDIA_TYPES } from '../media/media-types.js';
import { DEMO_LEARNING_OUTCOMES } from './modules/learning-outcomes.js';
import { DEMO_MODULES } from './modules/demo-modules.js';

const count = (steps: ModuleStep[], kind: ModuleStep['kind']) => steps.filter((s) => s.kind === kind).length;

describe('demo modules', () => {
  it('are six, with distinct slugs and topics', () => {
    expect(DEMO_MODULES).toHaveLength(6);
    expect(new Set(DEMO_MODULES.map((m) => m.slug)).size).toBe(6);
    expect(new Set(DEMO_MODULES.map((m) => m.content.topic)).size).toBe(6);
  });

  describe.each(DEMO_MODULES.map((m) => [m.slug, m] as const))('%s', (_slug, demo) => {
    const { content } = demo;

    it('is valid for publishing and complete in French and English', () => {
      expect(validateModuleContent(content, { forPublish: true })).toMatchObject({ ok: true });
      expect(content.languages).toEqual(['fr', 'en']);
      expect(missingTranslations(content)).toEqual([]);
    });

    it('has 5 to 9 steps: text, a diagram, 2 to 4 quiz questions, a practical task with a photo, a BIM step', () => {
      expect(content.steps.length).toBeGreaterThanOrEqual(5);
      expect(content.steps.length).toBeLessThanOrEqual(9);
      expect(count(content.steps, 'text')).toBeGreaterThanOrEqual(1);
      expect(count(content.steps, 'image')).toBeGreaterThanOrEqual(1);
      expect(count(content.steps, 'quiz')).toBeGreaterThanOrEqual(2);
      expect(count(content.steps, 'quiz')).toBeLessThanOrEqual(4);
      expect(content.steps.find((s) => s.kind === 'practical')).toMatchObject({ photoRequired: true });
      expect(content.steps.find((s) => s.kind === 'bim')).toMatchObject({ bindings: expect.arrayContaining([expect.anything()]) });
    });

    it('takes 5 to 15 minutes and covers known learning outcomes', () => {
      expect(content.estimatedMinutes).toBeGreaterThanOrEqual(5);
      expect(content.estimatedMinutes).toBeLessThanOrEqual(15);
      const known = DEMO_LEARNING_OUTCOMES.map((o) => o.code as string);
      expect(content.outcomes.length).toBeGreaterThan(0);
      for (const code of content.outcomes) expect(known).toContain(code);
    });

    it('uses only its own diagrams, each a safe SVG the upload checks accept', () => {
      const refs = content.steps.flatMap((s) => (s.kind === 'image' ? [s.mediaId] : []));
      expect(refs.map((r) => r.replace(/^demo:/, '')).sort()).toEqual(Object.keys(demo.diagrams).sort());
      for (const svg of Object.values(demo.diagrams)) {
        expect(() => inspectMedia(Buffer.from(svg), MEDIA_TYPES['image/svg+xml']!)).not.toThrow();
      }
    });
  });

  it('mixes quiz kinds across the set (single, multiple and ordering)', () => {
    const kinds = new Set(DEMO_MODULES.flatMap((m) => m.content.steps.flatMap((s) => (s.kind === 'quiz' ? [s.question.kind] : []))));
    expect([...kinds].sort()).toEqual(['multiple', 'ordering', 'single']);
  });
});
