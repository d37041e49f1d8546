// A spinning ring for work in progress; decorative, so the surrounding text says what is happening.
import './Spinner.css';

export interface SpinnerProps {
  size?: 'small' | 'large';
}

export function Spinner({ size = 'small' }: SpinnerProps) {
  return <span className={`spinner spinner--${size}`} aria-hidden="true" />;
}
