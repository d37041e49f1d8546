// Module content for API tests: valid by default, without media so it needs no upload.
import type { ModuleContent } from '@fit/shared';

export function moduleContent(overrides: Partial<ModuleContent> = {}): ModuleContent {
  return {
    title: { fr: 'Calfeutrer une fenêtre', en: 'Sealing a window' },
    summary: { fr: 'La membrane côté intérieur.', en: 'The membrane on the inside.' },
    trades: ['carpentry'],
    topic: 'airtightness',
    estimatedMinutes: 8,
    languages: ['fr', 'en'],
    outcomes: ['ULO-AIR-01'],
    passMark: 0.5,
    steps: [
      { id: 'intro', kind: 'text', body: { fr: 'Posez la membrane.', en: 'Fit the membrane.' }, pictograms: ['ppe-gloves'] },
      {
        id: 'q1',
        kind: 'quiz',
        question: {
          kind: 'single',
          prompt: { fr: 'Quel côté ?', en: 'Which side?' },
          options: [
            { id: 'in', label: { fr: 'Intérieur', en: 'Inside' } },
            { id: 'out', label: { fr: 'Extérieur', en: 'Outside' } },
          ],
          correct: ['in'],
          feedback: { correct: { fr: 'Oui', en: 'Yes' }, incorrect: { fr: 'Non', en: 'No' } },
        },
      },
      {
        id: 'task',
        kind: 'practical',
        instructions: { fr: 'Contrôlez la pose.', en: 'Check the fitting.' },
        checklist: [{ id: 'c1', label: { fr: 'Membrane collée', en: 'Membrane glued' } }],
        photoRequired: true,
        signOffRequired: false,
      },
      { id: 'model', kind: 'bim', bindings: [{ ifcClass: 'IfcWindow' }] },
    ],
    ...overrides,
  };
}
