// Behaviour of the worker's day: groups in order, the right button into the player, reviews, and the empty day.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { clientFor, fakeServer, makeUser, renderWithClient } from '../../test-utils';
import { WorkerDayHome } from './WorkerDayHome';

const worker = makeUser({ role: 'worker', displayName: 'Julien Moreau', language: 'en' });
const version = (id: string, text: string, fellBack = false) => ({
  id,
  version: 1,
  content: { estimatedMinutes: 10, languages: ['fr', 'en'] },
  title: { text, lang: fellBack ? 'fr' : 'en', fellBack },
});
const assignment = (id: string, status: string, overdue: boolean, v: ReturnType<typeof version>) => ({
  id, dueOn: '2026-12-10', reason: '', status, overdue, moduleVersion: v, progress: null,
});

describe(WorkerDayHome.name, () => {
  it('says honestly that nothing is assigned yet', async () => {
    renderWithClient(<WorkerDayHome user={worker} />, clientFor(fakeServer({ data: { myAssignments: [], myPracticalReviews: [] } })));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe("Today's modules");
    expect(await screen.findByText('Nothing assigned yet')).toBeTruthy();
  });

  it('shows overdue work first, then to do and in progress, each with its button into the player', async () => {
    const data = {
      myAssignments: [
        assignment('a1', 'in_progress', false, version('v1', 'Ventilation')),
        assignment('a2', 'not_started', false, version('v2', 'Fenêtres', true)),
        assignment('a3', 'not_started', true, version('v3', 'Insulation')),
      ],
      myPracticalReviews: [
        { statementId: 's1', review: 'to_redo', reviewComment: 'Tape is folded', reviewedBy: 'Thomas', reviewedAt: null, moduleVersionId: 'v1' },
      ],
    };
    renderWithClient(<WorkerDayHome user={worker} />, clientFor(fakeServer({ data })));
    await screen.findByText('Insulation');
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Overdue (1)', 'To do (1)', 'In progress (1)', 'Practical work checked by your trainer']);
    const todo = screen.getByRole('region', { name: 'To do (1)' });
    expect(within(todo).getByRole('link', { name: 'Start — Fenêtres' }).getAttribute('href')).toBe('/play/v2');
    expect(within(todo).getByText('Shown in Français: not yet translated')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Continue — Ventilation' })).toBeTruthy();
    expect(screen.getByText('To redo')).toBeTruthy();
    expect(screen.getByText('Tape is folded')).toBeTruthy();
  });
});
