import { describe, expect, it } from 'vitest';
import { contractInput, draftProblems, hasProblems, OTHER_COMPANY, withoutFields, withoutLotFields, type ContractDraft } from './contractDraft';

const COMPANY = '0b5f6c52-8a43-4d37-9a53-3f0c2b1d7e11';
const draft = (patch: Partial<ContractDraft> = {}): ContractDraft => ({
  buyer: 'Métropole de Lyon',
  reference: 'LYON-2027-001',
  title: 'Extension de la médiathèque',
  territoryId: '',
  startsOn: '2027-01-04',
  endsOn: '2027-12-17',
  lots: [{ key: 1, label: 'Lot 01', targetHours: '1200', company: COMPANY, otherName: '' }],
  ...patch,
});

describe('a contract being recorded', () => {
  it('has no problem when complete', () => {
    expect(hasProblems(draftProblems(draft()))).toBe(false);
  });

  it('names each missing field and a contract that ends before it starts', () => {
    const found = draftProblems(draft({ buyer: ' ', reference: '', title: '', startsOn: '2027-06-01', endsOn: '2027-05-31' }));
    expect(found.fields).toEqual({ buyer: 'required', reference: 'required', title: 'required', endsOn: 'endsBeforeStart' });
  });

  it('refuses a missing date and a contract without lots', () => {
    expect(draftProblems(draft({ startsOn: '', lots: [] })).fields).toEqual({ startsOn: 'badDate', lots: 'lotsRequired' });
  });

  it('checks each lot: name, hours target, awarded company or its name', () => {
    const found = draftProblems(
      draft({
        lots: [
          { key: 1, label: '', targetHours: '-3', company: '', otherName: '' },
          { key: 2, label: 'Lot 02', targetHours: '350,5', company: OTHER_COMPANY, otherName: ' ' },
          { key: 3, label: 'Lot 03', targetHours: 'abc', company: COMPANY, otherName: '' },
        ],
      }),
    );
    expect(found.lots).toEqual({
      0: { label: 'lotLabelRequired', targetHours: 'badTarget', company: 'companyRequired' },
      1: { otherName: 'required' },
      2: { targetHours: 'badTarget' },
    });
  });

  it('sends a shared company by id, another company by name, and decimal commas as numbers', () => {
    const input = contractInput(
      draft({
        territoryId: '',
        lots: [
          { key: 1, label: ' Lot 01 ', targetHours: '1200', company: COMPANY, otherName: 'ignored' },
          { key: 2, label: 'Lot 02', targetHours: '350,5', company: OTHER_COMPANY, otherName: ' Peintures du Rhône ' },
        ],
      }),
    );
    expect(input.territoryId).toBeNull();
    expect(input.lots).toEqual([
      { label: 'Lot 01', targetHours: 1200, companyIds: [COMPANY], otherCompanyNames: [] },
      { label: 'Lot 02', targetHours: 350.5, companyIds: [], otherCompanyNames: ['Peintures du Rhône'] },
    ]);
  });

  it('drops the errors of the fields being corrected, and only those', () => {
    const lot = { key: 1, label: '', targetHours: '', company: '', otherName: '' };
    const found = draftProblems(draft({ buyer: '', title: '', lots: [lot] }));
    expect(withoutFields(found, ['buyer']).fields).toEqual({ title: 'required' });
    const corrected = withoutLotFields(found, 0, { ...lot, label: 'Lot 01' }, lot);
    expect(corrected.lots[0]).toEqual({ targetHours: 'badTarget', company: 'companyRequired' });
    expect(hasProblems(withoutLotFields(withoutFields(found, ['buyer', 'title']), 0, { ...lot, label: 'L', targetHours: '1', company: COMPANY }, lot))).toBe(false);
  });
});
