// A list of workers with checkboxes and a save button: who is in a team, or on a site's crew.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../ui/Button';

export interface MemberChecklistProps {
  legend: string;
  workers: { id: string; displayName: string; trade?: string | null }[];
  initial: string[];
  saveLabel: string;
  pending: boolean;
  onSave: (workerIds: string[]) => Promise<boolean>;
  /** A link to each worker's skills passport beside the checkbox (outside the label, so a tap on it never ticks). */
  passportLinks?: boolean;
}

export function MemberChecklist({ legend, workers, initial, saveLabel, pending, onSave, passportLinks = false }: MemberChecklistProps) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState(() => new Set(initial));
  const [result, setResult] = useState<'saved' | 'failed' | null>(null);
  const toggle = (id: string) => {
    setResult(null);
    setChosen((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  };
  return (
    <fieldset className="member-list">
      <legend>{legend}</legend>
      <ul>
        {workers.map((worker) => (
          <li key={worker.id}>
            <label className="member-list__item">
              <input type="checkbox" checked={chosen.has(worker.id)} onChange={() => toggle(worker.id)} />
              <span>
                {worker.displayName}
                {worker.trade && <span className="member-list__trade"> · {worker.trade}</span>}
              </span>
            </label>
            {passportLinks && (
              <Link className="member-list__passport" to={`/passport/${worker.id}`} aria-label={t('matrix.openPassport', { name: worker.displayName })}>
                {t('crew.workers.passport')}
              </Link>
            )}
          </li>
        ))}
      </ul>
      <div className="member-list__footer">
        <Button
          pending={pending}
          onClick={() => void onSave([...chosen]).then((ok) => setResult(ok ? 'saved' : 'failed'))}
        >
          {saveLabel}
        </Button>
        <span role="status">
          {result === 'saved' && <span className="crew-success">{t('crew.saved')}</span>}
          {result === 'failed' && <span className="crew-error">{t('errors.unexpected')}</span>}
        </span>
      </div>
    </fieldset>
  );
}
