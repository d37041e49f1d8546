// Holders declared for companies not in FIT (a federation's survey, say): added per ULO, deleted one by one. They
// count as supply without an expiry.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '../../graphql/useMutation';
import { useGraphQLQuery } from '../../graphql/useGraphQLQuery';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { TextField } from '../../ui/TextField';
import { AddForecastHeadcountMutation, DeleteForecastHeadcountMutation, ForecastRatiosQuery } from './forecast.queries';

interface Headcount {
  id: string;
  label: string;
  ulo: string;
  workers: number;
}

export function HeadcountSection({ territoryId, headcounts, onChanged }: { territoryId: string; headcounts: Headcount[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const uloId = useId();
  const labels = useGraphQLQuery(ForecastRatiosQuery, {});
  const add = useMutation(AddForecastHeadcountMutation);
  const remove = useMutation(DeleteForecastHeadcountMutation);
  const [label, setLabel] = useState('');
  const [ulo, setUlo] = useState('');
  const [workers, setWorkers] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const ulos = labels.data?.forecastUlos ?? [];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const count = Number(workers);
    const found: Record<string, string> = {};
    if (!label.trim()) found.label = t('forecast.headcount.errors.label');
    if (!ulo) found.ulo = t('forecast.headcount.errors.ulo');
    if (!Number.isInteger(count) || count < 0 || workers.trim() === '') found.workers = t('forecast.headcount.errors.workers');
    setErrors(found);
    if (Object.keys(found).length) return;
    if (await add.run({ input: { territoryId, label: label.trim(), ulo, workers: count } })) {
      setWorkers('');
      onChanged();
    }
  };
  return (
    <section className="home-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('forecast.headcount.title')}</h2>
      <p>{t('forecast.headcount.lead')}</p>
      {headcounts.length === 0 ? (
        <EmptyState title={t('forecast.headcount.empty')} />
      ) : (
        <ul className="network-list">
          {headcounts.map((h) => (
            <li key={h.id} className="network-card forecast-project">
              <p>{t('forecast.headcount.row', { label: h.label, ulo: h.ulo, count: h.workers })}</p>
              <Button variant="secondary" pending={remove.pending} aria-label={t('forecast.headcount.deleteNamed', { ulo: h.ulo, label: h.label })} onClick={async () => (await remove.run({ id: h.id })) && onChanged()}>
                {t('forecast.projects.delete')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form className="forecast-form" onSubmit={submit} noValidate aria-label={t('forecast.headcount.add')}>
        <TextField label={t('forecast.headcount.label')} value={label} error={errors.label} onChange={(e) => setLabel(e.target.value)} />
        <div className={`text-field${errors.ulo ? ' text-field--invalid' : ''}`}>
          <label className="text-field__label" htmlFor={uloId}>
            {t('forecast.ulo')}
          </label>
          {errors.ulo && (
            <p className="text-field__error" id={`${uloId}-error`}>
              {errors.ulo}
            </p>
          )}
          <select id={uloId} className="text-field__input forecast-select" value={ulo} aria-invalid={errors.ulo ? true : undefined} aria-describedby={errors.ulo ? `${uloId}-error` : undefined} onChange={(e) => setUlo(e.target.value)}>
            <option value="">{t('forecast.headcount.chooseUlo')}</option>
            {ulos.map((u) => (
              <option key={u.code} value={u.code}>
                {u.code} — {u.title}
              </option>
            ))}
          </select>
        </div>
        <TextField label={t('forecast.headcount.workers')} inputMode="numeric" value={workers} error={errors.workers} onChange={(e) => setWorkers(e.target.value)} />
        {add.error && <p role="alert">{t('forecast.saveFailed')}</p>}
        <div className="forecast-form__actions">
          <Button type="submit" pending={add.pending}>
            {t('forecast.headcount.add')}
          </Button>
        </div>
      </form>
    </section>
  );
}
