// The facilitator records a public contract with a social clause: buyer, reference, title, territory, dates, and its
// lots with their hours target and awarded company. Refusals show next to their field; once recorded, the contract
// screen opens.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useGraphQLQuery } from '../../graphql/useGraphQLQuery';
import { useMutation } from '../../graphql/useMutation';
import { Button } from '../../ui/Button';
import { QueryStates } from '../../ui/QueryStates';
import { TextField } from '../../ui/TextField';
import { ClauseContractOptionsQuery, ClauseContractsQuery, CreateClauseContractMutation } from './clause.queries';
import { contractInput, draftProblems, hasProblems, withoutFields, withoutLotFields, type ContractDraft, type ContractField, type DraftProblems, type LotDraft } from './contractDraft';
import { LotFields } from './LotFields';

let nextKey = 1;
const emptyLot = (): LotDraft => ({ key: nextKey++, label: '', targetHours: '', company: '', otherName: '' });
const noProblems: DraftProblems = { fields: {}, lots: {} };

export function RecordContractForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const territoryId = useId();
  const options = useGraphQLQuery(ClauseContractOptionsQuery, {});
  const create = useMutation(CreateClauseContractMutation, { invalidates: [ClauseContractsQuery] });
  const [draft, setDraft] = useState<ContractDraft>({ buyer: '', reference: '', title: '', territoryId: '', startsOn: '', endsOn: '', lots: [emptyLot()] });
  const [problems, setProblems] = useState<DraftProblems>(noProblems);

  // A field being corrected loses its error at once, so only what is still wrong stays red.
  const set = (patch: Partial<ContractDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setProblems((p) => withoutFields(p, Object.keys(patch)));
  };
  const setLot = (i: number, lot: LotDraft) => {
    setDraft((d) => ({ ...d, lots: d.lots.map((l, j) => (j === i ? lot : l)) }));
    setProblems((p) => withoutLotFields(p, i, lot, draft.lots[i]));
  };
  const setLots = (lots: LotDraft[]) => {
    setDraft((d) => ({ ...d, lots }));
    // Errors are kept by position: removing or adding a lot asks again on the next send.
    setProblems((p) => ({ ...withoutFields(p, ['lots']), lots: {} }));
  };
  const problemText = (p?: string) => p && t(`clause.record.errors.${p}`, { defaultValue: t('clause.record.errors.unknown') });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = draftProblems(draft);
    setProblems(found);
    if (hasProblems(found)) return;
    const saved = await create.run({ input: contractInput(draft) });
    if (saved) void navigate(`/clause/${saved.createClauseContract.id}`);
  };

  // The API's refusals the form cannot foresee (a reference already used, a company that stopped sharing).
  const serverField = create.details?.field as ContractField | 'companyIds' | undefined;
  const serverProblem = create.details?.problem as string | undefined;
  const fieldError = (field: ContractField) => problemText(problems.fields[field] ?? (serverField === field ? serverProblem : undefined));
  const lotsError = fieldError('lots') ?? (serverField === 'companyIds' ? problemText(serverProblem) : undefined);

  return (
    <QueryStates query={options}>
      {({ territories, sharingAgreements }) => {
        const companies = [...new Map(sharingAgreements.filter((a) => !a.endedAt).map((a) => [a.company.id, a.company])).values()];
        return (
          <form className="clause-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('clause.record.title')}>
            <TextField label={t('clause.record.buyer')} hint={t('clause.record.buyerHint')} value={draft.buyer} onChange={(e) => set({ buyer: e.target.value })} error={fieldError('buyer')} />
            <TextField label={t('clause.record.reference')} value={draft.reference} onChange={(e) => set({ reference: e.target.value })} error={fieldError('reference')} />
            <TextField label={t('clause.record.contractTitle')} value={draft.title} onChange={(e) => set({ title: e.target.value })} error={fieldError('title')} />
            <div className="text-field">
              <label className="text-field__label" htmlFor={territoryId}>
                {t('clause.record.territory')}
              </label>
              <select id={territoryId} className="text-field__input" value={draft.territoryId} onChange={(e) => set({ territoryId: e.target.value })}>
                <option value="">{t('clause.record.noTerritory')}</option>
                {territories.map((territory) => (
                  <option key={territory.id} value={territory.id}>
                    {territory.name}
                  </option>
                ))}
              </select>
            </div>
            <TextField label={t('clause.record.startsOn')} type="date" value={draft.startsOn} onChange={(e) => set({ startsOn: e.target.value })} error={fieldError('startsOn')} />
            <TextField label={t('clause.record.endsOn')} type="date" value={draft.endsOn} onChange={(e) => set({ endsOn: e.target.value })} error={fieldError('endsOn')} />
            {lotsError && (
              <p className="clause-error" role="alert">
                {lotsError}
              </p>
            )}
            {draft.lots.map((lot, i) => (
              <LotFields
                key={lot.key}
                index={i}
                lot={lot}
                companies={companies}
                errors={Object.fromEntries(Object.entries(problems.lots[i] ?? {}).map(([field, p]) => [field, problemText(p)]))}
                onChange={(changed) => setLot(i, changed)}
                onRemove={draft.lots.length > 1 ? () => setLots(draft.lots.filter((_, j) => j !== i)) : undefined}
              />
            ))}
            <div className="clause-actions">
              <Button variant="secondary" onClick={() => setLots([...draft.lots, emptyLot()])}>
                {t('clause.record.addLot')}
              </Button>
            </div>
            {create.error && !serverField && (
              <p className="clause-error" role="alert">
                {t('errors.unexpected')}
              </p>
            )}
            <div className="clause-actions">
              <Button type="submit" pending={create.pending}>
                {t('clause.record.submit')}
              </Button>
              <Button variant="secondary" onClick={onCancel}>
                {t('clause.record.cancel')}
              </Button>
            </div>
          </form>
        );
      }}
    </QueryStates>
  );
}
