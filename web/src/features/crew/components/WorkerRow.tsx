// One worker in the crew list: name, trade, PIN state, and setting or resetting their PIN (which also lifts a lock).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WorkerFieldsFragment } from '../../../graphql/generated/graphql';
import { useMutation } from '../../../graphql/useMutation';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { SetWorkerPinMutation } from '../api/crew.queries';
import { errorText } from '../errorText';
import { isValidPin } from '../validateWorker';
import '../../../ui/staff-page.css';

export interface WorkerRowProps {
  worker: WorkerFieldsFragment;
  onChanged: () => void;
}

export function WorkerRow({ worker, onChanged }: WorkerRowProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [pin, setPin] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [done, setDone] = useState(false);
  const mutation = useMutation(SetWorkerPinMutation);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setInvalid(!isValidPin(pin));
    if (!isValidPin(pin)) return;
    if (await mutation.run({ workerId: worker.id, pin })) {
      setEditing(false);
      setPin('');
      setDone(true);
      onChanged();
    }
  };

  return (
    <li className="crew-row">
      <div className="crew-row__who">
        <span className="crew-row__name">{worker.displayName}</span>
        <span className="crew-row__meta">
          {[worker.trade, worker.language.toUpperCase(), worker.email].filter(Boolean).join(' · ')}
        </span>
        <span className={worker.hasPin ? 'crew-row__pin' : 'crew-row__pin crew-row__pin--missing'}>
          {worker.hasPin ? t('crew.workers.pinSet') : t('crew.workers.pinMissing')}
        </span>
        <span role="status">{done && <span className="crew-success">{t('crew.workers.pinSaved')}</span>}</span>
      </div>
      <Link className="staff-link-button" to={`/passport/${worker.id}`} aria-label={t('matrix.openPassport', { name: worker.displayName })}>
        {t('crew.workers.passport')}
      </Link>
      {editing ? (
        <form className="crew-row__pin-form" onSubmit={(e) => void handleSubmit(e)} noValidate>
          <TextField
            label={t('crew.workers.newPin', { name: worker.displayName })}
            inputMode="numeric"
            autoComplete="off"
            maxLength={6}
            value={pin}
            onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
            error={invalid ? t('crew.workers.pinInvalid') : errorText(mutation.error, t)}
          />
          <Button type="submit" pending={mutation.pending}>
            {t('crew.workers.savePin')}
          </Button>
          <Button variant="secondary" onClick={() => setEditing(false)}>
            {t('crew.cancel')}
          </Button>
        </form>
      ) : (
        <Button
          variant="secondary"
          onClick={() => {
            setDone(false);
            setEditing(true);
          }}
        >
          {worker.hasPin ? t('crew.workers.resetPin') : t('crew.workers.setPin')}
        </Button>
      )}
    </li>
  );
}
