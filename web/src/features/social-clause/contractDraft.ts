// Checks a contract being recorded with the API's rules, so most mistakes show next to their field before sending,
// and turns the draft into the API's input.

/** The company select's value for "a company not in FIT". */
export const OTHER_COMPANY = 'other';

export interface LotDraft {
  key: number;
  label: string;
  targetHours: string;
  /** A sharing company's id, OTHER_COMPANY, or '' before choosing. */
  company: string;
  otherName: string;
}

export type LotErrors = Partial<Record<'label' | 'targetHours' | 'company' | 'otherName', string>>;

export interface ContractDraft {
  buyer: string;
  reference: string;
  title: string;
  territoryId: string;
  startsOn: string;
  endsOn: string;
  lots: LotDraft[];
}

export type ContractField = 'buyer' | 'reference' | 'title' | 'startsOn' | 'endsOn' | 'lots';

/** Problems by field (keys of `clause.record.errors`), and per lot. */
export interface DraftProblems {
  fields: Partial<Record<ContractField, string>>;
  lots: Record<number, Partial<Record<keyof LotErrors, string>>>;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const hoursOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.replace(',', '.')));

export function draftProblems(draft: ContractDraft): DraftProblems {
  const fields: DraftProblems['fields'] = {};
  for (const field of ['buyer', 'reference', 'title'] as const) if (!draft[field].trim()) fields[field] = 'required';
  for (const field of ['startsOn', 'endsOn'] as const) if (!DAY.test(draft[field])) fields[field] = 'badDate';
  if (!fields.startsOn && !fields.endsOn && draft.endsOn < draft.startsOn) fields.endsOn = 'endsBeforeStart';
  if (draft.lots.length === 0) fields.lots = 'lotsRequired';
  const lots: DraftProblems['lots'] = {};
  draft.lots.forEach((lot, i) => {
    const found: DraftProblems['lots'][number] = {};
    if (!lot.label.trim()) found.label = 'lotLabelRequired';
    const target = hoursOf(lot.targetHours);
    if (!(target >= 0) || target > 10_000_000) found.targetHours = 'badTarget';
    if (!lot.company) found.company = 'companyRequired';
    if (lot.company === OTHER_COMPANY && !lot.otherName.trim()) found.otherName = 'required';
    if (Object.keys(found).length > 0) lots[i] = found;
  });
  return { fields, lots };
}

export const hasProblems = (p: DraftProblems) => Object.keys(p.fields).length > 0 || Object.values(p.lots).some((lot) => Object.keys(lot).length > 0);

export function contractInput(draft: ContractDraft) {
  return {
    buyer: draft.buyer.trim(),
    reference: draft.reference.trim(),
    title: draft.title.trim(),
    territoryId: draft.territoryId || null,
    startsOn: draft.startsOn,
    endsOn: draft.endsOn,
    lots: draft.lots.map((lot) => ({
      label: lot.label.trim(),
      targetHours: hoursOf(lot.targetHours),
      companyIds: lot.company && lot.company !== OTHER_COMPANY ? [lot.company] : [],
      otherCompanyNames: lot.company === OTHER_COMPANY ? [lot.otherName.trim()] : [],
    })),
  };
}

/** The problems left once `fields` of the contract were changed. */
export function withoutFields(problems: DraftProblems, fields: string[]): DraftProblems {
  const kept = Object.entries(problems.fields).filter(([field]) => !fields.includes(field));
  return { ...problems, fields: Object.fromEntries(kept) };
}

/** The problems left once lot `index` changed from `before` to `after`: the changed fields lose theirs. */
export function withoutLotFields(problems: DraftProblems, index: number, after: LotDraft, before: LotDraft | undefined): DraftProblems {
  const lotProblems = problems.lots[index];
  if (!lotProblems) return problems;
  const changed = (field: keyof LotErrors) => !before || before[field] !== after[field];
  const kept = Object.fromEntries(Object.entries(lotProblems).filter(([field]) => !changed(field as keyof LotErrors)));
  return { ...problems, lots: { ...problems.lots, [index]: kept } };
}
