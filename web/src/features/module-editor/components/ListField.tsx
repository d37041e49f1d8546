// A comma-separated list (trades, outcome codes, IFC classes) that keeps what the trainer types while they type it.
import { useId, useState } from 'react';
import { parseList } from '../editorModel';
import { FieldErrors } from './LocalisedField';

export interface ListFieldProps {
  label: string;
  hint?: string;
  value: string[];
  onChange: (value: string[]) => void;
  errors?: string[];
}

export function ListField({ label, hint, value, onChange, errors = [] }: ListFieldProps) {
  const id = useId();
  const [raw, setRaw] = useState(value.join(', '));
  // Only the parsed list is stored: re-sync the text when the list changed from elsewhere (e.g. a reload).
  const shown = parseList(raw).join(',') === value.join(',') ? raw : value.join(', ');
  return (
    <div className={`editor-field${errors.length ? ' editor-field--invalid' : ''}`}>
      <label htmlFor={id} className="editor-field__label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="editor-field__hint">
          {hint}
        </p>
      )}
      <FieldErrors id={`${id}-errors`} errors={errors} />
      <input
        id={id}
        type="text"
        className="editor-field__input"
        value={shown}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={[hint ? `${id}-hint` : '', errors.length ? `${id}-errors` : ''].filter(Boolean).join(' ') || undefined}
        onChange={(event) => {
          setRaw(event.target.value);
          onChange(parseList(event.target.value));
        }}
      />
    </div>
  );
}
