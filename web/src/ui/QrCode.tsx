// A QR code drawn as crisp SVG squares; the encoder is loaded on first use so it stays out of the first-load bundle.
import { useEffect, useState } from 'react';

export interface QrCodeProps {
  value: string;
  label: string;
  size?: string;
}

type Matrix = boolean[][];

export function QrCode({ value, label, size = '100%' }: QrCodeProps) {
  const [matrix, setMatrix] = useState<{ value: string; data: Matrix } | null>(null);

  useEffect(() => {
    let cancelled = false;
    void import('uqr').then(({ encode }) => {
      // Level M survives a scuffed or dusty badge; the quiet zone is drawn by the viewBox margin below.
      const { data } = encode(value, { ecc: 'M', border: 0 });
      if (!cancelled) setMatrix({ value, data });
    });
    return () => {
      cancelled = true;
    };
  }, [value]);

  const data = matrix?.value === value ? matrix.data : null;
  const n = data?.length ?? 21;
  const path = data
    ? data.flatMap((row, y) => row.map((on, x) => (on ? `M${x} ${y}h1v1h-1z` : ''))).join('')
    : '';
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`-4 -4 ${n + 8} ${n + 8}`}
      width={size}
      height={size}
      shapeRendering="crispEdges"
    >
      <rect x={-4} y={-4} width={n + 8} height={n + 8} fill="#fff" />
      {data && <path d={path} fill="#000" />}
    </svg>
  );
}
