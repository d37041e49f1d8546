// Plans one work sequence on site: what the worker does, the module practised, the date, the site and the time.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AfestFieldsFragment } from '../../graphql/generated/graphql';
import { useMutation } from '../../graphql/useMutation';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { PlanAfestSequenceMutation } from './afest.queries';

interface Option {
  id: string;
  label: string;
}

type Field = 'activity' | 'date' | 'minutes';

export function PlanSequenceForm({ afestId, modules, sites, onPlanned }: { afestId: string; modules: Option[]; sites: Option[]; onPlanned: (a: AfestFieldsFragment) => void }) {
  const { t } = useTranslation();
  const moduleId = useId();
  const siteId = useId();
  const [activity, setActivity] = useState('');
  const [version, setVersion] = useState(modules[0]?.id ?? '');
  const [site, setSite] = useState(sites[0]?.id ?? '');
  const [date, setDate] = useState('');
  const [minutes, setMinutes] = useState('60');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const plan = useMutation(PlanAfestSequenceMutation);

  const handleSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const n = Number(minutes);
    const found: Partial<Record<Field, string>> = {};
    if (!activity.trim()) found.activity = t('afest.activityRequired');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) found.date = t('afest.dateRequired');
    if (!Number.isInteger(n) || n < 1 || n > 1440) found.minutes = t('afest.minutesRange');
    setErrors(found);
    if (Object.keys(found).length) return;
    const done = await plan.run({ input: { afestId, activity: activity.trim(), moduleVersionId: version || null, plannedOn: date, siteId: site || null, plannedMinutes: n } });
    if (done) {
      setActivity('');
      setDate('');
      onPlanned(done.planAfestSequence);
    }
  };

  return (
    <form noValidate className="afest-form" onSubmit={(e) => void handleSubmit(e)} aria-labelledby="afest-plan-title">
      <h3 id="afest-plan-title">{t('afest.planTitle')}</h3>
      <TextField label={t('afest.activityLabel')} value={activity} onChange={(e) => setActivity(e.target.value)} error={errors.activity} />
      <div className="select-field">
        <label htmlFor={moduleId}>{t('afest.moduleLabel')}</label>
        <select id={moduleId} value={version} onChange={(e) => setVersion(e.target.value)}>
          <option value="">{t('afest.noModule')}</option>
          {modules.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </select>
      </div>
      <TextField type="date" label={t('afest.dateLabel')} value={date} onChange={(e) => setDate(e.target.value)} error={errors.date} />
      <div className="select-field">
        <label htmlFor={siteId}>{t('afest.siteLabel')}</label>
        <select id={siteId} value={site} onChange={(e) => setSite(e.target.value)}>
          <option value="">{t('afest.noSite')}</option>
          {sites.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <TextField type="number" inputMode="numeric" min={1} max={1440} label={t('afest.minutesLabel')} value={minutes} onChange={(e) => setMinutes(e.target.value)} error={errors.minutes} />
      {plan.error && (
        <p className="afest-error" role="alert">
          {plan.error === 'offline' ? t('afest.offline') : t('afest.saveFailed', { message: plan.message ?? plan.error })}
        </p>
      )}
      <Button type="submit" pending={plan.pending} pendingLabel={t('afest.planning')}>
        {t('afest.plan')}
      </Button>
    </form>
  );
}
