// Behaviour of the step list: reorder by buttons and by drag, delete only after confirming, issues beside their field.
import { type ModuleStep } from '@fit/shared';
import { validateModuleContent } from '@fit/shared/validation';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { clientFor, fakeServer } from '../../../test-utils';
import { GraphQLClientContext } from '../../../graphql/GraphQLClientContext';
import { emptyContent, newStep } from '../editorModel';
import { StepList } from './StepList';

const steps: ModuleStep[] = [
  { id: 'one', kind: 'text', body: { fr: 'Un' } },
  { id: 'two', kind: 'bim', bindings: [{ ifcClass: 'IfcWindow' }] },
  { id: 'three', kind: 'text', body: { fr: 'Trois' } },
];

function renderList(list: ModuleStep[], onChange = vi.fn(), issues?: Parameters<typeof StepList>[0]['issues']) {
  render(
    <GraphQLClientContext.Provider value={clientFor(fakeServer({ data: {} }))}>
      <StepList steps={list} issues={issues} onChange={onChange} />
    </GraphQLClientContext.Provider>,
  );
  return onChange;
}

describe(StepList.name, () => {
  it('moves a step up with its button and announces the move', () => {
    const onChange = renderList(steps);
    fireEvent.click(screen.getByRole('button', { name: 'Move step 3 up' }));
    expect(onChange.mock.calls[0]![0].map((s: ModuleStep) => s.id)).toEqual(['one', 'three', 'two']);
    expect(screen.getByText('Step 3 moved to position 2.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Move step 1 up' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('moves a step where it is dropped', () => {
    const onChange = renderList(steps);
    const handle = screen.getAllByTitle('Drag to reorder')[0]!;
    fireEvent.dragStart(handle, { dataTransfer: { setData: () => undefined, effectAllowed: '' } });
    fireEvent.drop(screen.getByTestId('step-3'));
    expect(onChange.mock.calls[0]![0].map((s: ModuleStep) => s.id)).toEqual(['two', 'three', 'one']);
  });

  it('deletes a step only once the trainer confirms', () => {
    const onChange = renderList(steps);
    fireEvent.click(screen.getAllByRole('button', { name: 'Delete' })[1]!);
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
    expect(onChange.mock.calls[0]![0].map((s: ModuleStep) => s.id)).toEqual(['one', 'three']);
  });

  it('adds a step of the chosen kind with a fresh id', () => {
    const onChange = renderList(steps);
    fireEvent.click(screen.getByRole('button', { name: '+ Practical task' }));
    const added = onChange.mock.calls[0]![0].at(-1) as ModuleStep;
    expect(added).toMatchObject({ kind: 'practical', id: 'practical-1', photoRequired: false });
  });

  it('shows each validation problem next to the field it is about', () => {
    const quiz = newStep('quiz', []);
    const result = validateModuleContent({ ...emptyContent(), title: { fr: 'T' }, summary: { fr: 'S' }, trades: ['x'], topic: 'y', steps: [quiz] });
    expect(result.ok).toBe(false);
    renderList([quiz], vi.fn(), result.ok ? [] : result.issues);
    const prompt = screen.getByLabelText(/^Question/);
    expect(prompt.getAttribute('aria-invalid')).toBe('true');
    const describedBy = prompt.getAttribute('aria-describedby')!.split(' ');
    const messages = describedBy.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    expect(messages).toContain('Step 1 (quiz) question prompt: is empty in every language');
    expect(screen.getByText(/Step 1 \(quiz\) correct answer: needs at least 1 item/)).toBeTruthy();
  });
});
