// The demo framework is consistent with itself and with the demo modules: it passes the importer's own checks, every
// outcome a demo module declares is one of its ULOs, and the demo qualifications can be reached with the demo modules.
import { describe, expect, it } from '@jest/globals';
import { schemeStatuses, type Scheme } from '@fit/shared';
import { readFrameworkFile } from '../qualifications/framework-file.js';
import { DEMO_FRAMEWORK } from './framework/demo-framework.js';
import { DEMO_MODULES } from './modules/demo-modules.js';
import { DEMO_LEARNING_OUTCOMES } from './modules/learning-outcomes.js';

describe('demo reference framework', () => {
  const { file, errors } = readFrameworkFile(DEMO_FRAMEWORK);

  it('passes the import checks with at least 25 ULOs, each with outcomes, EQF 2–5 and French and English titles', () => {
    expect(errors).toEqual([]);
    expect(file!.ulos.length).toBeGreaterThanOrEqual(25);
    for (const u of file!.ulos) {
      expect([u.title.en, u.title.fr].every((t) => t && t.length > 5)).toBe(true);
      expect(u.eqfLevel).toBeGreaterThanOrEqual(2);
      expect(u.eqfLevel).toBeLessThanOrEqual(5);
      expect([u.knowledge, u.skills, u.autonomy].every((list) => list.length > 0)).toBe(true);
    }
  });

  it('gives every mapping and agreement its note in English and in French', () => {
    const notes = [...file!.schemes.flatMap((s) => s.mappings), ...file!.agreements];
    expect(notes.length).toBeGreaterThan(20);
    for (const n of notes) {
      expect(n.note.length).toBeGreaterThan(5);
      expect(n.noteFr && n.noteFr !== n.note).toBeTruthy();
    }
  });

  it('links tasks on site to professions (French names too) and ULOs, covering every phase of a renovation and every ULO', () => {
    const tasks = file!.tasks;
    expect(tasks.length).toBeGreaterThanOrEqual(12);
    expect(new Set(tasks.map((t) => t.phase))).toEqual(new Set(['preparation', 'envelope', 'systems', 'commissioning', 'hand-over']));
    for (const t of tasks) {
      expect(t.title.fr).toBeTruthy();
      expect(t.professions.length).toBeGreaterThan(0);
      expect(t.professions.every((p) => p.fr && p.fr !== p.en.toLowerCase())).toBe(true);
    }
    expect(new Set(tasks.flatMap((t) => t.ulos))).toEqual(new Set(file!.ulos.map((u) => u.code)));
  });

  it('labels its three schemes as examples, with all and n-of-m rules, validations, validity periods and an agreement', () => {
    expect(file!.schemes.map((s) => s.country)).toEqual(['FR', 'DE', 'ES']);
    for (const s of file!.schemes) expect(s.title.en).toMatch(/example.*not official/i);
    const quals = file!.schemes.flatMap((s) => s.qualifications);
    expect(quals.some((q) => 'nOf' in q.requirement) && quals.some((q) => 'all' in q.requirement)).toBe(true);
    expect(quals.some((q) => q.practicalValidation) && quals.some((q) => q.validityMonths)).toBe(true);
    expect(file!.schemes.flatMap((s) => s.mappings).every((m) => m.approved && m.note)).toBe(true);
    expect(file!.agreements).toHaveLength(1);
  });

  it('knows every outcome the demo modules declare, by the same titles', () => {
    const ulos = new Map(file!.ulos.map((u) => [u.code, u]));
    for (const m of DEMO_MODULES) for (const o of m.content.outcomes) expect(ulos.has(o)).toBe(true);
    for (const o of DEMO_LEARNING_OUTCOMES) expect(ulos.get(o.code)?.title).toEqual({ en: o.en, fr: o.fr });
  });

  it('lets a worker who passed every demo module (validated on site) hold a qualification in each scheme', () => {
    const evidence = DEMO_MODULES.flatMap((m) => m.content.outcomes.map((ulo) => ({ ulo, moduleId: m.slug, passedAt: '2026-01-10', validatedAt: '2026-01-11' })));
    for (const s of file!.schemes) {
      const scheme: Scheme = { ...s, mappings: s.mappings };
      const held = schemeStatuses(scheme, evidence, '2026-06-01').filter((q) => q.state === 'held').map((q) => q.qualification);
      expect(held.length).toBeGreaterThan(0);
    }
  });
});
