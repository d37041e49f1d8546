// The module's learning outcomes, picked from the framework's ULOs by title (in the author's language) with the code
// as secondary text, grouped by topic, narrowed by a search on title or code. Chosen ULOs stay in sight while searching.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UloChoice, UloLabels } from '../../qualifications';
import { LoadingState } from '../../../ui/LoadingState';
import { matchesSearch } from '../../../ui/matchesSearch';
import { topicLabel } from '../../../ui/vocabulary';
import { FieldErrors } from './LocalisedField';
import { ListField } from './ListField';
import './ulo-picker.css';

export interface UloPickerProps {
  labels: UloLabels;
  value: string[];
  onChange: (value: string[]) => void;
  errors?: string[];
}

export function UloPicker({ labels, value, onChange, errors = [] }: UloPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [search, setSearch] = useState('');
  if (labels.status === 'loading' && labels.ulos.length === 0) return <LoadingState label={t('editor.ulos.loading')} />;
  // No framework yet (or none reachable): the codes are typed, as before.
  if (labels.ulos.length === 0)
    return <ListField label={t('editor.outcomes')} hint={t('editor.outcomesHint')} value={value} onChange={onChange} errors={errors} />;

  const chosen = new Set(value);
  const shown = (u: UloChoice) => chosen.has(u.code) || matchesSearch(`${u.title} ${u.code}`, search);
  const groups = new Map<string, UloChoice[]>();
  for (const u of labels.ulos.filter(shown)) groups.set(u.topic, [...(groups.get(u.topic) ?? []), u]);
  const others = value.filter((code) => !labels.known(code));
  const toggle = (code: string, on: boolean) => onChange(on ? [...value, code] : value.filter((c) => c !== code));

  return (
    <fieldset className={`editor-field ulo-picker${errors.length ? ' editor-field--invalid' : ''}`} aria-describedby={`${id}-hint`}>
      <legend className="editor-field__label">{t('editor.outcomes')}</legend>
      <p id={`${id}-hint`} className="editor-field__hint">
        {t('editor.ulos.hint')}
      </p>
      <FieldErrors errors={errors} />
      <label htmlFor={`${id}-search`} className="ulo-picker__search-label">
        {t('editor.ulos.search')}
      </label>
      <input id={`${id}-search`} type="search" className="editor-field__input" value={search} onChange={(e) => setSearch(e.target.value)} />
      <p className="ulo-picker__count" role="status">
        {t('editor.ulos.chosen', { count: value.length })}
      </p>
      <div className="ulo-picker__list">
        {[...groups].map(([topic, ulos]) => (
          <fieldset key={topic} className="ulo-picker__group">
            <legend>{topicLabel(topic, t)}</legend>
            {ulos.map((u) => (
              <label key={u.code} className="editor-check ulo-picker__item">
                <input type="checkbox" checked={chosen.has(u.code)} onChange={(e) => toggle(u.code, e.target.checked)} />
                <span>
                  <span className="ulo-picker__title">{u.title}</span> <span className="code-aside">{u.code}</span>
                </span>
              </label>
            ))}
          </fieldset>
        ))}
        {groups.size === 0 && <p className="ulo-picker__none">{t('editor.ulos.none', { search: search.trim() })}</p>}
        {others.length > 0 && (
          <fieldset className="ulo-picker__group">
            <legend>{t('editor.ulos.others')}</legend>
            {others.map((code) => (
              <label key={code} className="editor-check ulo-picker__item">
                <input type="checkbox" checked onChange={() => toggle(code, false)} />
                {labels.label(code) === code ? (
                  code
                ) : (
                  <span>
                    <span className="ulo-picker__title">{labels.label(code)}</span> <span className="code-aside">{code}</span>
                  </span>
                )}
              </label>
            ))}
          </fieldset>
        )}
      </div>
    </fieldset>
  );
}
