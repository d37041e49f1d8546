// The contract's monthly declarations, newest month first, with their state; the facilitator validates a waiting
// month or sends it back with the reason, right on its row.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '../../graphql/useMutation';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { DecideClauseHoursMutation } from './clause.queries';
import { useHours } from './format';

export interface DeclarationRow {
  id: string;
  personName: string;
  companyName: string;
  lotLabel: string;
  month: string;
  hoursWorked: number;
  trainingHours: number;
  status: string;
  correctionReason?: string | null;
  sentBackReason?: string | null;
  trainingCorrectionReason?: string | null;
}

function Decision({ row, onDecided }: { row: DeclarationRow; onDecided: () => void }) {
  const { t } = useTranslation();
  const decide = useMutation(DecideClauseHoursMutation);
  const [sending, setSending] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const who = `${row.personName} ${row.month}`;
  const run = async (verdict: 'validate' | 'sendBack') => {
    if (verdict === 'sendBack' && !reason.trim()) {
      setError(t('clause.problems.reasonRequired'));
      return;
    }
    if (await decide.run({ declarationId: row.id, verdict, reason: verdict === 'sendBack' ? reason.trim() : null })) onDecided();
  };
  return (
    <div className="clause-actions">
      {sending ? (
        <>
          <TextField label={t('clause.decide.reason')} value={reason} onChange={(e) => setReason(e.target.value)} error={error} />
          <Button variant="secondary" pending={decide.pending} onClick={() => void run('sendBack')} aria-label={t('clause.decide.sendBackFor', { who })}>
            {t('clause.decide.sendBack')}
          </Button>
        </>
      ) : (
        <>
          <Button pending={decide.pending} onClick={() => void run('validate')} aria-label={t('clause.decide.validateFor', { who })}>
            {t('clause.decide.validate')}
          </Button>
          <Button variant="secondary" onClick={() => setSending(true)} aria-label={t('clause.decide.sendBackFor', { who })}>
            {t('clause.decide.sendBack')}
          </Button>
        </>
      )}
      {decide.error && <p className="clause-error" role="alert">{t('errors.unexpected')}</p>}
    </div>
  );
}

export function DeclarationsTable({ rows, canDecide, onDecided }: { rows: readonly DeclarationRow[]; canDecide: boolean; onDecided: () => void }) {
  const { t } = useTranslation();
  const hours = useHours();
  return (
    <div className="clause-table-wrap">
      <table className="clause-table">
        <caption className="visually-hidden">{t('clause.hours.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('clause.hours.month')}</th>
            <th scope="col">{t('clause.hours.person')}</th>
            <th scope="col">{t('clause.hours.lot')}</th>
            <th scope="col">{t('clause.hours.worked')}</th>
            <th scope="col">{t('clause.hours.training')}</th>
            <th scope="col">{t('clause.hours.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td className="clause-table__month">{r.month}</td>
              <td>
                {r.personName}
                <br />
                <small>{r.companyName}</small>
              </td>
              <td>{r.lotLabel}</td>
              <td>{hours(r.hoursWorked)}</td>
              <td>
                {hours(r.trainingHours)}
                {r.trainingCorrectionReason && <small> — {r.trainingCorrectionReason}</small>}
              </td>
              <td>
                <strong>{t(`clause.status.${r.status}`, { defaultValue: r.status })}</strong>
                {r.correctionReason && <p>{t('clause.hours.correction', { reason: r.correctionReason })}</p>}
                {r.sentBackReason && <p>{t('clause.hours.sentBack', { reason: r.sentBackReason })}</p>}
                {canDecide && r.status === 'declared' && <Decision row={r} onDecided={onDecided} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
