// Small helpers that draw the demo diagrams in one consistent style: bilingual labels (French bold, English grey).

export const COLOURS = {
  ink: '#1f2933',
  muted: '#52606d',
  warm: '#d64545',
  cold: '#2f80ed',
  air: '#1b998b',
  tape: '#f2994a',
  insulation: '#f6d365',
  wood: '#c8a27a',
  masonry: '#cbd2d9',
  good: '#27ae60',
  bad: '#d64545',
  paper: '#ffffff',
} as const;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function svgDoc(width: number, height: number, titleFr: string, titleEn: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="Arial, Helvetica, sans-serif" role="img" aria-label="${escape(titleFr)} / ${escape(titleEn)}">`,
    '<defs>',
    ...Object.entries({ ink: COLOURS.ink, warm: COLOURS.warm, cold: COLOURS.cold, air: COLOURS.air, good: COLOURS.good, tape: COLOURS.tape }).map(
      ([name, colour]) =>
        `<marker id="arrow-${name}" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${colour}"/></marker>`,
    ),
    `<pattern id="hatch" width="12" height="12" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="12" height="12" fill="${COLOURS.masonry}"/><line x1="0" y1="0" x2="0" y2="12" stroke="#9aa5b1" stroke-width="3"/></pattern>`,
    `<pattern id="wool" width="24" height="12" patternUnits="userSpaceOnUse"><rect width="24" height="12" fill="${COLOURS.insulation}"/><path d="M0,6 Q6,0 12,6 T24,6" fill="none" stroke="#e0b13a" stroke-width="2"/></pattern>`,
    '</defs>',
    `<rect width="${width}" height="${height}" fill="${COLOURS.paper}"/>`,
    `<text x="24" y="38" font-size="26" font-weight="bold" fill="${COLOURS.ink}">${escape(titleFr)}</text>`,
    `<text x="24" y="64" font-size="18" font-style="italic" fill="${COLOURS.muted}">${escape(titleEn)}</text>`,
    ...body,
    '</svg>',
  ].join('\n');
}

/** A two-line label: French on top in bold, English below in grey. */
export function label(x: number, y: number, fr: string, en: string, anchor: 'start' | 'middle' | 'end' = 'start', colour: string = COLOURS.ink): string {
  return [
    `<text x="${x}" y="${y}" font-size="18" font-weight="bold" fill="${colour}" text-anchor="${anchor}">${escape(fr)}</text>`,
    `<text x="${x}" y="${y + 20}" font-size="15" font-style="italic" fill="${COLOURS.muted}" text-anchor="${anchor}">${escape(en)}</text>`,
  ].join('\n');
}

export function text(x: number, y: number, content: string, size = 18, colour: string = COLOURS.ink, anchor: 'start' | 'middle' | 'end' = 'start', bold = false): string {
  return `<text x="${x}" y="${y}" font-size="${size}" fill="${colour}" text-anchor="${anchor}"${bold ? ' font-weight="bold"' : ''}>${escape(content)}</text>`;
}

export function arrow(x1: number, y1: number, x2: number, y2: number, colour: keyof typeof COLOURS & ('ink' | 'warm' | 'cold' | 'air' | 'good' | 'tape') = 'ink', width = 4, dashed = false): string {
  return `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${COLOURS[colour]}" stroke-width="${width}"${dashed ? ' stroke-dasharray="8 6"' : ''} marker-end="url(#arrow-${colour})"/>`;
}

/** A numbered callout disc, matching the numbers used in the step texts. */
export function badge(x: number, y: number, n: number | string, colour: string = COLOURS.ink): string {
  return `<circle cx="${x}" cy="${y}" r="15" fill="${colour}"/><text x="${x}" y="${y + 6}" font-size="17" font-weight="bold" fill="#fff" text-anchor="middle">${n}</text>`;
}

export function tick(x: number, y: number): string {
  return `<circle cx="${x}" cy="${y}" r="16" fill="${COLOURS.good}"/><path d="M${x - 8},${y} l6,6 l11,-12" fill="none" stroke="#fff" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"/>`;
}

export function cross(x: number, y: number): string {
  return `<circle cx="${x}" cy="${y}" r="16" fill="${COLOURS.bad}"/><path d="M${x - 7},${y - 7} l14,14 M${x + 7},${y - 7} l-14,14" stroke="#fff" stroke-width="4" stroke-linecap="round"/>`;
}
