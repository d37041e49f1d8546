// Counts down from the worker's last touch or key press; at zero the shared tablet goes back to the name picker.
import { useEffect, useEffectEvent, useState } from 'react';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'scroll'] as const;

/** Seconds left before `onTimeout`; reset by any touch, key or scroll anywhere on the page. */
export function useInactivity(timeoutSeconds: number, onTimeout: () => void): number {
  const [secondsLeft, setSecondsLeft] = useState(timeoutSeconds);
  const handleTimeout = useEffectEvent(onTimeout);

  useEffect(() => {
    let lastActivity = Date.now();
    const handleActivity = () => {
      lastActivity = Date.now();
      setSecondsLeft(timeoutSeconds);
    };
    ACTIVITY_EVENTS.forEach((name) => window.addEventListener(name, handleActivity, { passive: true, capture: true }));
    // Wall-clock time, not tick counting: a tablet that slept with the app open still signs out on wake.
    const timer = setInterval(() => {
      const left = Math.max(0, timeoutSeconds - Math.floor((Date.now() - lastActivity) / 1000));
      setSecondsLeft(left);
      if (left === 0) handleTimeout();
    }, 1000);
    return () => {
      clearInterval(timer);
      ACTIVITY_EVENTS.forEach((name) => window.removeEventListener(name, handleActivity, { capture: true }));
    };
  }, [timeoutSeconds]);

  return secondsLeft;
}
