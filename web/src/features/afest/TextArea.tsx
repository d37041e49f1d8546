// A labelled multi-line field with its hint and error tied to it for screen readers (the worker's words, notes).
import { useId, type ReactNode } from 'react';

export interface TextAreaProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  lang?: string;
  /** Next to the label, e.g. the dictation button. */
  action?: ReactNode;
  rows?: number;
}

export function TextArea({ label, value, onChange, hint, error, lang, action, rows = 3 }: TextAreaProps) {
  const id = useId();
  const describedBy = [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['afest-textarea', error ? 'afest-textarea--invalid' : ''].filter(Boolean).join(' ')}>
      <div className="afest-textarea__head">
        <label htmlFor={id}>{label}</label>
        {action}
      </div>
      {hint && (
        <p className="afest-muted" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="afest-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <textarea id={id} value={value} rows={rows} lang={lang} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={describedBy} />
    </div>
  );
}
