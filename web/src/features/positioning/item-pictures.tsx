// Our own drawings of the competence items: a plan with its dimensions, a tape, a wall to compute, and the small
// scenes of the safety items. Numbers on drawings are centimetres or m², written the same in every language.
import type { ReactElement } from 'react';

const INK = '#1f2933';
const RED = '#c53030';

function Dimension({ x1, x2, y, text }: { x1: number; x2: number; y: number; text: string }) {
  return (
    <g>
      <path d={`M${x1} ${y}H${x2}M${x1} ${y - 5}v10M${x2} ${y - 5}v10`} stroke={INK} strokeWidth="1.5" />
      <text x={(x1 + x2) / 2} y={y - 4} textAnchor="middle" fontSize="14" fontWeight="700" fill={INK}>
        {text}
      </text>
    </g>
  );
}

/** A wall seen from above with a window in it: a chain of dimensions under it, the overall length above. */
const PLAN = (
  <>
    <Dimension x1={10} x2={230} y={20} text="360" />
    <rect x="10" y="34" width="55" height="18" fill="#9fb3c8" stroke={INK} strokeWidth="2" />
    <rect x="65" y="38" width="73" height="10" fill="#bee3f8" stroke={INK} strokeWidth="2" />
    <path d="M65 43h73" stroke={INK} strokeWidth="1" />
    <rect x="138" y="34" width="92" height="18" fill="#9fb3c8" stroke={INK} strokeWidth="2" />
    <Dimension x1={10} x2={65} y={76} text="90" />
    <Dimension x1={65} x2={138} y={76} text="120" />
    <Dimension x1={138} x2={230} y={76} text="150" />
  </>
);

/** A tape measure between `from` and `from + 15` cm with an arrow on `at`. */
function tape(from: number, at: number): ReactElement {
  const x = (cm: number) => 12 + (cm - from) * 14;
  return (
    <>
      <rect x="4" y="30" width="232" height="36" fill="#f7c948" stroke={INK} strokeWidth="2" />
      {Array.from({ length: 16 }, (_, i) => (
        <g key={i}>
          <path d={`M${x(from + i)} 30v${(from + i) % 5 === 0 ? 16 : 9}`} stroke={INK} strokeWidth="1.5" />
          {(from + i) % 5 === 0 && (
            <text x={x(from + i)} y="61" textAnchor="middle" fontSize="13" fontWeight="700" fill={INK}>
              {from + i}
            </text>
          )}
        </g>
      ))}
      <path d={`M${x(at)} 28l-7-14h14z`} fill={RED} stroke={INK} strokeWidth="1" />
    </>
  );
}

/** A wall with its two sides, for the area and the panels. */
const WALL = (
  <>
    <rect x="40" y="18" width="140" height="60" fill="#e4e7eb" stroke={INK} strokeWidth="2" />
    <Dimension x1={40} x2={180} y={12} text="4 m" />
    <path d="M190 18v60M185 18h10M185 78h10" stroke={INK} strokeWidth="1.5" />
    <text x="200" y="52" fontSize="11" fontWeight="700" fill={INK}>
      3 m
    </text>
  </>
);

const PANELS = (
  <>
    <rect x="20" y="18" width="120" height="60" fill="#e4e7eb" stroke={INK} strokeWidth="2" />
    <text x="80" y="53" textAnchor="middle" fontSize="14" fontWeight="700" fill={INK}>
      12 m²
    </text>
    <rect x="170" y="28" width="50" height="40" fill="#f7c948" stroke={INK} strokeWidth="2" />
    <text x="195" y="53" textAnchor="middle" fontSize="12" fontWeight="700" fill={INK}>
      3 m²
    </text>
  </>
);

const ITEM_DRAWINGS: Record<string, ReactElement> = {
  'plan-window': PLAN,
  'plan-wall': PLAN,
  'tape-47': tape(40, 47),
  'tape-125': tape(115, 125),
  'calc-area': WALL,
  'calc-panels': PANELS,
};

export function hasItemPicture(itemId: string): boolean {
  return itemId in ITEM_DRAWINGS;
}

export function ItemPicture({ itemId, label }: { itemId: string; label: string }) {
  return (
    <svg className="positioning-picture positioning-picture--wide" viewBox="0 0 240 90" role="img" aria-label={label}>
      {ITEM_DRAWINGS[itemId]}
    </svg>
  );
}

/** The three scenes of each safety item, in option order. */
const SCENES: Record<string, ReactElement[]> = {
  'safety-ladder': [
    <>
      <rect x="20" y="72" width="18" height="10" fill="#c05621" stroke={INK} />
      <rect x="24" y="62" width="10" height="10" fill="#c05621" stroke={INK} transform="rotate(12 29 67)" />
      <path d="M28 62L60 8M40 66L72 12M32 55h12M38 45h12M44 35h12M50 25h12" stroke={INK} strokeWidth="3" />
      <path d="M10 84h80" stroke={INK} strokeWidth="2" />
      <path d="M70 70l10-8M74 78l12-4" stroke={RED} strokeWidth="3" strokeLinecap="round" />
    </>,
    <>
      <path d="M10 84h80" stroke={INK} strokeWidth="2" />
      <rect x="20" y="50" width="60" height="6" fill="#9fb3c8" stroke={INK} strokeWidth="2" />
      <path d="M24 56v28M76 56v28M20 30v20M80 30v20M20 30h60" stroke={INK} strokeWidth="2.5" />
      <circle cx="50" cy="22" r="7" fill="#f0c8a0" stroke={INK} strokeWidth="1.5" />
      <path d="M42 20a8 8 0 0116 0z" fill="#f7c948" stroke={INK} strokeWidth="1.5" />
      <path d="M50 29v14M50 43l-6 7M50 43l6 7M50 33l-8 6M50 33l8 6" stroke={INK} strokeWidth="3" />
    </>,
    <>
      <path d="M10 84h80" stroke={INK} strokeWidth="2" />
      <rect x="18" y="56" width="64" height="28" fill="#c53030" stroke={INK} strokeWidth="2" />
      <path d="M40 56v-8h20v8" fill="none" stroke={INK} strokeWidth="3" />
      <path d="M26 70h20M54 66l16 8" stroke="#e4e7eb" strokeWidth="4" strokeLinecap="round" />
    </>,
  ],
  'safety-cable': [
    <>
      <rect x="10" y="10" width="80" height="74" fill="#f0f4f8" stroke={INK} strokeWidth="2" />
      <rect x="34" y="30" width="32" height="32" rx="5" fill="#fff" stroke={INK} strokeWidth="2.5" />
      <circle cx="44" cy="46" r="3" fill={INK} />
      <circle cx="56" cy="46" r="3" fill={INK} />
    </>,
    <>
      <rect x="10" y="10" width="80" height="74" fill="#f0f4f8" stroke={INK} strokeWidth="2" />
      <rect x="14" y="36" width="72" height="16" fill="#cbd2d9" stroke={INK} strokeWidth="2" />
      <path d="M14 42h72M14 47h72" stroke="#2b6cb0" strokeWidth="3" />
    </>,
    <>
      <rect x="10" y="10" width="80" height="74" fill="#f0f4f8" stroke={INK} strokeWidth="2" />
      <rect x="34" y="30" width="32" height="32" fill="#9fb3c8" stroke={INK} strokeWidth="2" strokeDasharray="4 3" />
      <path d="M50 46q10 10 20 6M50 46q6 14 2 24M50 46q-12 6-16 18" fill="none" stroke="#2b6cb0" strokeWidth="3" />
      <path d="M70 52l6-2M52 70l1 6M34 64l-5 3" stroke="#b7791f" strokeWidth="3" />
      <path d="M74 40l6-6M78 48l8-2" stroke={RED} strokeWidth="3" strokeLinecap="round" />
    </>,
  ],
};

/** Decorative inside its button: the caption under it names the option. */
export function SceneOption({ itemId, option }: { itemId: string; option: number }) {
  return (
    <svg className="positioning-scene" viewBox="0 0 100 90" aria-hidden="true" focusable="false">
      {SCENES[itemId]?.[option]}
    </svg>
  );
}

export const isSceneItem = (itemId: string) => itemId in SCENES;
