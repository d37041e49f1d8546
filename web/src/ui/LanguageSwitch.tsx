// Two big buttons to switch the interface language; each language is named in itself, for people who read neither well.
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

export function LanguageSwitch<T extends string>({
  label,
  value,
  options,
  onChange,
}: LanguageSwitchProps<T>) {
  return (
    <div className="language-switch" role="group" aria-label={label}>
      {options.map((option) => (
        <button
          key={option.code}
          type="button"
          lang={option.code}
          className="language-switch__option"
          aria-pressed={option.code === value}
          onClick={() => onChange(option.code)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
