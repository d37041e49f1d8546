// The "who" part of the assign form: chosen workers, one team, or a site's whole crew (with an optional site otherwise).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignTargetsQuery } from '../../../graphql/generated/graphql';
import type { AssignForm, AssignTarget } from '../validateAssign';

export interface TargetFieldsProps {
  form: AssignForm;
  data: AssignTargetsQuery;
  error?: string;
  onChange: (change: Partial<AssignForm>) => void;
}

const TARGETS: { value: AssignTarget; label: 'assign.targetWorkers' | 'assign.targetTeam' | 'assign.targetSite' }[] = [
  { value: 'team', label: 'assign.targetTeam' },
  { value: 'workers', label: 'assign.targetWorkers' },
  { value: 'site', label: 'assign.targetSite' },
];

export function TargetFields({ form, data, error, onChange }: TargetFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const toggleWorker = (workerId: string, on: boolean) =>
    onChange({ workerIds: on ? [...form.workerIds, workerId] : form.workerIds.filter((w) => w !== workerId) });
  return (
    <>
      <fieldset className={`assign-fieldset${error ? ' assign-field--invalid' : ''}`} aria-describedby={error ? `${id}-error` : undefined}>
        <legend>{t('assign.target')}</legend>
        {error && <p className="text-field__error" id={`${id}-error`}>{error}</p>}
        <div className="assign-choices">
          {TARGETS.map((target) => (
            <label key={target.value} className="assign-choice">
              <input type="radio" name={`${id}-target`} value={target.value} checked={form.target === target.value} onChange={() => onChange({ target: target.value })} />
              {t(target.label)}
            </label>
          ))}
        </div>
        {form.target === 'workers' && (
          <fieldset className="assign-fieldset assign-fieldset--inner">
            <legend>{t('assign.workers')}</legend>
            <div className="assign-choices assign-choices--grid">
              {data.workers.map((w) => (
                <label key={w.id} className="assign-choice">
                  <input type="checkbox" checked={form.workerIds.includes(w.id)} onChange={(event) => toggleWorker(w.id, event.target.checked)} />
                  <span>
                    {w.displayName}
                    {w.trade && <span className="assign-choice__hint"> · {w.trade}</span>}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        )}
        {form.target === 'team' && (
          <div className="assign-field">
            <label htmlFor={`${id}-team`}>{t('assign.team')}</label>
            <select id={`${id}-team`} value={form.teamId} onChange={(event) => onChange({ teamId: event.target.value })}>
              <option value="">{t('assign.teamPlaceholder')}</option>
              {data.teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name} ({team.members.length})
                </option>
              ))}
            </select>
          </div>
        )}
      </fieldset>
      <div className="assign-field">
        <label htmlFor={`${id}-site`}>{form.target === 'site' ? t('assign.site') : t('assign.siteOptional')}</label>
        <select id={`${id}-site`} value={form.siteId} onChange={(event) => onChange({ siteId: event.target.value })}>
          <option value="">{t('assign.sitePlaceholder')}</option>
          {data.sites.map((site) => (
            <option key={site.id} value={site.id}>
              {site.name}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
