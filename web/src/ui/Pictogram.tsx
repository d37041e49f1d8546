// Draws one safety or method pictogram as a large symbol with its name, so it never relies on the symbol alone.
import type { Pictogram as PictogramName } from '@fit/shared';
import './Pictogram.css';

// Symbols bundled as text: every tablet has them offline, with no image to download.
export const PICTOGRAM_SYMBOLS: Record<PictogramName, string> = {
  'ppe-helmet': '⛑',
  'ppe-gloves': '🧤',
  'ppe-glasses': '🥽',
  'ppe-mask': '😷',
  'ppe-boots': '🥾',
  'ppe-harness': '🪢',
  'ppe-ear': '🎧',
  'danger-fall': '⚠',
  'danger-electric': '⚡',
  'danger-cut': '✂',
  'danger-dust': '🌫',
  'danger-pressure': '⏲',
  do: '✔',
  dont: '✖',
  measure: '📏',
  photo: '📷',
  'air-leak': '💨',
  'thermal-bridge': '🌡',
  tool: '🔧',
};

export interface PictogramProps {
  name: PictogramName;
  label: string;
}

export function Pictogram({ name, label }: PictogramProps) {
  return (
    <span className={`pictogram pictogram--${name.split('-')[0]}`}>
      <span className="pictogram__symbol" aria-hidden="true">
        {PICTOGRAM_SYMBOLS[name]}
      </span>
      <span className="pictogram__label">{label}</span>
    </span>
  );
}
