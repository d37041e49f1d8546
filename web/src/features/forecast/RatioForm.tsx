// Edit one work package's ratio: hours per unit for each trade, the ULOs it requires (ticked from the framework's),
// and where the figures come from. Saved, it is the body's own value, no longer the demo one.
import { TRADES, type WorkPackage, type Trade } from '@fit/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '../../graphql/useMutation';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { SaveForecastRatioMutation } from './forecast.queries';

interface Ratio {
  workPackage: string;
  hoursPerUnit: { trade: string; hours: number }[];
  ulos: string[];
  demoValue: boolean;
  source: string;
}

export function RatioForm({ ratio, ulos, onSaved, onCancel }: { ratio: Ratio; ulos: { code: string; title: string }[]; onSaved: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [hours, setHours] = useState<Record<string, string>>(Object.fromEntries(ratio.hoursPerUnit.map((h) => [h.trade, String(h.hours)])));
  const [chosen, setChosen] = useState(new Set(ratio.ulos));
  const [source, setSource] = useState(ratio.demoValue ? '' : ratio.source);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation(SaveForecastRatioMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const hoursPerUnit = TRADES.map((trade) => ({ trade, hours: Number((hours[trade] ?? '').replace(',', '.') || 0) }));
    for (const h of hoursPerUnit) if (!Number.isFinite(h.hours) || h.hours < 0 || h.hours > 10_000) found[h.trade] = t('forecast.ratios.errors.hours');
    if (!source.trim()) found.source = t('forecast.ratios.errors.source');
    setErrors(found);
    if (Object.keys(found).length) return;
    if (await save.run({ input: { workPackage: ratio.workPackage, hoursPerUnit: hoursPerUnit.filter((h) => h.hours > 0), ulos: [...chosen], source: source.trim() } })) onSaved();
  };
  const toggle = (code: string) => {
    const next = new Set(chosen);
    if (next.has(code)) next.delete(code);
    else next.add(code);
    setChosen(next);
  };
  return (
    <form className="forecast-form network-card" onSubmit={submit} noValidate aria-label={t(`forecast.workPackages.${ratio.workPackage as WorkPackage}`)}>
      <h3>{t(`forecast.workPackages.${ratio.workPackage as WorkPackage}`)}</h3>
      <div className="forecast-form--row">
        {TRADES.map((trade) => (
          <TextField
            key={trade}
            label={t('forecast.ratios.hoursField', { trade: t(`forecast.trades.${trade as Trade}`), unit: t(`forecast.units.${ratio.workPackage as WorkPackage}`) })}
            inputMode="decimal"
            value={hours[trade] ?? ''}
            error={errors[trade]}
            onChange={(e) => setHours({ ...hours, [trade]: e.target.value })}
          />
        ))}
      </div>
      <fieldset className="forecast-fieldset">
        <legend>{t('forecast.ratios.ulos')}</legend>
        <div className="forecast-checks">
          {ulos.map((u) => (
            <label key={u.code} className="forecast-check">
              <input type="checkbox" checked={chosen.has(u.code)} onChange={() => toggle(u.code)} />
              <span>
                {u.code} — {u.title}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <TextField label={t('forecast.ratios.sourceField')} hint={t('forecast.ratios.sourceHint')} value={source} error={errors.source} onChange={(e) => setSource(e.target.value)} />
      {save.error && <p role="alert">{t('forecast.saveFailed')}</p>}
      <div className="forecast-form__actions">
        <Button type="submit" pending={save.pending}>
          {t('forecast.ratios.save')}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('forecast.cancel')}
        </Button>
      </div>
    </form>
  );
}
