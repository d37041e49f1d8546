// One compact button showing the language spoken now; it opens the list of languages, each named in itself (and
// marked with its own `lang`), for people who read the current one poorly. Six buttons side by side wrapped the tablet
// header onto two rows and pushed the player's content under its sticky bar.
import { useCallback, useId, useRef, useState } from 'react';
import { useDismiss } from './useDismiss';
import './LanguageSwitch.css';

export interface LanguageOption<T extends string> {
  code: T;
  label: string;
}

export interface LanguageSwitchProps<T extends string> {
  label: string;
  value: T;
  options: readonly LanguageOption<T>[];
  onChange: (code: T) => void;
}

export function LanguageSwitch<T extends string>({ label, value, options, onChange }: LanguageSwitchProps<T>) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const current = options.find((option) => option.code === value) ?? options[0];
  const close = useCallback((refocus: boolean) => {
    setOpen(false);
    if (refocus) toggleRef.current?.focus();
  }, []);
  useDismiss(open, rootRef, close);
  // Opening puts the keyboard on the language spoken now, so arrows or Tab go on from there.
  const focusCurrent = (list: HTMLUListElement | null) => list?.querySelector<HTMLButtonElement>('[aria-pressed="true"]')?.focus();

  return (
    <div className="language-switch" ref={rootRef}>
      <button
        ref={toggleRef}
        type="button"
        className="language-switch__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        <GlobeIcon />
        <span className="visually-hidden">{label}</span>
        {current && <span lang={current.code}>{current.label}</span>}
        <span aria-hidden="true">{open ? '▲' : '▼'}</span>
      </button>
      {open && (
        <ul
          id={listId}
          ref={focusCurrent}
          className="language-switch__list"
          aria-label={label}
          onKeyDown={(event) => moveFocus(event.currentTarget, event)}
        >
          {options.map((option) => (
            <li key={option.code}>
              <button
                type="button"
                lang={option.code}
                className="language-switch__option"
                aria-pressed={option.code === value}
                onClick={() => {
                  close(true);
                  if (option.code !== value) onChange(option.code);
                }}
              >
                {option.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Up and down arrows walk the list (wrapping), as in any list of choices. */
function moveFocus(list: HTMLUListElement, event: React.KeyboardEvent) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  event.preventDefault();
  const buttons = [...list.querySelectorAll<HTMLButtonElement>('button')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next = (at + (event.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length;
  buttons[next]?.focus();
}

/** A globe: recognisable as "language" by someone who cannot read the word in the current language. */
function GlobeIcon() {
  return (
    <svg className="language-switch__icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <ellipse cx="12" cy="12" rx="4.5" ry="9.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M2.5 12h19M4 7h16M4 17h16" fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}
