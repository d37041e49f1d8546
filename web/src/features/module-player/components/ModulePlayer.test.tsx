// Behaviour of the worker's player: one step at a time, resume after a reload, quiz feedback and the final score.
import type { ModuleContent } from '@fit/shared';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ModulePlayer } from './ModulePlayer';
import type { PlayerEvent } from '../playerProgress';

const t = (fr: string, en: string) => ({ fr, en });

function content(): ModuleContent {
  return {
    title: t('Étanchéité', 'Airtightness'),
    summary: t('Résumé', 'Summary'),
    trades: ['carpentry'],
    topic: 'airtightness',
    estimatedMinutes: 5,
    languages: ['fr', 'en'],
    outcomes: [],
    passMark: 0.5,
    steps: [
      { id: 'intro', kind: 'text', body: { fr: 'Bonjour **chantier**' }, pictograms: ['ppe-gloves'] },
      {
        id: 'q1',
        kind: 'quiz',
        question: {
          kind: 'single',
          prompt: t('Quel côté ?', 'Which side?'),
          options: [
            { id: 'in', label: t('Dedans', 'Inside') },
            { id: 'out', label: t('Dehors', 'Outside') },
          ],
          correct: ['in'],
          feedback: { correct: t('Oui', 'Yes, inside.'), incorrect: t('Non', 'No, inside.') },
        },
      },
      {
        id: 'q2',
        kind: 'quiz',
        question: {
          kind: 'ordering',
          prompt: t('Ordre', 'Order'),
          options: [
            { id: 'a', label: t('A', 'First') },
            { id: 'b', label: t('B', 'Second') },
          ],
          correct: ['a', 'b'],
          feedback: { correct: t('Oui', 'Right order'), incorrect: t('Non', 'Wrong order') },
        },
      },
    ],
  };
}

const next = () => fireEvent.click(screen.getByRole('button', { name: /Next|Finish/ }));

describe(ModulePlayer.name, () => {
  it('shows one step per screen and flags a text that falls back to the main language', () => {
    render(<ModulePlayer content={content()} lang="en" />);
    expect(screen.getByText('Step 1 of 3')).toBeTruthy();
    expect(screen.getByText('chantier').tagName).toBe('STRONG');
    expect(screen.getByText('Not yet translated into your language: shown in Français')).toBeTruthy();
    expect(screen.queryByText('Which side?')).toBeNull();
    next();
    expect(screen.getByText('Step 2 of 3')).toBeTruthy();
    expect(screen.getByText('Which side?')).toBeTruthy();
  });

  it('lets the worker go on only after checking a quiz answer, and shows its feedback', () => {
    render(<ModulePlayer content={content()} lang="en" />);
    next();
    expect((screen.getByRole('button', { name: /Next/ }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('Outside'));
    fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
    expect(screen.getByRole('status').textContent).toContain('No, inside.');
    expect((screen.getByRole('button', { name: /Next/ }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('starts an ordering question out of order and scores the order the worker made', () => {
    render(<ModulePlayer content={content()} lang="en" />);
    next();
    fireEvent.click(screen.getByLabelText('Inside'));
    fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
    next();
    const items = () => screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items()[0]).toContain('Second');
    fireEvent.click(screen.getByRole('button', { name: 'Move item 2 up' }));
    expect(items()[0]).toContain('First');
    fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
    expect(screen.getByRole('status').textContent).toContain('Right order');
    next();
    expect(screen.getByText('Score: 100 %')).toBeTruthy();
    expect(screen.getByText('2 of 2 questions right')).toBeTruthy();
    expect(screen.getByText('Passed')).toBeTruthy();
  });

  it('shows a failed score against the pass mark', () => {
    render(<ModulePlayer content={{ ...content(), passMark: 1 }} lang="en" />);
    next();
    fireEvent.click(screen.getByLabelText('Outside'));
    fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
    next();
    fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
    next();
    expect(screen.getByText('Score: 0 %')).toBeTruthy();
    expect(screen.getByText('Not passed yet: the pass mark is 100 %')).toBeTruthy();
  });

  it('resumes where the worker left off, with their answers, after the screen is reopened', () => {
    const first = render(<ModulePlayer content={content()} lang="en" storage={localStorage} storageKey="k" />);
    next();
    fireEvent.click(screen.getByLabelText('Inside'));
    fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
    first.unmount();
    render(<ModulePlayer content={content()} lang="en" storage={localStorage} storageKey="k" />);
    expect(screen.getByText('Step 2 of 3')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Yes, inside.');
    fireEvent.click(screen.getByRole('button', { name: /Back/ }));
    expect(screen.getByText('Step 1 of 3')).toBeTruthy();
  });

  it('records the attempt once: started, each checked answer, then the finish with score and pass', () => {
    const events: PlayerEvent[] = [];
    const onLearning = vi.fn((event: PlayerEvent) => void events.push(event));
    render(<ModulePlayer content={content()} lang="en" onLearning={onLearning} />);
    next();
    fireEvent.click(screen.getByLabelText('Outside'));
    fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
    next();
    fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
    next();
    expect(events.map((e) => e.kind)).toEqual(['started', 'answered', 'answered', 'finished']);
    expect(new Set(events.map((e) => e.registration)).size).toBe(1);
    expect(events[1]).toMatchObject({ stepId: 'q1', response: ['out'], success: false });
    expect(events[2]).toMatchObject({ stepId: 'q2', response: ['b', 'a'], success: false });
    expect(events[3]).toMatchObject({ kind: 'finished', score: 0, passed: false });
  });
});
