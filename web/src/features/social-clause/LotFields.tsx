// One lot of a contract being recorded: its name, the clause's hours target, and the awarded company — one of the
// companies sharing with the body, or a company not in FIT named as text.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { OTHER_COMPANY, type LotDraft, type LotErrors } from './contractDraft';


export interface LotFieldsProps {
  index: number;
  lot: LotDraft;
  companies: { id: string; name: string }[];
  errors: LotErrors;
  onChange: (lot: LotDraft) => void;
  onRemove?: () => void;
}

export function LotFields({ index, lot, companies, errors, onChange, onRemove }: LotFieldsProps) {
  const { t } = useTranslation();
  const selectId = useId();
  const set = (patch: Partial<LotDraft>) => onChange({ ...lot, ...patch });
  return (
    <fieldset className="clause-lot">
      <legend>{t('clause.record.lotN', { n: index + 1 })}</legend>
      <TextField label={t('clause.record.lotLabel')} value={lot.label} onChange={(e) => set({ label: e.target.value })} error={errors.label} />
      <TextField
        label={t('clause.record.targetHours')}
        inputMode="decimal"
        value={lot.targetHours}
        onChange={(e) => set({ targetHours: e.target.value })}
        error={errors.targetHours}
      />
      <div className={`text-field${errors.company ? ' text-field--invalid' : ''}`}>
        <label className="text-field__label" htmlFor={selectId}>
          {t('clause.record.company')}
        </label>
        {errors.company && (
          <p className="text-field__error" id={`${selectId}-error`} role="alert">
            {errors.company}
          </p>
        )}
        <select
          id={selectId}
          className="text-field__input"
          value={lot.company}
          aria-invalid={errors.company ? true : undefined}
          aria-describedby={errors.company ? `${selectId}-error` : undefined}
          onChange={(e) => set({ company: e.target.value })}
        >
          <option value="">{t('clause.record.chooseCompany')}</option>
          {companies.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
          <option value={OTHER_COMPANY}>{t('clause.record.otherCompany')}</option>
        </select>
      </div>
      {lot.company === OTHER_COMPANY && (
        <TextField label={t('clause.record.otherName')} value={lot.otherName} onChange={(e) => set({ otherName: e.target.value })} error={errors.otherName} />
      )}
      {onRemove && (
        <div className="clause-actions">
          <Button variant="secondary" onClick={onRemove}>
            {t('clause.record.removeLot', { n: index + 1 })}
          </Button>
        </div>
      )}
    </fieldset>
  );
}
