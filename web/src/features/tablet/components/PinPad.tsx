// A large PIN pad for gloved fingers: 72 px keys, touch or keyboard, filled dots instead of digits. New PINs have six
// digits and go as soon as the sixth is typed; a four-digit PIN set before is sent with the OK key.
import { useEffect, useState } from 'react';
import { LEGACY_PIN_LENGTH, PIN_LENGTH } from '@fit/shared';
import './PinPad.css';

export { PIN_LENGTH };

export interface PinPadProps {
  /** Called with the whole PIN as soon as the last digit is typed; the pad then clears itself. */
  onComplete: (pin: string) => void;
  disabled?: boolean;
  labels: { dots: (typed: number) => string; erase: string; clear: string; submit: string };
  /** Changes (e.g. an error count) clear what was typed, so a wrong PIN starts over. */
  resetKey?: unknown;
}

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

export function PinPad({ onComplete, disabled = false, labels, resetKey }: PinPadProps) {
  const [pin, setPin] = useState('');
  const [lastReset, setLastReset] = useState(resetKey);
  if (lastReset !== resetKey) {
    setLastReset(resetKey);
    setPin('');
  }

  const press = (key: string) => {
    if (disabled) return;
    if (key === 'erase') return setPin((p) => p.slice(0, -1));
    if (key === 'clear') return setPin('');
    if (key === 'submit') {
      if (pin.length === LEGACY_PIN_LENGTH) onComplete(pin);
      return;
    }
    if (pin.length >= PIN_LENGTH) return;
    const next = pin + key;
    setPin(next);
    if (next.length === PIN_LENGTH) onComplete(next);
  };

  // A keyboard (or a hardware keypad) types straight into the pad, wherever the focus is on the page.
  useEffect(() => {
    const handleKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.target instanceof Element && event.target.closest('input, textarea, select')) return;
      if (/^[0-9]$/.test(event.key)) press(event.key);
      else if (event.key === 'Backspace') press('erase');
      else if (event.key === 'Escape') press('clear');
      else if (event.key === 'Enter') press('submit');
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', handleKey);
    return () => window.removeEventListener('keydown', handleKey);
  });

  return (
    <div className="pin-pad">
      <div
        className="pin-pad__dots"
        role="img"
        aria-label={labels.dots(pin.length)}
      >
        {Array.from({ length: PIN_LENGTH }, (_, i) => (
          <span key={i} className={i < pin.length ? 'pin-pad__dot pin-pad__dot--filled' : 'pin-pad__dot'} />
        ))}
      </div>
      <div className="pin-pad__keys">
        {DIGITS.map((digit) => (
          <PinKey key={digit} label={digit} onPress={() => press(digit)} disabled={disabled} />
        ))}
        <PinKey label="C" name={labels.clear} onPress={() => press('clear')} disabled={disabled} kind="action" />
        <PinKey label="0" onPress={() => press('0')} disabled={disabled} />
        <PinKey label="⌫" name={labels.erase} onPress={() => press('erase')} disabled={disabled} kind="action" />
        <PinKey
          label="OK"
          name={labels.submit}
          onPress={() => press('submit')}
          disabled={disabled || pin.length !== LEGACY_PIN_LENGTH}
          kind="submit"
        />
      </div>
    </div>
  );
}

interface PinKeyProps {
  label: string;
  name?: string;
  onPress: () => void;
  disabled: boolean;
  kind?: 'digit' | 'action' | 'submit';
}

function PinKey({ label, name, onPress, disabled, kind = 'digit' }: PinKeyProps) {
  return (
    <button
      type="button"
      className={`pin-pad__key pin-pad__key--${kind}`}
      aria-label={name}
      disabled={disabled}
      onClick={onPress}
    >
      <span aria-hidden={name ? true : undefined}>{label}</span>
    </button>
  );
}
