// A labelled text input with an optional hint and an error message tied to it for screen readers.
import { useId, type ComponentPropsWithRef } from 'react';
import './TextField.css';

export interface TextFieldProps extends Omit<ComponentPropsWithRef<'input'>, 'id'> {
  label: string;
  hint?: string;
  error?: string;
}

export function TextField({ label, hint, error, className, ref, ...inputProps }: TextFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div
      className={['text-field', error ? 'text-field--invalid' : '', className ?? '']
        .filter(Boolean)
        .join(' ')}
    >
      <label className="text-field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="text-field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="text-field__error" id={errorId}>
          {error}
        </p>
      )}
      <input
        {...inputProps}
        ref={ref}
        id={id}
        className="text-field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}
