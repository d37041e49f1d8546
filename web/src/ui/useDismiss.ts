// Folds a header panel when the person taps outside it or presses Escape, as they expect of any pop-up.
import { useEffect, type RefObject } from 'react';

export function useDismiss(open: boolean, rootRef: RefObject<HTMLElement | null>, close: (byEscape: boolean) => void): void {
  useEffect(() => {
    if (!open) return;
    const handlePointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) close(false);
    };
    const handleKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close(true);
    };
    document.addEventListener('pointerdown', handlePointer);
    document.addEventListener('keydown', handleKey);
    return () => {
      document.removeEventListener('pointerdown', handlePointer);
      document.removeEventListener('keydown', handleKey);
    };
  }, [open, rootRef, close]);
}
