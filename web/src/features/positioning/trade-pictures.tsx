// Our own drawings of the trade families, simple shapes with strong outlines that read on a small phone in sunlight.
import type { TradeFamily } from '@fit/shared';
import type { ReactElement } from 'react';

const INK = '#1f2933';

const DRAWINGS: Record<TradeFamily, ReactElement> = {
  insulation: (
    <>
      <rect x="14" y="14" width="22" height="62" fill="#b0b7c3" stroke={INK} strokeWidth="2" />
      <rect x="36" y="14" width="34" height="62" fill="#f7c948" stroke={INK} strokeWidth="2" />
      <path d="M40 24q6 6 0 12t0 12 0 12 0 12M52 20q6 6 0 12t0 12 0 12 0 12M64 24q-6 6 0 12t0 12 0 12 0 12" fill="none" stroke="#b7791f" strokeWidth="2" />
      <rect x="70" y="14" width="6" height="62" fill="#e4e7eb" stroke={INK} strokeWidth="2" />
      <path d="M86 45h22M100 37l8 8-8 8" fill="none" stroke="#c53030" strokeWidth="4" strokeLinecap="round" />
      <path d="M92 30q4-6 0-12M100 30q4-6 0-12" fill="none" stroke="#c53030" strokeWidth="2.5" />
    </>
  ),
  carpentry: (
    <>
      <rect x="14" y="12" width="48" height="66" fill="#d69e2e" stroke={INK} strokeWidth="2" />
      <rect x="22" y="20" width="14" height="50" fill="#bee3f8" stroke={INK} strokeWidth="2" />
      <rect x="40" y="20" width="14" height="50" fill="#bee3f8" stroke={INK} strokeWidth="2" />
      <path d="M70 70l36-36 8 8-36 36z" fill="#cbd2d9" stroke={INK} strokeWidth="2" />
      <path d="M74 74l4 4M80 68l4 4M86 62l4 4M92 56l4 4" stroke={INK} strokeWidth="2" />
      <rect x="104" y="22" width="10" height="18" rx="3" transform="rotate(45 109 31)" fill="#8b5e34" stroke={INK} strokeWidth="2" />
    </>
  ),
  plumbing: (
    <>
      <path d="M10 30h50v30h40" fill="none" stroke="#627d98" strokeWidth="10" strokeLinejoin="round" />
      <path d="M10 30h50v30h40" fill="none" stroke={INK} strokeWidth="1.5" strokeDasharray="0" opacity="0.4" />
      <rect x="52" y="38" width="16" height="12" fill="#9fb3c8" stroke={INK} strokeWidth="2" />
      <path d="M100 52v16" stroke={INK} strokeWidth="3" />
      <path d="M100 72q-6 8 0 12q6-4 0-12z" fill="#3182ce" stroke={INK} strokeWidth="1.5" />
      <rect x="14" y="56" width="30" height="24" rx="3" fill="#fff" stroke={INK} strokeWidth="2" />
      <path d="M20 56v24M26 56v24M32 56v24M38 56v24" stroke={INK} strokeWidth="1.5" />
    </>
  ),
  electricity: (
    <>
      <rect x="14" y="18" width="48" height="54" rx="8" fill="#fff" stroke={INK} strokeWidth="3" />
      <circle cx="38" cy="45" r="16" fill="#e4e7eb" stroke={INK} strokeWidth="2" />
      <circle cx="32" cy="45" r="3" fill={INK} />
      <circle cx="44" cy="45" r="3" fill={INK} />
      <path d="M88 10l-16 38h14l-10 34 26-44h-14l10-28z" fill="#f7c948" stroke={INK} strokeWidth="2.5" strokeLinejoin="round" />
    </>
  ),
  ventilation: (
    <>
      <circle cx="46" cy="45" r="32" fill="#e4e7eb" stroke={INK} strokeWidth="3" />
      <path d="M46 45q-4-22 10-24q6 12-10 24zM46 45q22-4 24 10q-12 6-24-10zM46 45q4 22-10 24q-6-12 10-24zM46 45q-22 4-24-10q12-6 24 10z" fill="#4299e1" stroke={INK} strokeWidth="1.5" />
      <circle cx="46" cy="45" r="4" fill={INK} />
      <path d="M86 30q10-6 20 0M86 45q10-6 20 0M86 60q10-6 20 0" fill="none" stroke="#2b6cb0" strokeWidth="4" strokeLinecap="round" />
    </>
  ),
  roofing: (
    <>
      <path d="M8 56l52-42 52 42z" fill="#c05621" stroke={INK} strokeWidth="3" strokeLinejoin="round" />
      <path d="M26 42h68M40 30h40M16 52h88" stroke="#7b341e" strokeWidth="2" />
      <rect x="22" y="56" width="76" height="26" fill="#f0f4f8" stroke={INK} strokeWidth="2" />
      <rect x="80" y="20" width="10" height="16" fill="#9fb3c8" stroke={INK} strokeWidth="2" />
    </>
  ),
  masonry: (
    <>
      {[0, 1, 2, 3].map((row) =>
        [0, 1, 2].map((col) => (
          <rect key={`${row}-${col}`} x={10 + col * 24 + (row % 2) * 12} y={20 + row * 14} width="22" height="12" fill="#c05621" stroke={INK} strokeWidth="1.5" />
        )),
      )}
      <path d="M90 60l22-22 6 6-22 22z" fill="#cbd2d9" stroke={INK} strokeWidth="2" />
      <path d="M90 60l-8 8" stroke="#8b5e34" strokeWidth="6" strokeLinecap="round" />
    </>
  ),
  painting: (
    <>
      <rect x="8" y="10" width="64" height="70" fill="#f0f4f8" stroke={INK} strokeWidth="2" />
      <rect x="8" y="10" width="38" height="70" fill="#68d391" />
      <rect x="54" y="14" width="44" height="18" rx="6" fill="#68d391" stroke={INK} strokeWidth="2.5" />
      <path d="M98 23h10v22h-28v12" fill="none" stroke={INK} strokeWidth="3" />
      <rect x="76" y="57" width="8" height="24" rx="2" fill="#8b5e34" stroke={INK} strokeWidth="2" />
    </>
  ),
};

export function TradePicture({ family, label }: { family: TradeFamily; label: string }) {
  return (
    <svg className="positioning-picture" viewBox="0 0 120 90" role="img" aria-label={label}>
      {DRAWINGS[family]}
    </svg>
  );
}
