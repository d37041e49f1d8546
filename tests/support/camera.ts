// A stubbed tablet camera: a canvas stream drawing the SVG given (a QR code on someone's screen or badge).
// BarcodeDetector is removed so the scan goes through the jsQR fallback, the path Linux Chromium takes anyway.
// Passed to context.addInitScript, so it must stand alone (no imports, no outer variables).
export function cameraShowing(svg: string): void {
  delete (window as { BarcodeDetector?: unknown }).BarcodeDetector;
  const canvas = document.createElement('canvas');
  canvas.width = 640;
  canvas.height = 480;
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"'))}`;
  const draw = () => {
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    if (image.complete && image.naturalWidth > 0) ctx.drawImage(image, 140, 60, 360, 360);
  };
  setInterval(draw, 100);
  Object.defineProperty(navigator, 'mediaDevices', {
    configurable: true,
    value: {
      getUserMedia: async () => {
        draw();
        return canvas.captureStream(10);
      },
    },
  });
}
