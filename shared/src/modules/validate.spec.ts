import { describe, expect, it } from 'vitest';
import type { ModuleContent } from './content.js';
import { sampleModule } from './sample-module.fixture.js';
import { validateModuleContent } from './validate.js';

// Breaks one thing in a fresh copy of the sample module and returns the issues found.
function issuesAfter(change: (m: ModuleContent & Record<string, unknown>) => void, forPublish = false) {
  const m = sampleModule() as ModuleContent & Record<string, unknown>;
  change(m);
  const result = validateModuleContent(m, { forPublish });
  return result.ok ? [] : result.issues;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const step = (m: ModuleContent, i: number) => m.steps[i] as any;

describe('validateModuleContent', () => {
  it('accepts a module using every step kind', () => {
    expect(validateModuleContent(sampleModule(), { forPublish: true })).toMatchObject({ ok: true });
  });

  it('refuses something that is not an object', () => {
    expect(validateModuleContent('nope')).toMatchObject({ ok: false, issues: [{ path: '', message: 'Module: must be an object' }] });
  });

  it.each([
    ['an empty title', (m: ModuleContent) => (m.title = { fr: '', en: ' ' }), 'title', 'Module title: is empty in every language'],
    ['a bad language code', (m: ModuleContent) => (m.languages = ['french']), 'languages[0]', 'not a two-letter'],
    ['a duration of 0', (m: ModuleContent) => (m.estimatedMinutes = 0), 'estimatedMinutes', 'whole number of minutes'],
    ['a pass mark above 1', (m: ModuleContent) => (m.passMark = 75), 'passMark', 'between 0 and 1'],
    ['a bad outcome code', (m: ModuleContent) => (m.outcomes = ['air 1']), 'outcomes[0]', 'ULO-AIR-01'],
    ['no trade', (m: ModuleContent) => (m.trades = []), 'trades', 'at least 1'],
    ['two steps with one id', (m: ModuleContent) => (m.steps[1]!.id = 'intro'), 'steps[1].id', 'used twice'],
    ['an unknown step kind', (m: ModuleContent) => (step(m, 0).kind = 'slideshow'), 'steps[0].kind', '"slideshow" is not a step kind'],
  ])('refuses %s, naming the field', (_label, change, path, message) => {
    const issues = issuesAfter(change as never);
    expect(issues).toContainEqual(expect.objectContaining({ path, message: expect.stringContaining(message) }));
  });

  it.each([
    ['text without a body', 0, (s: Record<string, unknown>) => delete s.body, 'steps[0].body', 'Step 1 (text) body'],
    ['text with an unknown pictogram', 0, (s: Record<string, unknown>) => (s.pictograms = ['smiley']), 'steps[0].pictograms[0]', 'not a known pictogram'],
    ['image without media', 1, (s: Record<string, unknown>) => delete s.mediaId, 'steps[1].mediaId', 'Step 2 (image) image'],
    ['image without alt text', 1, (s: Record<string, unknown>) => delete s.alt, 'steps[1].alt', 'Step 2 (image) alt text'],
    ['video without media', 2, (s: Record<string, unknown>) => (s.mediaId = ''), 'steps[2].mediaId', 'Step 3 (video)'],
    ['audio with a transcript that is not a text', 3, (s: Record<string, unknown>) => (s.transcript = 'plain'), 'steps[3].transcript', 'Step 4 (audio) transcript'],
    ['quiz of an unknown kind', 4, (s: { question: Record<string, unknown> }) => (s.question.kind = 'essay'), 'steps[4].question.kind', 'Step 5 (quiz) question kind'],
    ['quiz with one option', 4, (s: { question: { options: unknown[] } }) => s.question.options.pop(), 'steps[4].question.options', 'at least 2'],
    ['quiz whose answer is not an option', 4, (s: { question: Record<string, unknown> }) => (s.question.correct = ['c']), 'steps[4].question.correct[0]', '"c" is not one of the options'],
    ['single choice with two answers', 4, (s: { question: Record<string, unknown> }) => (s.question.correct = ['a', 'b']), 'steps[4].question.correct', 'exactly one'],
    ['ordering missing an option', 5, (s: { question: Record<string, unknown> }) => (s.question.correct = ['x', 'y']), 'steps[5].question.correct', 'every option once'],
    ['quiz without feedback', 4, (s: { question: Record<string, unknown> }) => delete s.question.feedback, 'steps[4].question.feedback', 'must be an object'],
    ['practical task with no checklist', 6, (s: Record<string, unknown>) => (s.checklist = []), 'steps[6].checklist', 'Step 7 (practical) checklist'],
    ['practical task with photoRequired as text', 6, (s: Record<string, unknown>) => (s.photoRequired = 'yes'), 'steps[6].photoRequired', 'true or false'],
    ['BIM step with a bad IFC class', 7, (s: { bindings: Record<string, unknown>[] }) => (s.bindings[0]!.ifcClass = 'window'), 'steps[7].bindings[0].ifcClass', 'IfcWindow'],
    ['BIM step without a bindings list', 7, (s: Record<string, unknown>) => delete s.bindings, 'steps[7].bindings', 'must be a list'],
  ])('refuses a %s, naming the step and the field', (_label, index, change, path, message) => {
    const issues = issuesAfter((m) => (change as (s: unknown) => void)(m.steps[index]));
    expect(issues).toContainEqual(expect.objectContaining({ path, message: expect.stringContaining(message) }));
  });

  it('accepts an image-choice question whose options are pictures, and refuses one without pictures', () => {
    const m = sampleModule();
    step(m, 4).question = {
      kind: 'image',
      prompt: { fr: 'Laquelle ?', en: 'Which one?' },
      options: [{ id: 'a', mediaId: 'm4' }, { id: 'b', mediaId: 'm5' }],
      correct: ['b'],
      feedback: { correct: { fr: 'Oui', en: 'Yes' }, incorrect: { fr: 'Non', en: 'No' } },
    };
    expect(validateModuleContent(m).ok).toBe(true);
    delete step(m, 4).question.options[1].mediaId;
    expect(validateModuleContent(m)).toMatchObject({ ok: false, issues: [{ path: 'steps[4].question.options[1].mediaId' }] });
  });

  it('accepts a BIM placeholder with no bindings yet', () => {
    const m = sampleModule();
    step(m, 7).bindings = [];
    expect(validateModuleContent(m, { forPublish: true }).ok).toBe(true);
  });

  it('lets a draft miss translations but asks the fallback language before publishing', () => {
    const m = sampleModule();
    step(m, 0).body = { en: 'Hello only' };
    expect(validateModuleContent(m).ok).toBe(true);
    expect(validateModuleContent(m, { forPublish: true })).toMatchObject({
      ok: false,
      issues: [{ path: 'steps[0].body', message: expect.stringContaining('missing in fr') }],
    });
  });

  it('lets a draft have no steps but not a published module', () => {
    const m = sampleModule();
    m.steps = [];
    expect(validateModuleContent(m).ok).toBe(true);
    expect(validateModuleContent(m, { forPublish: true }).ok).toBe(false);
  });

  it('refuses fields it does not know, so typos do not vanish silently', () => {
    expect(issuesAfter((m) => (m.titel = { fr: 'x' }))).toContainEqual(expect.objectContaining({ path: 'titel', message: expect.stringContaining('not a module field') }));
  });
});
