// Draws one safety or method pictogram as a sign (ISO 7010 colours and shapes) with its name, never a symbol alone.
import type { Pictogram as PictogramName } from '@fit/shared';
import './Pictogram.css';

// Drawn as SVG, not emoji: a safety sign must look the same on every tablet, offline, whatever fonts it has.
const ICONS: Record<PictogramName, string> = {
  'ppe-helmet': 'M5 15a7 7 0 0 1 14 0zM3 15h18v2.5H3z',
  'ppe-gloves': 'M7 20v-8L5 9V5.5h1.6V9h.9V3.5h1.7V9h.9V2.8h1.7V9h.9V4h1.7v8.5L14 20z',
  'ppe-glasses': 'M3 10h7v4.5H3zM14 10h7v4.5h-7zM10 11h4v1.5h-4z',
  'ppe-mask': 'M4 9c3-2.5 13-2.5 16 0v3.5c-2 5.5-14 5.5-16 0z',
  'ppe-boots': 'M7 3h5v10l7 3v4.5H7z',
  'ppe-harness': 'M6 3h2.2l3.8 8 3.8-8H18l-4.8 10 4.8 8h-2.2L12 15l-3.8 6H6l4.8-8z',
  'ppe-ear': 'M6 13a6 6 0 0 1 12 0h-2a4 4 0 0 0-8 0zM4 12h4v7H4zM16 12h4v7h-4z',
  'danger-fall': 'M11 6h2v9l3.5-3.5 1.4 1.4L12 18.8l-5.9-5.9 1.4-1.4L11 15z',
  'danger-electric': 'M13 5l-6 8.5h4.2L10 20l6.2-8.8H12z',
  'danger-cut': 'M7 17l9-10 1.2 1.2L9 18.5H7zM6.5 18.5h4v1.5h-4z',
  'danger-dust': 'M8 10a1.6 1.6 0 1 0 0 .01zM12 13a2 2 0 1 0 0 .01zM15 9a1.5 1.5 0 1 0 0 .01zM10 17a1.4 1.4 0 1 0 0 .01zM15.5 16a1.6 1.6 0 1 0 0 .01z',
  'danger-pressure': 'M12 8a6 6 0 1 1 0 12 6 6 0 0 1 0-12zm0 1.8a4.2 4.2 0 1 0 0 8.4 4.2 4.2 0 0 0 0-8.4zM11.2 14.6l3.4-3.2.9.9-3.2 3.4z',
  do: 'M5 12.5l1.8-1.8 3.4 3.4 7-7 1.8 1.8-8.8 8.8z',
  dont: 'M6.3 7.7l1.4-1.4 4.3 4.3 4.3-4.3 1.4 1.4-4.3 4.3 4.3 4.3-1.4 1.4-4.3-4.3-4.3 4.3-1.4-1.4 4.3-4.3z',
  measure: 'M3 9h18v6H3zM6 9v3h1.2V9zM9.5 9v4.5h1.2V9zM13 9v3h1.2V9zM16.5 9v4.5h1.2V9z',
  photo: 'M4 8h4l1.5-2h5L16 8h4v11H4zm8 2.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7z',
  'air-leak': 'M3 8h11a2.5 2.5 0 1 0-2.5-2.5H13A1 1 0 1 1 14 6.5H3zM3 11.5h15a3 3 0 1 1-3 3h1.5a1.5 1.5 0 1 0 1.5-1.5H3zM3 15h7v1.5H3z',
  'thermal-bridge': 'M10.5 4a1.5 1.5 0 0 1 3 0v9.5a3.5 3.5 0 1 1-3 0zM4 6h4v1.5H4zM16 6h4v1.5h-4zM4 10h4v1.5H4zM16 10h4v1.5h-4z',
  tool: 'M15 3a5 5 0 0 0-4.6 6.8L3.5 16.7l3.8 3.8 6.9-6.9A5 5 0 0 0 21 9l-3 3-3-3 3-3z',
};

function category(name: PictogramName): 'mandatory' | 'warning' | 'do' | 'dont' | 'info' {
  if (name.startsWith('ppe-')) return 'mandatory';
  if (name.startsWith('danger-')) return 'warning';
  if (name === 'do' || name === 'dont') return name;
  return 'info';
}

export function PictogramIcon({ name, size = 48 }: { name: PictogramName; size?: number }) {
  const kind = category(name);
  return (
    <svg className={`pictogram-icon pictogram-icon--${kind}`} width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {kind === 'warning' ? (
        <path d="M12 1.5L23 21.5H1z" className="pictogram-icon__sign" />
      ) : kind === 'info' ? (
        <rect x="1" y="1" width="22" height="22" rx="3" className="pictogram-icon__sign" />
      ) : (
        <circle cx="12" cy="12" r="11.5" className="pictogram-icon__sign" />
      )}
      <path d={ICONS[name]} className="pictogram-icon__glyph" transform={kind === 'warning' ? 'translate(3.6 5) scale(0.7)' : 'translate(2.4 2.4) scale(0.8)'} />
    </svg>
  );
}

export interface PictogramProps {
  name: PictogramName;
  label: string;
}

export function Pictogram({ name, label }: PictogramProps) {
  return (
    <span className="pictogram">
      <PictogramIcon name={name} size={64} />
      <span className="pictogram__label">{label}</span>
    </span>
  );
}
