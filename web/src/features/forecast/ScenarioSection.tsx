// The scenario set being looked at (low / central / high multipliers, productive hours), saving it, loading a saved
// one, and the forecast it gives: the three scenarios side by side, then the central one in detail.
import { DEFAULT_MULTIPLIERS, DEFAULT_PRODUCTIVE_HOURS, multiplierProblem, SCENARIO_KINDS, type ScenarioKind } from '@fit/shared';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '../../graphql/useMutation';
import { useGraphQLQuery } from '../../graphql/useGraphQLQuery';
import { Button } from '../../ui/Button';
import { QueryStates } from '../../ui/QueryStates';
import { TextField } from '../../ui/TextField';
import { ForecastDownloads } from './ForecastDownloads';
import { ForecastResults } from './ForecastResults';
import { ForecastQuery, SaveForecastScenarioMutation } from './forecast.queries';

export interface ScenarioSet {
  low: number;
  central: number;
  high: number;
  productiveHours: number;
}

interface Saved extends ScenarioSet {
  id: string;
  name: string;
}

const DEFAULTS: ScenarioSet = { ...DEFAULT_MULTIPLIERS, productiveHours: DEFAULT_PRODUCTIVE_HOURS };
const asText = (s: ScenarioSet) => ({ low: String(s.low), central: String(s.central), high: String(s.high), productiveHours: String(s.productiveHours) });
const toNumber = (text: string) => Number(text.replace(',', '.'));

export function ScenarioSection({ territoryId, saved, version, onSaved }: { territoryId: string; saved: Saved[]; version: number; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [applied, setApplied] = useState<ScenarioSet | Saved>(saved[0] ?? DEFAULTS);
  const [draft, setDraft] = useState(asText(saved[0] ?? DEFAULTS));
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<Partial<Record<keyof ScenarioSet | 'name', string>>>({});
  const save = useMutation(SaveForecastScenarioMutation);
  const forecast = useGraphQLQuery(ForecastQuery, { territoryId, ...applied });
  // Each change of the inputs (a project, a ratio, a headcount) asks the forecast again.
  const { retry } = forecast;
  const asked = useRef(version);
  useEffect(() => {
    if (asked.current === version) return;
    asked.current = version;
    retry();
  }, [version, retry]);

  const parsed = (): ScenarioSet | null => {
    const set = { low: toNumber(draft.low), central: toNumber(draft.central), high: toNumber(draft.high), productiveHours: toNumber(draft.productiveHours) };
    const found: typeof errors = {};
    const problem = multiplierProblem(set);
    if (problem) found[problem.field] = t(`forecast.scenario.errors.${problem.problem}`);
    if (!Number.isInteger(set.productiveHours) || set.productiveHours < 100 || set.productiveHours > 3000) found.productiveHours = t('forecast.scenario.errors.hours');
    setErrors(found);
    return Object.keys(found).length ? null : set;
  };
  const compute = (event: FormEvent) => {
    event.preventDefault();
    const set = parsed();
    if (set) setApplied(set);
  };
  const saveSet = async () => {
    const set = parsed();
    if (!set) return;
    if (!name.trim()) return setErrors((e) => ({ ...e, name: t('forecast.scenario.errors.name') }));
    const saved = await save.run({ input: { territoryId, name: name.trim(), ...set } });
    if (saved) {
      // The new set shows as the one looked at among the saved ones.
      setApplied({ ...set, id: saved.saveForecastScenario.id, name: name.trim() });
      setName('');
      onSaved();
    }
  };
  const load = (s: Saved) => {
    setDraft(asText(s));
    setApplied(s);
    setErrors({});
  };

  return (
    <section className="home-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('forecast.scenario.title')}</h2>
      {saved.length > 0 && (
        <div className="forecast-saved">
          <h3>{t('forecast.scenario.saved')}</h3>
          <ul className="forecast-chips">
            {saved.map((s) => (
              <li key={s.id}>
                <Button variant="secondary" onClick={() => load(s)} aria-pressed={'id' in applied && applied.id === s.id}>
                  {s.name}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form className="forecast-form" onSubmit={compute} noValidate>
        <fieldset className="forecast-fieldset">
          <legend>{t('forecast.scenario.multipliers')}</legend>
          <div className="forecast-form--row">
            {SCENARIO_KINDS.map((kind: ScenarioKind) => (
              <TextField key={kind} label={t(`forecast.kind.${kind as ScenarioKind}`)} inputMode="decimal" value={draft[kind]} error={errors[kind]} onChange={(e) => setDraft({ ...draft, [kind]: e.target.value })} />
            ))}
          </div>
        </fieldset>
        <TextField className="forecast-narrow" label={t('forecast.scenario.productiveHours')} hint={t('forecast.scenario.productiveHoursHint')} inputMode="numeric" value={draft.productiveHours} error={errors.productiveHours} onChange={(e) => setDraft({ ...draft, productiveHours: e.target.value })} />
        <div className="forecast-form__actions">
          <Button type="submit">{t('forecast.scenario.compute')}</Button>
        </div>
      </form>
      <div className="forecast-save">
        <TextField className="forecast-save__name" label={t('forecast.scenario.name')} value={name} error={errors.name} onChange={(e) => setName(e.target.value)} />
        <div className="forecast-form__actions">
          <Button variant="secondary" onClick={saveSet} pending={save.pending}>
            {t('forecast.scenario.save')}
          </Button>
        </div>
        {save.error && <p role="alert">{t('forecast.saveFailed')}</p>}
      </div>
      <QueryStates query={forecast}>
        {({ forecast: f }) => (
          <>
            <p>{t('forecast.sharing', { count: f.sharingCompanies })}</p>
            <table className="forecast-table">
              <caption>{t('forecast.compare')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('forecast.scenario.title')}</th>
                  {f.scenarios.map((s) => (
                    <th key={s.kind} scope="col">
                      {t(`forecast.kind.${s.kind as ScenarioKind}`)} (× {s.multiplier.toLocaleString(i18n.language)})
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {(['totalHours', 'peakWorkers', 'peopleToTrain'] as const).map((field) => (
                  <tr key={field}>
                    <th scope="row">{t(`forecast.figures.${field}`)}</th>
                    {f.scenarios.map((s) => (
                      <td key={s.kind}>{s[field].toLocaleString(i18n.language, { maximumFractionDigits: field === 'peakWorkers' ? 1 : 0 })}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            <ForecastDownloads territoryId={territoryId} set={applied} />
            <ForecastResults forecast={f} />
          </>
        )}
      </QueryStates>
    </section>
  );
}
