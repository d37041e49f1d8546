// The tablet's public surface: its QR reader (camera with BarcodeDetector, else jsQR) and the camera scan loop, also
// used to scan element labels.
export { createQrReader, type QrReader } from './qrDetector';
export { startQrScanLoop, type QrScanLoopOptions } from './qrScanLoop';
export { useQrScan } from './hooks/useQrScan';
