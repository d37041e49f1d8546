// The BIM step's binding rules as a trainer edits them: class rules with conditions, chosen elements, the preview slot.
import type { BimBinding } from '@fit/shared';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { BimBindingsForm } from './BimBindingsForm';
import { BimPreviewContext } from '../bimPreview';

function renderForm(bindings: BimBinding[], onChange = vi.fn(), preview?: (b: readonly BimBinding[]) => string) {
  render(
    <BimPreviewContext.Provider value={preview ?? null}>
      <BimBindingsForm bindings={bindings} path="steps[0]" onChange={onChange} />
    </BimPreviewContext.Provider>,
  );
  return onChange;
}

const last = (fn: ReturnType<typeof vi.fn>) => fn.mock.calls.at(-1)![0] as BimBinding[];

describe(BimBindingsForm.name, () => {
  it('adds a class rule', () => {
    const onChange = renderForm([]);
    fireEvent.click(screen.getByRole('button', { name: 'Add an IFC class rule' }));
    expect(last(onChange)).toEqual([{ ifcClass: 'IfcWindow' }]);
  });

  it('edits a condition: property, comparison and value', () => {
    const onChange = renderForm([{ ifcClass: 'IfcWall', where: [{ property: 'IsExternal', equals: true }] }]);
    fireEvent.change(screen.getByLabelText('Property'), { target: { value: 'ThermalTransmittance' } });
    expect(last(onChange)).toEqual([{ ifcClass: 'IfcWall', where: [{ property: 'ThermalTransmittance', equals: 0 }] }]);
  });

  it('keeps a comparison and a number value', () => {
    const onChange = renderForm([{ ifcClass: 'IfcWall', where: [{ property: 'ThermalTransmittance', equals: 0 }] }]);
    fireEvent.change(screen.getByLabelText('Comparison'), { target: { value: 'gt' } });
    expect(last(onChange)).toEqual([{ ifcClass: 'IfcWall', where: [{ property: 'ThermalTransmittance', equals: 0, op: 'gt' }] }]);
    fireEvent.change(screen.getByLabelText('Value'), { target: { value: '0.35' } });
    expect(last(onChange)).toEqual([{ ifcClass: 'IfcWall', where: [{ property: 'ThermalTransmittance', equals: 0.35 }] }]);
  });

  it('takes chosen elements one GlobalId per line', () => {
    const onChange = renderForm([{ globalIds: [] }]);
    fireEvent.change(screen.getByLabelText('Rule 1: chosen elements (GlobalIds)'), { target: { value: '2O2Fr$t4X7Zf8NOew3FLOH\n1hOSvn6df7F8_7GcBWlR72' } });
    expect(last(onChange)).toEqual([{ globalIds: ['2O2Fr$t4X7Zf8NOew3FLOH', '1hOSvn6df7F8_7GcBWlR72'] }]);
  });

  it('shows what the rules match through the app’s preview', () => {
    const preview = vi.fn((b: readonly BimBinding[]) => `preview of ${b.length} rule`);
    renderForm([{ ifcClass: 'IfcDoor' }], vi.fn(), preview);
    fireEvent.click(screen.getByRole('button', { name: 'Show what matches on a site' }));
    expect(screen.getByText('preview of 1 rule')).toBeTruthy();
  });
});
