// The tablet camera looking for one kind of QR code (a worker's badge, a tablet set-up code) and using the first it
// finds. A code just refused is not sent again while it stays in front of the camera.
import { useEffect, useEffectEvent, useState, type RefObject } from 'react';
import { isOfflineError } from '../../graphql/client';
import { createQrReader } from './qrDetector';

export type ScanStatus = 'starting' | 'scanning' | 'working' | 'no-camera' | 'refused' | 'offline';

export interface QrScan {
  /** The code in a QR's text, or null when the QR is of another kind (it is then ignored). */
  parse: (text: string | null) => string | null;
  /** Uses the code; resolving ends the scan, throwing shows "refused" (or "offline") and scanning goes on. */
  submit: (code: string) => Promise<void>;
}

const SCAN_INTERVAL_MS = 250;

export function useQrScan(videoRef: RefObject<HTMLVideoElement | null>, scan: QrScan): ScanStatus {
  const [status, setStatus] = useState<ScanStatus>('starting');
  const parse = useEffectEvent((text: string | null) => scan.parse(text));
  const submit = useEffectEvent((code: string) => scan.submit(code));

  useEffect(() => {
    let stopped = false;
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const rejected = new Set<string>();

    const start = async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'user' } }, audio: false });
      } catch {
        if (!stopped) setStatus('no-camera');
        return;
      }
      const video = videoRef.current;
      if (stopped || !video) return;
      video.srcObject = stream;
      await video.play().catch(() => undefined);
      const read = await createQrReader();
      if (!stopped) setStatus('scanning');

      const tick = async () => {
        if (stopped) return;
        const code = parse(await read(video));
        if (code && !rejected.has(code)) {
          setStatus('working');
          try {
            await submit(code);
            return;
          } catch (error) {
            if (stopped) return;
            rejected.add(code);
            navigator.vibrate?.(200);
            setStatus(isOfflineError(error) ? 'offline' : 'refused');
          }
        }
        timer = setTimeout(() => void tick(), SCAN_INTERVAL_MS);
      };
      void tick();
    };
    void start();

    return () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [videoRef]);

  return status;
}
