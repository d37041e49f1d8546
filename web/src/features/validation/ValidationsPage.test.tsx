// Behaviour of on-site sign-off: a comment is required to send work back, and a judged task leaves the list.
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { clientFor, fakeServer, renderWithClient } from '../../test-utils';
import { ValidationsPage } from './ValidationsPage';

const pending = {
  pendingValidations: [
    {
      statementId: 's1',
      workerId: 'w1',
      workerName: 'Julien Moreau',
      activityId: 'https://w3id.org/fit/module-versions/v1/steps/task',
      moduleVersionId: 'v1',
      response: 'clean',
      evidence: ['p1'],
      submittedAt: '2026-11-23T10:00:00Z',
      review: 'pending',
    },
  ],
  refusedStatements: [] as unknown[],
  modules: [],
};

describe(ValidationsPage.name, () => {
  it('asks for a comment before sending the work back to redo', async () => {
    const server = fakeServer({ data: pending });
    renderWithClient(<ValidationsPage />, clientFor(server));
    fireEvent.click(await screen.findByRole('button', { name: /To redo/ }));
    expect(screen.getByText('Say what to redo, so the worker knows.')).toBeTruthy();
    expect(server.requests).toHaveLength(1);
  });

  it('validates a task, confirms it, and says nothing is left waiting', async () => {
    const server = fakeServer(
      { data: pending },
      {
        data: {
          reviewPractical: { statementId: 's1', review: 'validated', reviewComment: null, reviewedBy: 'T' },
        },
      },
    );
    renderWithClient(<ValidationsPage />, clientFor(server));
    expect(await screen.findByRole('img', { name: 'Photo 1 from Julien Moreau' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Validated/ }));
    expect(await screen.findByText('Nothing waiting for sign-off')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Validated: Julien Moreau — Module');
    expect(server.requests[1]!.variables).toEqual({ statementId: 's1', verdict: 'validated', comment: null });
  });

  it('lists the records the server refused, with the rule and the reason, so nothing is silently lost', async () => {
    const refused = {
      statementId: 'r1',
      workerName: 'Julien Moreau',
      rule: 'learner-member',
      reason: 'the learner is not a current member of this organisation',
      refusedAt: '2026-11-23T11:00:00Z',
    };
    renderWithClient(
      <ValidationsPage />,
      clientFor(fakeServer({ data: { ...pending, refusedStatements: [refused] } })),
    );
    expect(await screen.findByRole('heading', { name: 'Records refused' })).toBeTruthy();
    expect(
      screen.getByText(
        /Not counted \(learner-member\): the learner is not a current member of this organisation/,
      ),
    ).toBeTruthy();
  });
});
