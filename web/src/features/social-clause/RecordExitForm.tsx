// The facilitator records how a participant's path ended: a job, a training or another outcome, and its date.
import { EXIT_OUTCOMES, type ExitOutcome } from '@fit/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '../../graphql/useMutation';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { ClauseContractQuery, RecordClauseExitMutation } from './clause.queries';

export interface RecordExitFormProps {
  /** Participants whose exit is not recorded yet. */
  participants: { id: string; personName: string }[];
}

export function RecordExitForm({ participants }: RecordExitFormProps) {
  const { t } = useTranslation();
  const ids = { participant: useId(), outcome: useId() };
  const record = useMutation(RecordClauseExitMutation, { invalidates: [ClauseContractQuery] });
  const [chosen, setParticipantId] = useState('');
  // Once recorded, a participant leaves the list: the choice falls back on the first one still open.
  const participantId = participants.some((p) => p.id === chosen) ? chosen : (participants[0]?.id ?? '');
  const [outcome, setOutcome] = useState<ExitOutcome>(EXIT_OUTCOMES[0]);
  const [exitOn, setExitOn] = useState('');
  const [dateError, setDateError] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const missing = !/^\d{4}-\d{2}-\d{2}$/.test(exitOn);
    setDateError(missing);
    if (missing) return;
    const name = participants.find((p) => p.id === participantId)?.personName ?? '';
    if (await record.run({ participantId, outcome, exitOn })) {
      setDone(t('clause.exit.done', { name, outcome: t(`clause.exits.${outcome}`) }));
      setExitOn('');
    }
  };

  return (
    <form className="clause-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('clause.exit.title')}>
      <div className="text-field">
        <label className="text-field__label" htmlFor={ids.participant}>
          {t('clause.declare.participant')}
        </label>
        <select id={ids.participant} className="text-field__input" value={participantId} onChange={(e) => setParticipantId(e.target.value)}>
          {participants.map((p) => (
            <option key={p.id} value={p.id}>
              {p.personName}
            </option>
          ))}
        </select>
      </div>
      <div className="text-field">
        <label className="text-field__label" htmlFor={ids.outcome}>
          {t('clause.exit.outcome')}
        </label>
        <select id={ids.outcome} className="text-field__input" value={outcome} onChange={(e) => setOutcome(e.target.value as ExitOutcome)}>
          {EXIT_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {t(`clause.exits.${o}`)}
            </option>
          ))}
        </select>
      </div>
      <TextField
        label={t('clause.exit.exitOn')}
        type="date"
        value={exitOn}
        onChange={(e) => {
          setExitOn(e.target.value);
          setDateError(false);
        }}
        error={dateError || record.details?.field === 'exitOn' ? t('clause.record.errors.badDate') : undefined}
      />
      {record.error && record.details?.field !== 'exitOn' && (
        <p className="clause-error" role="alert">
          {t('errors.unexpected')}
        </p>
      )}
      {done && <p role="status">{done}</p>}
      <div className="clause-actions">
        <Button type="submit" pending={record.pending}>
          {t('clause.exit.submit')}
        </Button>
      </div>
    </form>
  );
}
