// A labelled control of the framework editor (input, textarea, select) with its hint and its problem tied to it for
// screen readers; it looks like the app's TextField, which only does inputs.
import { useId, type ReactNode } from 'react';
import '../../../ui/TextField.css';

export interface ControlProps {
  id: string;
  className: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

export interface EditFieldProps {
  label: string;
  hint?: string;
  error?: string;
  children: (props: ControlProps) => ReactNode;
}

export function EditField({ label, hint, error, children }: EditFieldProps) {
  const id = useId();
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return (
    <div className={`text-field${error ? ' text-field--invalid' : ''}`}>
      <label className="text-field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="text-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="text-field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {children({
        id,
        className: 'text-field__input',
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
    </div>
  );
}
