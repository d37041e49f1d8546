// A company's manager declares a participant's month: hours worked, and training hours (left empty, FIT counts
// them from the month's training; another number needs its reason). Refusals are shown next to their field.
import { hourProblems, isMonth, type HourProblem } from '@fit/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '../../graphql/useMutation';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { DeclareClauseHoursMutation } from './clause.queries';

export interface DeclareHoursFormProps {
  contract: { startsOn: string; endsOn: string };
  participants: { id: string; personName: string; startsOn: string; endsOn?: string | null }[];
  lots: { id: string; label: string }[];
  onDeclared: () => void;
}

type Field = 'month' | 'hoursWorked' | 'trainingHours' | 'trainingCorrectionReason' | 'correctionReason';

const lastMonth = () => {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - 1);
  return d.toISOString().slice(0, 7);
};

export function DeclareHoursForm({ contract, participants, lots, onDeclared }: DeclareHoursFormProps) {
  const { t } = useTranslation();
  const declare = useMutation(DeclareClauseHoursMutation);
  const [participantId, setParticipantId] = useState(participants[0]?.id ?? '');
  const [lotId, setLotId] = useState(lots[0]?.id ?? '');
  const [month, setMonth] = useState(lastMonth());
  const [worked, setWorked] = useState('');
  const [training, setTraining] = useState('');
  const [trainingReason, setTrainingReason] = useState('');
  const [correctionReason, setCorrectionReason] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [done, setDone] = useState<string | null>(null);

  const problemText = (p: string) => t(`clause.problems.${p}`, { defaultValue: t('clause.problems.unknown') });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const participant = participants.find((p) => p.id === participantId);
    const hoursWorked = worked.trim() === '' ? Number.NaN : Number(worked.replace(',', '.'));
    const trainingHours = training.trim() === '' ? null : Number(training.replace(',', '.'));
    // The same rules as the server, so most mistakes are shown before sending.
    const local = participant && isMonth(month)
      ? hourProblems({ month, hoursWorked, trainingHours: trainingHours ?? 0 }, contract, { startsOn: participant.startsOn, endsOn: participant.endsOn ?? null })
      : [{ field: 'month' as const, problem: 'badMonth' as HourProblem }];
    if (local.length > 0) {
      setErrors(Object.fromEntries(local.map((p) => [p.field, problemText(p.problem)])));
      return;
    }
    setErrors({});
    const ok = await declare.run({
      input: {
        participantId,
        lotId,
        month,
        hoursWorked,
        trainingHours,
        trainingCorrectionReason: trainingReason.trim() || null,
        correctionReason: correctionReason.trim() || null,
      },
    });
    if (ok) {
      setWorked('');
      setTraining('');
      setTrainingReason('');
      setCorrectionReason('');
      setDone(t('clause.declare.done', { name: participant?.personName ?? '', month }));
      onDeclared();
    }
  };

  const serverField = declare.details?.field as Field | undefined;
  const serverProblem = declare.details?.problem as string | undefined;
  const fieldError = (field: Field) => errors[field] ?? (serverField === field && serverProblem ? problemText(serverProblem) : undefined);

  return (
    <form className="clause-form" onSubmit={(e) => void submit(e)} noValidate aria-describedby="clause-declare-intro">
      <p id="clause-declare-intro">{t('clause.declare.intro')}</p>
      <label>
        {t('clause.declare.participant')}
        <select value={participantId} onChange={(e) => setParticipantId(e.target.value)}>
          {participants.map((p) => (
            <option key={p.id} value={p.id}>
              {p.personName}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('clause.declare.lot')}
        <select value={lotId} onChange={(e) => setLotId(e.target.value)}>
          {lots.map((l) => (
            <option key={l.id} value={l.id}>
              {l.label}
            </option>
          ))}
        </select>
      </label>
      <TextField label={t('clause.declare.month')} hint={t('clause.declare.monthHint')} type="month" value={month} onChange={(e) => setMonth(e.target.value)} error={fieldError('month')} />
      <TextField label={t('clause.declare.hoursWorked')} inputMode="decimal" value={worked} onChange={(e) => setWorked(e.target.value)} error={fieldError('hoursWorked')} />
      <TextField
        label={t('clause.declare.trainingHours')}
        hint={t('clause.declare.trainingHint')}
        inputMode="decimal"
        value={training}
        onChange={(e) => setTraining(e.target.value)}
        error={fieldError('trainingHours')}
      />
      {(training.trim() !== '' || serverField === 'trainingCorrectionReason') && (
        <TextField label={t('clause.declare.trainingReason')} value={trainingReason} onChange={(e) => setTrainingReason(e.target.value)} error={fieldError('trainingCorrectionReason')} />
      )}
      {serverField === 'correctionReason' && (
        <TextField label={t('clause.declare.correctionReason')} value={correctionReason} onChange={(e) => setCorrectionReason(e.target.value)} error={fieldError('correctionReason')} />
      )}
      {declare.error && !serverField && <p className="clause-error" role="alert">{declare.error === 'CONFLICT' ? problemText(serverProblem ?? 'unknown') : t('errors.unexpected')}</p>}
      {done && <p role="status">{done}</p>}
      <div className="clause-actions">
        <Button type="submit" pending={declare.pending}>
          {t('clause.declare.submit')}
        </Button>
      </div>
    </form>
  );
}
