// The module editor's problems read in the author's language: the shared check gives codes, places and values.
import i18n from 'i18next';
import { describe, expect, it } from 'vitest';
import type { ContentIssue } from '@fit/shared';
import { CONTENT_PROBLEMS, validateModuleContent } from '@fit/shared/validation';
import en from '../../locales/en.json';
import fr from '../../locales/fr.json';
import { issueText } from './issue-text';

const draft = () => ({
  title: { fr: '' },
  summary: { fr: 'Poser la membrane.' },
  trades: ['carpentry'],
  topic: 'airtightness',
  estimatedMinutes: 0,
  languages: ['fr'],
  outcomes: ['ULO-AIR-01'],
  passMark: 0.5,
  steps: [
    { id: 'q1', kind: 'quiz', question: { kind: 'single', prompt: { fr: 'Quoi ?' }, options: [{ id: 'a', label: { fr: 'A' } }, { id: 'b', label: { fr: 'B' } }], correct: ['c'], feedback: { correct: { fr: 'Oui' }, incorrect: { fr: 'Non' } } } },
  ],
});

function issuesOf(content: unknown): ContentIssue[] {
  const result = validateModuleContent(content);
  if (result.ok) throw new Error('expected problems');
  return result.issues;
}

describe(issueText.name, () => {
  it('says each problem in French, naming the step, the field and the value', async () => {
    await i18n.changeLanguage('fr');
    const texts = issuesOf(draft()).map((issue) => issueText(issue, i18n.t));
    expect(texts).toEqual([
      'Titre du module : est vide dans toutes les langues',
      'Durée du module : doit être un nombre entier de minutes entre 1 et 60',
      'Étape 1 (Question de quiz), bonne réponse : « c » n’est pas l’une des options',
    ]);
  });

  it('speaks of the pass mark in percent, as the field the author fills in does', async () => {
    await i18n.changeLanguage('fr');
    const [issue] = issuesOf({ ...draft(), title: { fr: 'T' }, estimatedMinutes: 5, passMark: 75, steps: [] });
    expect(issueText(issue!, i18n.t)).toBe('Seuil de réussite du module : doit être entre 0 et 100 %');
  });

  it('says what to do in the form\'s terms where the form offers a choice (a list of topics, trades to tick)', async () => {
    await i18n.changeLanguage('fr');
    const issues = issuesOf({ ...draft(), title: { fr: 'T' }, estimatedMinutes: 5, steps: [], trades: [], topic: '' });
    expect(issues.map((issue) => issueText(issue, i18n.t))).toEqual(['Métiers du module : cochez au moins un métier', 'Thème du module : choisissez un thème dans la liste']);
  });

  it('says the same problems in English as the API does', async () => {
    await i18n.changeLanguage('en');
    const issues = issuesOf(draft());
    expect(issues.map((issue) => issueText(issue, i18n.t))).toEqual(issues.map((issue) => issue.message));
  });

  it('has words for every problem the check can find, in French and English', () => {
    for (const code of Object.keys(CONTENT_PROBLEMS)) {
      for (const [lang, words] of [['fr', fr.editor.issue.problem], ['en', en.editor.issue.problem]] as const) {
        const forms = words as Record<string, string>;
        expect(forms[code] ?? forms[`${code}_other`], `${lang} ${code}`).toBeTruthy();
      }
    }
  });
});
