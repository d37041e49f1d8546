// A strip under the header saying the tablet is offline and that the app keeps working.
import './OfflineBanner.css';

export interface OfflineBannerProps {
  message: string;
}

export function OfflineBanner({ message }: OfflineBannerProps) {
  return (
    <div className="offline-banner" role="status">
      <svg className="offline-banner__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          d="M2 8.5a15 15 0 0 1 20 0M5.5 12a10 10 0 0 1 13 0M9 15.5a5 5 0 0 1 6 0M3 3l18 18"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.4"
          strokeLinecap="round"
        />
      </svg>
      <span>{message}</span>
    </div>
  );
}
