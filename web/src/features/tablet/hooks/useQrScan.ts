// The tablet camera looking for one kind of QR code (a worker's badge, a tablet set-up code) and using the first it
// finds. A code just refused is not sent again while it stays in front of the camera.
import { useEffect, useEffectEvent, useState, type RefObject } from 'react';
import { isOfflineError } from '../../../graphql/client';
import { startQrScanLoop } from '../qrScanLoop';

export type ScanStatus = 'starting' | 'scanning' | 'working' | 'no-camera' | 'refused' | 'offline';

export interface QrScan {
  /** The code in a QR's text, or null when the QR is of another kind (it is then ignored). */
  parse: (text: string | null) => string | null;
  /** Uses the code; resolving ends the scan, throwing shows "refused" (or "offline") and scanning goes on. */
  submit: (code: string) => Promise<void>;
}

export function useQrScan(videoRef: RefObject<HTMLVideoElement | null>, scan: QrScan): ScanStatus {
  const [status, setStatus] = useState<ScanStatus>('starting');
  const parse = useEffectEvent((text: string | null) => scan.parse(text));
  const submit = useEffectEvent((code: string) => scan.submit(code));

  useEffect(() => {
    const rejected = new Set<string>();
    return startQrScanLoop(() => videoRef.current, {
      facingMode: 'user',
      onScanning: () => setStatus('scanning'),
      onNoCamera: () => setStatus('no-camera'),
      onText: async (text, stopped) => {
        const code = parse(text);
        if (!code || rejected.has(code)) return false;
        setStatus('working');
        try {
          await submit(code);
          return true;
        } catch (error) {
          if (stopped()) return true;
          rejected.add(code);
          navigator.vibrate?.(200);
          setStatus(isOfflineError(error) ? 'offline' : 'refused');
          return false;
        }
      },
    });
  }, [videoRef]);

  return status;
}
