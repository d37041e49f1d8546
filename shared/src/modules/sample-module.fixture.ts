// A small valid module used by the shared unit tests; each test breaks one thing in a copy.
import type { ModuleContent } from './content.js';

export function sampleModule(): ModuleContent {
  return {
    title: { fr: 'Étanchéité à l’air', en: 'Airtightness' },
    summary: { fr: 'Poser la membrane.', en: 'Fit the membrane.' },
    trades: ['carpentry'],
    topic: 'airtightness',
    estimatedMinutes: 8,
    languages: ['fr', 'en'],
    outcomes: ['ULO-AIR-01'],
    passMark: 0.5,
    steps: [
      { id: 'intro', kind: 'text', body: { fr: 'Bonjour', en: 'Hello' }, pictograms: ['ppe-gloves'] },
      { id: 'pic', kind: 'image', mediaId: 'm1', alt: { fr: 'Schéma', en: 'Diagram' } },
      { id: 'vid', kind: 'video', mediaId: 'm2' },
      { id: 'aud', kind: 'audio', mediaId: 'm3', transcript: { fr: 'Texte', en: 'Text' } },
      {
        id: 'q1',
        kind: 'quiz',
        question: {
          kind: 'single',
          prompt: { fr: 'Quoi ?', en: 'What?' },
          options: [
            { id: 'a', label: { fr: 'A', en: 'A' } },
            { id: 'b', label: { fr: 'B', en: 'B' } },
          ],
          correct: ['a'],
          feedback: { correct: { fr: 'Oui', en: 'Yes' }, incorrect: { fr: 'Non', en: 'No' } },
        },
      },
      {
        id: 'q2',
        kind: 'quiz',
        question: {
          kind: 'ordering',
          prompt: { fr: 'Ordre ?', en: 'Order?' },
          options: [
            { id: 'x', label: { fr: 'X', en: 'X' } },
            { id: 'y', label: { fr: 'Y', en: 'Y' } },
            { id: 'z', label: { fr: 'Z', en: 'Z' } },
          ],
          correct: ['y', 'x', 'z'],
          feedback: { correct: { fr: 'Oui', en: 'Yes' }, incorrect: { fr: 'Non', en: 'No' } },
        },
      },
      {
        id: 'task',
        kind: 'practical',
        instructions: { fr: 'Faites-le', en: 'Do it' },
        checklist: [{ id: 'c1', label: { fr: 'Fait', en: 'Done' } }],
        photoRequired: true,
        signOffRequired: false,
      },
      { id: 'model', kind: 'bim', bindings: [{ ifcClass: 'IfcWindow' }, { ifcClass: 'IfcWall', where: [{ property: 'IsExternal', equals: true }] }] },
    ],
  };
}
