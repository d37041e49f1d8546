// The tablet's public surface: its QR reader (camera with BarcodeDetector, else jsQR), also used to scan element labels.
export { createQrReader, type QrReader } from './qrDetector';
export { useQrScan } from './useQrScan';
