// The one camera loop behind every QR scan on the tablet (badges, set-up codes, element labels): opens the camera,
// reads a frame every 250 ms and hands each QR text found to the caller, until the caller or the screen stops it.
import { createQrReader } from './qrDetector';

export interface QrScanLoopOptions {
  /** 'user' faces the worker (a badge held up), 'environment' faces the building (a label on an element). */
  facingMode: 'user' | 'environment';
  /** The camera is open and frames are being read. */
  onScanning: () => void;
  /** No camera, or the worker refused it. */
  onNoCamera: () => void;
  /** A QR text in view: resolve true to end the scan, false to keep looking. Not called after the loop stopped. */
  onText: (text: string, stopped: () => boolean) => Promise<boolean>;
}

const SCAN_INTERVAL_MS = 250;

/** Starts scanning into the given video element; returns the function that stops it (camera released). */
export function startQrScanLoop(video: () => HTMLVideoElement | null, options: QrScanLoopOptions): () => void {
  let stopped = false;
  let stream: MediaStream | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const isStopped = () => stopped;

  const start = async () => {
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: options.facingMode } }, audio: false });
    } catch {
      if (!stopped) options.onNoCamera();
      return;
    }
    const element = video();
    if (stopped || !element) return stream.getTracks().forEach((track) => track.stop());
    element.srcObject = stream;
    await element.play().catch(() => undefined);
    const read = await createQrReader();
    if (stopped) return;
    options.onScanning();
    const tick = async () => {
      if (stopped) return;
      const text = await read(element);
      if (text && !stopped && (await options.onText(text, isStopped))) return;
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
}
