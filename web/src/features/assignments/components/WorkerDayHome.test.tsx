// Behaviour of the worker's day: groups in order, the right button into the player, reviews, and the empty day.
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { ADL_VERBS, moduleVersionActivity } from '@fit/shared';
import { describe, expect, it } from 'vitest';
import { clientFor, fakeServer, makeUser, renderWithClient } from '../../../test-utils';
import { WorkerDayHome } from './WorkerDayHome';
import { appOutbox } from '../../sync';

const worker = makeUser({ role: 'worker', displayName: 'Julien Moreau', language: 'en' });
const version = (id: string, text: string, fellBack = false) => ({
  id,
  version: 1,
  content: { estimatedMinutes: 10, languages: ['fr', 'en'] },
  title: { text, lang: fellBack ? 'fr' : 'en', fellBack },
});
const assignment = (id: string, status: string, overdue: boolean, v: ReturnType<typeof version>) => ({
  id, dueOn: '2026-12-10', reason: '', status, overdue, createdAt: '2026-12-01T08:00:00Z', moduleVersion: v, progress: null as null | { bestScore: number; completedAt: string; passedAt: string },
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

  it('lists a failed module as failed with "Try again", and says when a pass came before the assignment', async () => {
    const passedBefore = assignment('a2', 'passed', false, version('v2', 'Windows'));
    passedBefore.progress = { bestScore: 0.9, completedAt: '2026-11-20T09:00:00Z', passedAt: '2026-11-20T09:00:00Z' };
    const data = { myAssignments: [assignment('a1', 'failed', true, version('v1', 'Ventilation')), passedBefore], myPracticalReviews: [] };
    renderWithClient(<WorkerDayHome user={worker} />, clientFor(fakeServer({ data })));
    const failed = await screen.findByRole('region', { name: 'Not passed: try again (1)' });
    expect(within(failed).getByRole('link', { name: 'Try again — Ventilation' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: /Overdue/ })).toBeNull();
    expect(within(screen.getByRole('region', { name: 'Done (1)' })).getByText(/Already passed on .*20.*, before this assignment/)).toBeTruthy();
  });

  it('moves a module finished on this tablet to "Done" at once, from the outbox, before the server knows', async () => {
    const userId = worker.id;
    await appOutbox().statements.put({
      id: 'local-1',
      userId,
      createdAt: '2026-12-04T10:00:00Z',
      attempts: 0,
      statement: {
        id: '5b0c7e2a-0000-4000-8000-000000000001',
        actor: { objectType: 'Agent', account: { homePage: 'https://fit', name: userId } },
        verb: { id: ADL_VERBS.passed },
        object: { objectType: 'Activity', id: moduleVersionActivity('v3') },
        timestamp: '2026-12-04T10:00:00Z',
      },
    });
    const data = { myAssignments: [assignment('a3', 'not_started', true, version('v3', 'Insulation'))], myPracticalReviews: [] };
    renderWithClient(<WorkerDayHome user={worker} />, clientFor(fakeServer({ data })));
    const done = await screen.findByRole('region', { name: 'Done (1)' });
    expect(within(done).getByText('Finished on this tablet: sent when the network returns')).toBeTruthy();
    expect(screen.queryByRole('region', { name: /To do|Overdue/ })).toBeNull();
    await appOutbox().statements.clear();
  });
});
