// Taking a project's quantities from a building model: windows counted, wall areas only when the index has them.
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ModelQuantitiesPicker, quantitiesFromModel, type BuildingModelQuantities } from './ModelQuantitiesPicker';

const house: BuildingModelQuantities = { modelId: 'm1', siteName: 'Résidence Les Tilleuls', companyName: 'Rénovation Démo SARL', fileName: 'maison.ifc', version: 1, windows: 6, externalWalls: 4, externalWallArea: null };
const block = { ...house, modelId: 'm2', fileName: 'immeuble.ifc', version: 2, windows: 40, externalWallArea: 812.5 };

describe(ModelQuantitiesPicker.name, () => {
  it('hands the chosen model to the form', () => {
    const onTake = vi.fn();
    render(<ModelQuantitiesPicker models={[house, block]} onTake={onTake} />);
    fireEvent.change(screen.getByLabelText('Building model'), { target: { value: 'm2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Take the quantities' }));
    expect(onTake).toHaveBeenCalledWith(block);
  });

  it('says when no model can be used', () => {
    render(<ModelQuantitiesPicker models={[]} onTake={vi.fn()} />);
    expect(screen.getByText(/No indexed building model/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe(quantitiesFromModel.name, () => {
  it('fills windows and the wall area when the model has areas', () => {
    expect(quantitiesFromModel(block)).toEqual({ quantities: { windowReplacement: '40', externalWallInsulation: '812.5' }, areaNote: null });
  });

  it('fills an area estimated from the geometry and says so', () => {
    expect(quantitiesFromModel({ ...block, externalWallAreaEstimated: true })).toEqual({
      quantities: { windowReplacement: '40', externalWallInsulation: '812.5' },
      areaNote: 'estimated',
    });
  });

  it('leaves the wall area out and says so when the model has none', () => {
    expect(quantitiesFromModel(house)).toEqual({ quantities: { windowReplacement: '6' }, areaNote: 'missing' });
  });
});
