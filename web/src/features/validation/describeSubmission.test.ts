// Behaviour of how a practical submission is named for the trainer.
import type { ModuleContent } from '@fit/shared';
import { describe, expect, it } from 'vitest';
import { describeSubmission } from './describeSubmission';

const content = {
  steps: [
    {
      id: 'task',
      kind: 'practical',
      title: { fr: 'Pose de la bande', en: 'Fitting the tape' },
      checklist: [
        { id: 'clean', label: { fr: 'Support propre', en: 'Clean surface' } },
        { id: 'tape', label: { fr: 'Bande posée', en: '' } },
      ],
    },
  ],
} as unknown as ModuleContent;
const versions = [{ id: 'v1', title: 'Fenêtres', content }];

describe(describeSubmission.name, () => {
  it('names the module, the step and the ticked items in the reader’s language, falling back when missing', () => {
    const sut = describeSubmission({ activityId: 'https://w3id.org/fit/module-versions/v1/steps/task', moduleVersionId: 'v1', response: 'clean,tape' }, versions, 'en');
    expect(sut).toEqual({ module: 'Fenêtres', step: 'Fitting the tape', ticked: ['Clean surface', 'Bande posée'] });
  });

  it('reads a regional interface language (fr-FR) as the module language (fr)', () => {
    const sut = describeSubmission({ activityId: '/steps/task', moduleVersionId: 'v1', response: 'clean' }, versions, 'fr-FR');
    expect(sut.step).toBe('Pose de la bande');
    expect(sut.ticked).toEqual(['Support propre']);
  });

  it('shows what the worker sent when the module is unknown', () => {
    const sut = describeSubmission({ activityId: 'x', moduleVersionId: 'v9', response: 'a, b' }, versions, 'en');
    expect(sut).toEqual({ module: undefined, step: undefined, ticked: ['a', 'b'] });
  });
});
