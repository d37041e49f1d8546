// A company's manager (or the body's facilitator) flags a worker as a participant of the contract: the eligibility
// category, its dates and the type of evidence seen — never the document. Mistakes are shown next to their field.
import { ELIGIBILITY_CATEGORIES, EVIDENCE_TYPES } from '@fit/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useGraphQLQuery } from '../../graphql/useGraphQLQuery';
import { useMutation } from '../../graphql/useMutation';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import {
  AddClauseParticipantMutation,
  ClauseContractQuery,
  ClauseParticipantCandidatesQuery,
} from './clause.queries';

type Field = 'workerId' | 'startsOn' | 'endsOn';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function AddParticipantForm({
  contractId,
  showCompany,
}: {
  contractId: string;
  showCompany: boolean;
}) {
  const { t } = useTranslation();
  const ids = { worker: useId(), workerError: useId(), category: useId(), evidence: useId() };
  const candidates = useGraphQLQuery(ClauseParticipantCandidatesQuery, { contractId });
  const add = useMutation(AddClauseParticipantMutation, {
    invalidates: [ClauseContractQuery, ClauseParticipantCandidatesQuery],
  });
  const [workerId, setWorkerId] = useState('');
  const [category, setCategory] = useState('');
  const [evidenceType, setEvidenceType] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field | 'category' | 'evidenceType', string>>>({});
  const [done, setDone] = useState<string | null>(null);
  const people = candidates.data?.clauseParticipantCandidates ?? [];
  const errorText = (problem: string) =>
    t(`clause.add.errors.${problem}`, { defaultValue: t('clause.add.errors.unknown') });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const local: typeof errors = {};
    if (!people.some((p) => p.workerId === workerId)) local.workerId = errorText('workerRequired');
    if (!category) local.category = errorText('categoryRequired');
    if (!evidenceType) local.evidenceType = errorText('evidenceRequired');
    if (!DAY.test(startsOn)) local.startsOn = errorText('badDate');
    if (endsOn && !DAY.test(endsOn)) local.endsOn = errorText('badDate');
    else if (endsOn && DAY.test(startsOn) && endsOn < startsOn) local.endsOn = errorText('endsBeforeStart');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    const name = people.find((p) => p.workerId === workerId)?.personName ?? '';
    if (
      await add.run({
        input: { contractId, workerId, category, evidenceType, startsOn, endsOn: endsOn || null },
      })
    ) {
      setDone(t('clause.add.done', { name }));
      setWorkerId('');
      setStartsOn('');
      setEndsOn('');
    }
  };

  const server = add.details?.field as Field | undefined;
  const fieldError = (field: Field | 'category' | 'evidenceType') =>
    errors[field] ??
    (server === field && add.details?.problem ? errorText(String(add.details.problem)) : undefined);
  const select = (
    id: string,
    label: string,
    value: string,
    onChange: (v: string) => void,
    options: { value: string; label: string }[],
    error?: string,
  ) => (
    <div className={`text-field${error ? ' text-field--invalid' : ''}`}>
      <label className="text-field__label" htmlFor={id}>
        {label}
      </label>
      {error && (
        <p className="text-field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <select
        id={id}
        className="text-field__input"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <option value="">{t('clause.add.choose')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );

  if (candidates.data && people.length === 0 && !done) return <p>{t('clause.add.nobody')}</p>;
  return (
    <form
      className="clause-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('clause.add.title')}
    >
      <p>{t('clause.add.intro')}</p>
      {select(
        ids.worker,
        t('clause.add.worker'),
        workerId,
        setWorkerId,
        people.map((p) => ({
          value: p.workerId,
          label: showCompany ? `${p.personName} (${p.companyName})` : p.personName,
        })),
        fieldError('workerId'),
      )}
      {select(
        ids.category,
        t('clause.participants.category'),
        category,
        setCategory,
        ELIGIBILITY_CATEGORIES.map((c) => ({ value: c, label: t(`clause.categories.${c}`) })),
        fieldError('category'),
      )}
      {select(
        ids.evidence,
        t('clause.add.evidence'),
        evidenceType,
        setEvidenceType,
        EVIDENCE_TYPES.map((c) => ({ value: c, label: t(`clause.evidence.${c}`) })),
        fieldError('evidenceType'),
      )}
      <TextField
        label={t('clause.add.startsOn')}
        type="date"
        value={startsOn}
        onChange={(e) => setStartsOn(e.target.value)}
        error={fieldError('startsOn')}
      />
      <TextField
        label={t('clause.add.endsOn')}
        hint={t('clause.add.endsOnHint')}
        type="date"
        value={endsOn}
        onChange={(e) => setEndsOn(e.target.value)}
        error={fieldError('endsOn')}
      />
      {add.error && !server && (
        <p className="clause-error" role="alert">
          {t('errors.unexpected')}
        </p>
      )}
      {done && <p role="status">{done}</p>}
      <div className="clause-actions">
        <Button type="submit" pending={add.pending}>
          {t('clause.add.submit')}
        </Button>
      </div>
    </form>
  );
}
