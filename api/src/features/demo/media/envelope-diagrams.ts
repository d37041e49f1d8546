// Demo diagrams for the building envelope: window airtightness, ETICS fixing, attic insulation.
import { COLOURS as C, arrow, badge, label, svgDoc, text, tick } from './svg-kit.js';

export const WINDOW_AIRTIGHTNESS_SVG = svgDoc(800, 570, 'Joint de fenêtre : 3 fonctions', 'Window joint: 3 jobs', [
  label(40, 120, 'INTÉRIEUR (chaud)', 'Inside (warm)', 'start', C.warm),
  label(760, 120, 'EXTÉRIEUR (froid)', 'Outside (cold)', 'end', C.cold),
  // glass and frame
  `<rect x="388" y="80" width="24" height="95" fill="#d6ecfa" stroke="${C.cold}" stroke-width="2"/>`,
  `<rect x="340" y="170" width="120" height="112" rx="6" fill="${C.wood}" stroke="${C.ink}" stroke-width="2"/>`,
  text(400, 232, 'Cadre', 16, C.ink, 'middle', true),
  text(400, 252, 'Frame', 14, C.muted, 'middle'),
  // masonry reveal
  `<rect x="300" y="300" width="200" height="170" fill="url(#hatch)" stroke="${C.ink}" stroke-width="2"/>`,
  text(400, 392, 'Mur', 18, C.ink, 'middle', true),
  text(400, 412, 'Wall', 15, C.muted, 'middle'),
  // 2: foam in the joint
  `<rect x="342" y="283" width="116" height="16" fill="${C.insulation}" stroke="#e0b13a" stroke-width="2"/>`,
  // 1: airtight tape inside, 3: weather tape outside
  `<path d="M343,215 V291 H300 V360" fill="none" stroke="${C.cold}" stroke-width="9" stroke-linejoin="round"/>`,
  `<path d="M457,215 V291 H500 V360" fill="none" stroke="${C.tape}" stroke-width="9" stroke-dasharray="14 5" stroke-linejoin="round"/>`,
  badge(300, 400, 1, C.cold),
  badge(400, 291, 2, '#b7791f'),
  badge(500, 400, 3, C.tape),
  // callouts
  `<line x1="285" y1="400" x2="220" y2="440" stroke="${C.cold}" stroke-width="2"/>`,
  label(40, 455, '① Bande étanche à l’air', '① Airtight tape', 'start', C.cold),
  label(40, 497, 'côté intérieur', 'on the inside', 'start', C.cold),
  `<line x1="400" y1="306" x2="400" y2="330" stroke="#b7791f" stroke-width="2"/>`,
  `<line x1="515" y1="400" x2="560" y2="440" stroke="${C.tape}" stroke-width="2"/>`,
  label(560, 455, '③ Bande pare-pluie', '③ Weather tape', 'start', C.tape),
  label(560, 497, 'ouverte à la vapeur', 'lets vapour out', 'start', C.tape),
  label(520, 190, '② Mousse isolante', '② Insulating foam', 'start', '#b7791f'),
  `<line x1="520" y1="205" x2="462" y2="286" stroke="#b7791f" stroke-width="2"/>`,
  // warm moist air stopped by the tape
  arrow(110, 291, 280, 291, 'warm', 5),
  tick(200, 262),
  `<rect x="24" y="528" width="752" height="34" rx="8" fill="#eef6ff"/>`,
  text(400, 551, 'Plus étanche dedans que dehors · Tighter inside than outside', 18, C.ink, 'middle', true),
]);

function etixElevation(): string[] {
  const parts: string[] = [];
  const [left, top, right, bottom, h, w] = [600, 100, 940, 450, 50, 100];
  const win = { x: 700, y: 210, w: 130, h: 140 };
  for (let row = 0, y = top; y + h <= bottom; row++, y += h) {
    for (let x = left - (row % 2) * (w / 2); x < right; x += w) {
      const x0 = Math.max(x, left);
      const x1 = Math.min(x + w, right);
      parts.push(`<rect x="${x0}" y="${y}" width="${x1 - x0}" height="${h}" fill="#fff3c4" stroke="#b7791f" stroke-width="1.5"/>`);
      // anchors on the board joints and in the middle of each board (a T pattern)
      if (x + w / 2 > left + 10 && x + w / 2 < right - 10) parts.push(`<circle cx="${x + w / 2}" cy="${y + h / 2}" r="4" fill="${C.ink}"/>`);
    }
  }
  // one L-shaped board around the top-left corner of the window
  const { x, y } = win;
  parts.push(`<path d="M${x - 60},${y - 50} H${x + 60} V${y} H${x} V${y + 50} H${x - 60} Z" fill="#ffd8a8" stroke="${C.tape}" stroke-width="3"/>`);
  parts.push(`<rect x="${x}" y="${y}" width="${win.w}" height="${win.h}" fill="#d6ecfa" stroke="${C.ink}" stroke-width="3"/>`);
  parts.push(text(x + win.w / 2, y + win.h / 2 + 6, 'Fenêtre', 16, C.ink, 'middle', true));
  parts.push(`<rect x="${left}" y="${top}" width="${right - left}" height="${bottom - top}" fill="none" stroke="${C.ink}" stroke-width="2"/>`);
  return parts;
}

export const ETICS_SVG = svgDoc(960, 600, 'Isolation par l’extérieur (ITE) : coupe et calepinage', 'External insulation (ETICS): section and board layout', [
  // section
  `<rect x="40" y="100" width="70" height="420" fill="url(#hatch)" stroke="${C.ink}" stroke-width="2"/>`,
  ...[[104, 30], [230, 40], [360, 40], [488, 28]].map(([y, hh]) => `<rect x="110" y="${y}" width="14" height="${hh}" rx="5" fill="#9aa5b1"/>`),
  `<rect x="124" y="100" width="120" height="420" fill="#fff3c4" stroke="#b7791f" stroke-width="2"/>`,
  `<rect x="244" y="100" width="10" height="420" fill="#e4e7eb"/>`,
  `<line x1="249" y1="100" x2="249" y2="520" stroke="${C.muted}" stroke-width="2" stroke-dasharray="4 4"/>`,
  `<rect x="254" y="100" width="8" height="420" fill="#e8a87c"/>`,
  ...[200, 430].flatMap((y) => [
    `<line x1="70" y1="${y}" x2="234" y2="${y}" stroke="${C.ink}" stroke-width="5"/>`,
    `<rect x="226" y="${y - 16}" width="6" height="32" fill="${C.ink}"/>`,
    `<rect x="232" y="${y - 14}" width="12" height="28" fill="${C.insulation}" stroke="#b7791f"/>`,
  ]),
  badge(75, 300, 1),
  badge(117, 165, 2),
  badge(184, 300, 3),
  badge(210, 200, 4),
  badge(262, 300, 5),
  label(290, 130, '① Mur support', '① Substrate wall'),
  label(290, 190, '② Colle : boudin + plots', '② Adhesive: bead + dabs'),
  label(290, 250, '③ Panneau isolant', '③ Insulation board'),
  label(290, 310, '④ Cheville enfoncée', '④ Anchor set in'),
  label(290, 352, '+ pastille isolante', '+ insulating cap'),
  label(290, 412, '⑤ Sous-enduit armé', '⑤ Base coat + mesh'),
  label(290, 454, '+ finition', '+ finish coat'),
  // elevation
  ...etixElevation(),
  label(600, 490, 'Joints décalés, découpe en L', 'Staggered joints, L-cut at corners'),
  label(600, 535, '• = cheville (plan du fabricant)', '• = anchor (maker’s pattern)'),
]);

const roofY = (x: number) => (x <= 450 ? 420 - (x - 60) * (300 / 390) : 120 + (x - 450) * (300 / 390));

function insulationLayer(): string {
  const points: string[] = [];
  for (let x = 90; x <= 810; x += 10) points.push(`${x},${Math.max(330, roofY(x) + 34).toFixed(1)}`);
  return `<polygon points="90,418 ${points.join(' ')} 810,418" fill="url(#wool)" stroke="#b7791f" stroke-width="2"/>`;
}

export const ATTIC_SVG = svgDoc(900, 580, 'Isoler des combles perdus', 'Insulating a cold loft', [
  `<polyline points="40,435 450,120 860,435" fill="none" stroke="${C.ink}" stroke-width="8" stroke-linejoin="round"/>`,
  `<rect x="60" y="420" width="780" height="12" fill="#e4e7eb" stroke="${C.ink}" stroke-width="2"/>`,
  insulationLayer(),
  `<line x1="90" y1="416" x2="810" y2="416" stroke="${C.cold}" stroke-width="4"/>`,
  // eave baffle and ventilation air
  `<line x1="80" y1="${roofY(80) + 16}" x2="200" y2="${roofY(200) + 20}" stroke="${C.air}" stroke-width="5"/>`,
  arrow(70, 425, 210, roofY(210) + 8, 'air', 4, true),
  // chimney flue with fire clearance
  `<rect x="520" y="80" width="40" height="352" fill="#9aa5b1" stroke="${C.ink}" stroke-width="2"/>`,
  `<rect x="500" y="300" width="80" height="118" fill="none" stroke="${C.warm}" stroke-width="3" stroke-dasharray="8 5"/>`,
  `<rect x="503" y="318" width="14" height="98" fill="#fff"/><rect x="563" y="318" width="14" height="98" fill="#fff"/>`,
  // depth markers
  ...[300, 700].flatMap((x) => [
    `<rect x="${x - 4}" y="320" width="8" height="98" fill="#fff" stroke="${C.ink}" stroke-width="2"/>`,
    ...[340, 360, 380, 400].map((y) => `<line x1="${x - 4}" y1="${y}" x2="${x + 4}" y2="${y}" stroke="${C.ink}" stroke-width="2"/>`),
    `<rect x="${x - 4}" y="320" width="8" height="10" fill="${C.warm}"/>`,
  ]),
  // light cover and crawling board
  `<path d="M640,416 a22,22 0 0 1 44,0 z" fill="#cbd2d9" stroke="${C.ink}" stroke-width="2"/>`,
  `<rect x="360" y="316" width="120" height="10" fill="${C.wood}" stroke="${C.ink}" stroke-width="2"/>`,
  badge(140, 330, 1, C.air),
  badge(300, 300, 2),
  badge(540, 270, 3, C.warm),
  badge(662, 380, 4),
  badge(420, 300, 5, '#8d6e4f'),
  badge(160, 450, 6, C.cold),
  label(30, 480, '① Déflecteur : l’air passe', '① Baffle: air keeps flowing'),
  label(30, 525, '② Pige : épaisseur visée', '② Depth marker: target thickness'),
  label(330, 480, '③ Écart au feu du conduit', '③ Fire clearance at the flue'),
  label(330, 525, '④ Capot sur le spot', '④ Cover over the light'),
  label(620, 480, '⑤ Planche pour marcher', '⑤ Board to walk on'),
  label(620, 525, '⑥ Pare-vapeur côté chaud', '⑥ Vapour control, warm side'),
]);
