// Full or partial: how much of the ULO a scheme's unit covers.
import { useTranslation } from 'react-i18next';

export interface CoverageChoiceProps {
  name: string;
  value: 'full' | 'partial';
  onChange: (value: 'full' | 'partial') => void;
  error?: string;
}

export function CoverageChoice({ name, value, onChange, error }: CoverageChoiceProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="framework-edit__group" aria-describedby={error ? `${name}-error` : undefined}>
      <legend>{t('framework.edit.coverage')}</legend>
      {error && (
        <p className="text-field__error" id={`${name}-error`}>
          {error}
        </p>
      )}
      <div className="framework-edit__choices">
        {(['full', 'partial'] as const).map((c) => (
          <label key={c} className="framework-choice">
            <input type="radio" name={name} checked={value === c} onChange={() => onChange(c)} />
            <span>{t(`framework.coverage.${c}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
