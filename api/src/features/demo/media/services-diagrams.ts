// Demo diagrams for building services and energy figures: MVHR ventilation, heat-pump outdoor unit, U/R/λ values.
import { COLOURS as C, arrow, badge, label, svgDoc, text } from './svg-kit.js';

export const MVHR_SVG = svgDoc(900, 580, 'VMC double flux : 4 conduits, 1 échangeur', 'Balanced ventilation (MVHR): 4 ducts, 1 heat exchanger', [
  `<rect x="60" y="150" width="780" height="330" fill="#f8fafc" stroke="${C.ink}" stroke-width="4"/>`,
  `<line x1="450" y1="350" x2="450" y2="480" stroke="${C.ink}" stroke-width="3"/>`,
  label(90, 420, 'Séjour, chambres', 'Living room, bedrooms'),
  label(480, 420, 'Cuisine, SdB, WC', 'Kitchen, bathroom, WC'),
  // unit with crossing flows that never mix
  `<rect x="370" y="170" width="160" height="120" rx="8" fill="#fff" stroke="${C.ink}" stroke-width="3"/>`,
  `<path d="M415,180 L485,250 M485,180 L415,250" stroke="${C.muted}" stroke-width="3"/>`,
  text(450, 272, 'Échangeur', 15, C.ink, 'middle', true),
  text(450, 286, 'Heat exchanger', 12, C.muted, 'middle'),
  // 1 outdoor air (insulated), 4 exhaust (insulated)
  `<polyline points="20,100 300,100 300,190 370,190" fill="none" stroke="${C.cold}" stroke-width="16" stroke-opacity="0.25"/>`,
  `<polyline points="20,100 300,100 300,190 366,190" fill="none" stroke="${C.cold}" stroke-width="5" marker-end="url(#arrow-cold)"/>`,
  `<polyline points="530,190 600,190 600,100 880,100" fill="none" stroke="${C.tape}" stroke-width="16" stroke-opacity="0.25"/>`,
  `<polyline points="530,190 600,190 600,100 876,100" fill="none" stroke="${C.tape}" stroke-width="5" marker-end="url(#arrow-tape)"/>`,
  // 2 supply to dry rooms, 3 extract from wet rooms
  `<polyline points="400,290 400,320 200,320 200,346" fill="none" stroke="${C.good}" stroke-width="5" marker-end="url(#arrow-good)"/>`,
  `<polyline points="700,346 700,320 500,320 500,294" fill="none" stroke="${C.warm}" stroke-width="5" marker-end="url(#arrow-warm)"/>`,
  `<rect x="180" y="350" width="40" height="10" fill="${C.good}"/><rect x="680" y="350" width="40" height="10" fill="${C.warm}"/>`,
  // 5 condensate drain with its trap
  `<polyline points="450,290 450,302" fill="none" stroke="${C.cold}" stroke-width="3"/>`,
  `<path d="M450,302 q0,14 12,14 q12,0 12,-14" fill="none" stroke="${C.cold}" stroke-width="3"/>`,
  badge(160, 100, 1, C.cold),
  badge(250, 320, 2, C.good),
  badge(650, 320, 3, C.warm),
  badge(740, 100, 4, C.tape),
  badge(462, 336, 5, C.cold),
  label(30, 515, '① Air neuf (conduit isolé)', '① Outdoor air (insulated duct)', 'start', C.cold),
  label(30, 557, '② Air soufflé, pièces sèches', '② Supply air, dry rooms', 'start', C.good),
  label(470, 515, '③ Air extrait, pièces humides', '③ Extract air, wet rooms', 'start', C.warm),
  label(470, 557, '④ Air rejeté (isolé) · ⑤ condensats + siphon', '④ Exhaust (insulated) · ⑤ condensate + trap', 'start', C.tape),
]);

export const HEAT_PUMP_SVG = svgDoc(900, 620, 'Unité extérieure de pompe à chaleur', 'Heat pump outdoor unit', [
  `<line x1="20" y1="470" x2="880" y2="470" stroke="${C.ink}" stroke-width="4"/>`,
  `<rect x="800" y="90" width="70" height="380" fill="url(#hatch)" stroke="${C.ink}" stroke-width="2"/>`,
  // clearances
  `<rect x="220" y="130" width="480" height="265" fill="none" stroke="${C.air}" stroke-width="3" stroke-dasharray="10 7"/>`,
  arrow(300, 300, 228, 300, 'air', 3),
  arrow(620, 300, 692, 300, 'air', 3),
  arrow(460, 200, 460, 138, 'air', 3),
  // unit on pads and plinth
  `<rect x="300" y="200" width="320" height="190" rx="10" fill="#f1f5f9" stroke="${C.ink}" stroke-width="3"/>`,
  `<circle cx="410" cy="295" r="72" fill="#fff" stroke="${C.ink}" stroke-width="3"/>`,
  `<path d="M410,295 l0,-60 M410,295 l52,30 M410,295 l-52,30" stroke="${C.muted}" stroke-width="10" stroke-linecap="round"/>`,
  `<rect x="520" y="230" width="80" height="140" fill="#e4e7eb" stroke="${C.ink}" stroke-width="2"/>`,
  ...[320, 570].map((x) => `<rect x="${x}" y="390" width="30" height="12" fill="${C.ink}"/>`),
  `<rect x="290" y="402" width="340" height="68" fill="${C.masonry}" stroke="${C.ink}" stroke-width="2"/>`,
  // condensate drops to a drain
  ...[360, 380, 400].map((x, i) => `<path d="M${x},${408 + i * 8} q-5,9 0,12 q5,-3 0,-12" fill="${C.cold}"/>`),
  `<polyline points="460,470 460,505 520,505" fill="none" stroke="${C.cold}" stroke-width="5"/>`,
  `<rect x="520" y="490" width="60" height="30" fill="#9aa5b1" stroke="${C.ink}"/>`,
  // refrigerant lines and isolator
  `<polyline points="620,330 720,330 720,250 800,250" fill="none" stroke="#111" stroke-width="14"/>`,
  `<polyline points="620,356 740,356 740,276 800,276" fill="none" stroke="#111" stroke-width="14"/>`,
  `<rect x="745" y="170" width="40" height="50" rx="4" fill="#fff" stroke="${C.warm}" stroke-width="3"/>`,
  text(765, 202, '0/1', 16, C.warm, 'middle', true),
  badge(228, 160, 1, C.air),
  badge(335, 420, 2),
  badge(610, 505, 3, C.cold),
  badge(700, 370, 4, '#111'),
  badge(765, 150, 5, C.warm),
  label(24, 550, '① Dégagements de la notice · ② plots anti-vibration, socle', '① Clearances from the manual · ② anti-vibration pads, plinth'),
  label(24, 592, '③ Condensats vers un drain · ④ liaisons isolées · ⑤ coupure', '③ Condensate to a drain · ④ insulated lines · ⑤ isolator'),
]);

const WINDOWS = [
  { fr: 'Simple vitrage', en: 'Single glazing', u: 5.8, colour: '#d64545' },
  { fr: 'Double ancien', en: 'Old double', u: 2.8, colour: '#f2994a' },
  { fr: 'Double récent', en: 'Modern double', u: 1.3, colour: '#9bc53d' },
  { fr: 'Triple vitrage', en: 'Triple glazing', u: 0.8, colour: '#27ae60' },
];
const CLASSES = ['#009036', '#55ab26', '#c8d200', '#ffed00', '#fbba00', '#eb6909', '#e2001a'];

export const U_VALUES_SVG = svgDoc(960, 600, 'λ, R, U : lire les chiffres', 'λ, R, U: reading the numbers', [
  // wall section with heat flow
  label(40, 110, '20 °C', 'inside', 'start', C.warm),
  label(400, 110, '0 °C', 'outside', 'end', C.cold),
  `<rect x="150" y="140" width="40" height="250" fill="url(#hatch)" stroke="${C.ink}" stroke-width="2"/>`,
  `<rect x="190" y="140" width="110" height="250" fill="url(#wool)" stroke="#b7791f" stroke-width="2"/>`,
  arrow(50, 260, 145, 260, 'warm', 10),
  arrow(305, 260, 390, 260, 'cold', 5),
  text(245, 410, 'e = 0,20 m', 18, C.ink, 'middle', true),
  label(40, 450, 'λ = le matériau (W/m·K) : petit = mieux', 'λ = the material: lower is better'),
  label(40, 495, 'R = e ÷ λ (m²·K/W) : grand = mieux', 'R = the layer: higher is better'),
  label(40, 540, 'U = la paroi (W/m²·K) : petit = mieux', 'U = the whole wall: lower is better'),
  `<rect x="310" y="150" width="150" height="60" rx="8" fill="#fff" stroke="${C.ink}" stroke-width="2"/>`,
  text(385, 176, '0,20 ÷ 0,032', 18, C.ink, 'middle', true),
  text(385, 200, 'R = 6,25', 18, C.good, 'middle', true),
  // window Uw bars
  label(500, 110, 'Fenêtres : Uw (W/m²·K)', 'Windows: Uw, lower is better'),
  ...WINDOWS.flatMap((w, i) => [
    text(500, 175 + i * 50, w.fr, 16, C.ink, 'start', true),
    text(500, 193 + i * 50, w.en, 13, C.muted),
    `<rect x="640" y="${160 + i * 50}" width="${w.u * 45}" height="28" rx="4" fill="${w.colour}"/>`,
    text(650 + w.u * 45, 181 + i * 50, String(w.u).replace('.', ','), 18, C.ink, 'start', true),
  ]),
  // building label A to G
  label(500, 400, 'Étiquette du bâtiment (A à G)', 'Building energy label (A to G)'),
  ...CLASSES.map((colour, i) =>
    [`<rect x="500" y="${440 + i * 20}" width="${90 + i * 30}" height="17" fill="${colour}"/>`, text(506, 454 + i * 20, 'ABCDEFG'[i]!, 14, '#fff', 'start', true)].join(''),
  ),
]);
