// One text of the module in the language tab being edited, marked when that translation is missing, with its issues.
import type { LocalisedText } from '@fit/shared';
import { createContext, useContext, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName } from '../../../ui/formatDay';

export interface EditorLanguage {
  /** The tab being edited. */
  lang: string;
  /** The module's languages; the first one is the fallback. */
  languages: string[];
}

export const EditorLanguageContext = createContext<EditorLanguage>({ lang: 'fr', languages: ['fr', 'en'] });

export interface LocalisedFieldProps {
  label: string;
  value: LocalisedText | undefined;
  onChange: (value: LocalisedText) => void;
  multiline?: boolean;
  optional?: boolean;
  errors?: string[];
  hint?: string;
}

export function LocalisedField({ label, value, onChange, multiline, optional, errors = [], hint }: LocalisedFieldProps) {
  const { t, i18n } = useTranslation();
  const { lang, languages } = useContext(EditorLanguageContext);
  const id = useId();
  const text = value?.[lang] ?? '';
  const filledElsewhere = Object.entries(value ?? {}).some(([l, s]) => l !== lang && s.trim());
  const missing = languages.includes(lang) && !text.trim() && (filledElsewhere || !optional);
  const describedBy = [errors.length ? `${id}-errors` : '', missing ? `${id}-missing` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  const props = {
    id,
    value: text,
    lang,
    // Arabic is typed right to left whatever the editor's own language.
    dir: i18n.dir(lang),
    'aria-invalid': errors.length > 0 || undefined,
    'aria-describedby': describedBy || undefined,
    className: 'editor-field__input',
    onChange: (event: { target: { value: string } }) => onChange({ ...value, [lang]: event.target.value }),
  };
  return (
    <div className={`editor-field${errors.length ? ' editor-field--invalid' : ''}`}>
      <label htmlFor={id} className="editor-field__label">
        {label} <span className="editor-field__lang">({languageName(lang, t)})</span>
        {optional && <span className="editor-field__optional"> — {t('editor.optional')}</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="editor-field__hint">
          {hint}
        </p>
      )}
      {missing && (
        <p id={`${id}-missing`} className="editor-field__missing">
          {t('editor.missingTranslation')}
        </p>
      )}
      <FieldErrors id={`${id}-errors`} errors={errors} />
      {multiline ? <textarea rows={4} {...props} /> : <input type="text" {...props} />}
    </div>
  );
}

export function FieldErrors({ id, errors }: { id?: string; errors: string[] }) {
  if (errors.length === 0) return null;
  return (
    <ul id={id} className="editor-field__errors">
      {errors.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}
