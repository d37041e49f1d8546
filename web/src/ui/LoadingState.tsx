// A polite "loading" message with a spinner, announced once to screen readers.
import { Spinner } from './Spinner';
import './states.css';

export interface LoadingStateProps {
  label: string;
}

export function LoadingState({ label }: LoadingStateProps) {
  return (
    <div className="state state--loading" role="status">
      <Spinner size="large" />
      <p className="state__body">{label}</p>
    </div>
  );
}
