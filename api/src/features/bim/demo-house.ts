// FIT's own demo building: a small two-storey house written as IFC4 STEP text, with simple box geometry, GlobalIds
// that are the same on every run, Pset_*Common properties and materials, so every demo topic has elements to show.
import { createHash } from 'node:crypto';
import { required } from '../../common/required.js';

export const DEMO_HOUSE_FILE_NAME = 'maison-demo-fit.ifc';

/** What the index of the demo house must contain (checked by its test). */
export const DEMO_HOUSE_EXPECTED = {
  byClass: { IfcWall: 5, IfcWindow: 5, IfcDoor: 1, IfcSlab: 3, IfcRoof: 1, IfcCovering: 1, IfcUnitaryEquipment: 1, IfcAirTerminal: 2 },
  storeys: ['Rez-de-chaussée', 'Étage'] as [string, string],
};

type Box = [x: number, y: number, z: number, dx: number, dy: number, dz: number];

interface Element {
  key: string;
  entity: string;
  name: string;
  storey: 0 | 1;
  box: Box;
  /** Attributes after Tag, e.g. ['.SOLIDWALL.'] or [h, w, '.WINDOW.', '.SINGLE_PANEL.', '$']. */
  tail: string[];
  pset?: { name: string; props: [string, string][] };
  material?: string;
}

const T = (v: boolean) => `IFCBOOLEAN(${v ? '.T.' : '.F.'})`;
const U = (v: number) => `IFCTHERMALTRANSMITTANCEMEASURE(${real(v)})`;
const L = (v: string) => `IFCLABEL(${str(v)})`;
const wallPset = (external: boolean) => ({
  name: 'Pset_WallCommon',
  props: [
    ['IsExternal', T(external)],
    ['LoadBearing', T(external)],
    ['ThermalTransmittance', U(external ? 0.35 : 1.8)],
    ['FireRating', L(external ? 'REI 60' : 'EI 30')],
  ] as [string, string][],
});
const windowPset = { name: 'Pset_WindowCommon', props: [['IsExternal', T(true)], ['ThermalTransmittance', U(1.3)]] as [string, string][] };
const window = (key: string, name: string, storey: 0 | 1, box: Box): Element => ({
  key, entity: 'IFCWINDOW', name, storey, box, tail: [real(box[5]), real(Math.max(box[3], box[4])), '.WINDOW.', '.SINGLE_PANEL.', '$'], pset: windowPset, material: 'Bois',
});

// A 10 m × 8 m house: ground floor walls 2.8 m high, an attic storey under the roof.
const ELEMENTS: Element[] = [
  { key: 'wall-south', entity: 'IFCWALL', name: 'Mur extérieur sud', storey: 0, box: [0, 0, 0, 10, 0.3, 2.8], tail: ['.SOLIDWALL.'], pset: wallPset(true), material: 'Béton' },
  { key: 'wall-north', entity: 'IFCWALL', name: 'Mur extérieur nord', storey: 0, box: [0, 7.7, 0, 10, 0.3, 2.8], tail: ['.SOLIDWALL.'], pset: wallPset(true), material: 'Béton' },
  { key: 'wall-west', entity: 'IFCWALL', name: 'Mur extérieur ouest', storey: 0, box: [0, 0.3, 0, 0.3, 7.4, 2.8], tail: ['.SOLIDWALL.'], pset: wallPset(true), material: 'Béton' },
  { key: 'wall-east', entity: 'IFCWALL', name: 'Mur extérieur est', storey: 0, box: [9.7, 0.3, 0, 0.3, 7.4, 2.8], tail: ['.SOLIDWALL.'], pset: wallPset(true), material: 'Béton' },
  { key: 'wall-inner', entity: 'IFCWALL', name: 'Cloison séjour / cuisine', storey: 0, box: [5, 0.3, 0, 0.1, 7.4, 2.8], tail: ['.PARTITIONING.'], pset: wallPset(false), material: 'Plaque de plâtre' },
  window('window-s1', 'Fenêtre séjour 1', 0, [1.5, 0, 0.9, 1.2, 0.3, 1.35]),
  window('window-s2', 'Fenêtre séjour 2', 0, [3.5, 0, 0.9, 1.2, 0.3, 1.35]),
  window('window-n1', 'Fenêtre cuisine', 0, [7, 7.7, 1.1, 1, 0.3, 1.15]),
  window('window-e1', 'Fenêtre chambre', 0, [9.7, 3, 0.9, 0.3, 1.2, 1.35]),
  window('window-roof', 'Fenêtre de toit', 1, [4, 2, 3.6, 0.8, 1, 0.1]),
  {
    key: 'door-entry', entity: 'IFCDOOR', name: "Porte d'entrée", storey: 0, box: [7.5, 0, 0, 1, 0.3, 2.15],
    tail: ['2.15', '1.', '.DOOR.', '.SINGLE_SWING_LEFT.', '$'],
    pset: { name: 'Pset_DoorCommon', props: [['IsExternal', T(true)], ['ThermalTransmittance', U(1.6)]] }, material: 'Bois',
  },
  { key: 'slab-ground', entity: 'IFCSLAB', name: 'Dalle sur terre-plein', storey: 0, box: [0, 0, -0.2, 10, 8, 0.2], tail: ['.BASESLAB.'], material: 'Béton' },
  { key: 'slab-floor', entity: 'IFCSLAB', name: 'Plancher étage', storey: 1, box: [0, 0, 2.8, 10, 8, 0.2], tail: ['.FLOOR.'], material: 'Béton' },
  {
    key: 'slab-roof', entity: 'IFCSLAB', name: 'Rampant de toiture', storey: 1, box: [0, 0, 3.6, 10, 8, 0.25], tail: ['.ROOF.'],
    pset: { name: 'Pset_SlabCommon', props: [['IsExternal', T(true)], ['ThermalTransmittance', U(0.2)]] }, material: 'Bois',
  },
  { key: 'roof', entity: 'IFCROOF', name: 'Toiture', storey: 1, box: [0, 0, 3.6, 10, 8, 0.3], tail: ['.GABLE_ROOF.'], pset: { name: 'Pset_RoofCommon', props: [['IsExternal', T(true)]] } },
  { key: 'insulation-attic', entity: 'IFCCOVERING', name: 'Isolation des combles', storey: 1, box: [0.3, 0.3, 3.0, 9.4, 7.4, 0.3], tail: ['.INSULATION.'], material: 'Laine de roche' },
  { key: 'heat-pump', entity: 'IFCUNITARYEQUIPMENT', name: 'Pompe à chaleur air/eau', storey: 0, box: [8.5, 8.2, 0, 1, 0.4, 0.8], tail: ['.USERDEFINED.'] },
  { key: 'air-inlet', entity: 'IFCAIRTERMINAL', name: "Bouche d'insufflation séjour", storey: 0, box: [2.5, 4, 2.6, 0.2, 0.2, 0.05], tail: ['.DIFFUSER.'] },
  { key: 'air-extract', entity: 'IFCAIRTERMINAL', name: "Bouche d'extraction cuisine", storey: 0, box: [7.5, 6, 2.6, 0.2, 0.2, 0.05], tail: ['.GRILLE.'] },
];

/** The demo house as IFC4 STEP text (ASCII only, as the format wants). */
export function demoHouseIfc(): string {
  const lines: string[] = [];
  let next = 1;
  const add = (entity: string) => {
    const id = next++;
    lines.push(`#${id}=${entity};`);
    return `#${id}`;
  };
  const point = (x: number, y: number, z: number) => add(`IFCCARTESIANPOINT((${real(x)},${real(y)},${real(z)}))`);
  const up = add('IFCDIRECTION((0.,0.,1.))');
  const east = add('IFCDIRECTION((1.,0.,0.))');
  const origin = add(`IFCAXIS2PLACEMENT3D(${point(0, 0, 0)},${up},${east})`);
  const context = add(`IFCGEOMETRICREPRESENTATIONCONTEXT($,'Model',3,1.E-05,${origin},$)`);
  const units = add(`IFCUNITASSIGNMENT((${add('IFCSIUNIT(*,.LENGTHUNIT.,$,.METRE.)')},${add('IFCSIUNIT(*,.AREAUNIT.,$,.SQUARE_METRE.)')}))`);
  const project = add(`IFCPROJECT(${guid('project')},$,${str('Maison démo FIT')},$,$,$,$,(${context}),${units})`);
  const placement = add(`IFCLOCALPLACEMENT($,${origin})`);
  const site = add(`IFCSITE(${guid('site')},$,${str('Parcelle')},$,$,${placement},$,$,.ELEMENT.,$,$,$,$,$)`);
  const building = add(`IFCBUILDING(${guid('building')},$,${str('Maison démo')},$,$,${placement},$,$,.ELEMENT.,$,$,$)`);
  const storeyDefs: [string, number][] = [
    [DEMO_HOUSE_EXPECTED.storeys[0], 0],
    [DEMO_HOUSE_EXPECTED.storeys[1], 2.8],
  ];
  const storeys = storeyDefs.map(([name, elevation], i) =>
    add(`IFCBUILDINGSTOREY(${guid(`storey-${i}`)},$,${str(name)},$,$,${placement},$,$,.ELEMENT.,${real(elevation)})`),
  );
  add(`IFCRELAGGREGATES(${guid('agg-project')},$,$,$,${project},(${site}))`);
  add(`IFCRELAGGREGATES(${guid('agg-site')},$,$,$,${site},(${building}))`);
  add(`IFCRELAGGREGATES(${guid('agg-building')},$,$,$,${building},(${storeys.join(',')}))`);

  const byStorey: [string[], string[]] = [[], []];
  const byMaterial = new Map<string, string[]>();
  for (const e of ELEMENTS) {
    const [x, y, z, dx, dy, dz] = e.box;
    const where = add(`IFCLOCALPLACEMENT(${placement},${add(`IFCAXIS2PLACEMENT3D(${point(x, y, z)},${up},${east})`)})`);
    const profile = add(`IFCRECTANGLEPROFILEDEF(.AREA.,$,${add(`IFCAXIS2PLACEMENT2D(${add(`IFCCARTESIANPOINT((${real(dx / 2)},${real(dy / 2)}))`)},$)`)},${real(dx)},${real(dy)})`);
    const solid = add(`IFCEXTRUDEDAREASOLID(${profile},${origin},${up},${real(dz)})`);
    const shape = add(`IFCPRODUCTDEFINITIONSHAPE($,$,(${add(`IFCSHAPEREPRESENTATION(${context},'Body','SweptSolid',(${solid}))`)}))`);
    const id = add(`${e.entity}(${guid(e.key)},$,${str(e.name)},$,$,${where},${shape},$,${e.tail.join(',')})`);
    byStorey[e.storey].push(id);
    if (e.material) byMaterial.set(e.material, [...(byMaterial.get(e.material) ?? []), id]);
    if (e.pset) {
      const props = e.pset.props.map(([name, value]) => add(`IFCPROPERTYSINGLEVALUE(${str(name)},$,${value},$)`));
      const pset = add(`IFCPROPERTYSET(${guid(`${e.key}-pset`)},$,${str(e.pset.name)},$,(${props.join(',')}))`);
      add(`IFCRELDEFINESBYPROPERTIES(${guid(`${e.key}-rel-pset`)},$,$,$,(${id}),${pset})`);
    }
  }
  storeys.forEach((storey, i) =>
    add(`IFCRELCONTAINEDINSPATIALSTRUCTURE(${guid(`contained-${i}`)},$,$,$,(${required(byStorey[i], `storey ${i}'s elements`).join(',')}),${storey})`),
  );
  for (const [name, ids] of byMaterial) {
    add(`IFCRELASSOCIATESMATERIAL(${guid(`material-${name}`)},$,$,$,(${ids.join(',')}),${add(`IFCMATERIAL(${str(name)},$,$)`)})`);
  }
  return [
    'ISO-10303-21;',
    'HEADER;',
    "FILE_DESCRIPTION(('ViewDefinition [DesignTransferView]'),'2;1');",
    `FILE_NAME('${DEMO_HOUSE_FILE_NAME}','2026-01-01T00:00:00',('FIT'),('FIT'),'FIT demo-house generator','FIT','');`,
    "FILE_SCHEMA(('IFC4'));",
    'ENDSEC;',
    'DATA;',
    ...lines,
    'ENDSEC;',
    'END-ISO-10303-21;',
    '',
  ].join('\n');
}

// IFC GlobalIds: 128 bits in 22 characters of this alphabet; hashed from a key so each run writes the same ids.
const GUID_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_$';
export function guid(key: string): string {
  const bytes = createHash('sha256').update(`fit-demo-house:${key}`).digest().subarray(0, 16);
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let out = '';
  for (let i = 0; i < 22; i++) {
    out = GUID_CHARS[Number(bits & 63n)] + out;
    bits >>= 6n;
  }
  return `'${out}'`;
}

function real(n: number): string {
  const s = String(Math.round(n * 1e6) / 1e6);
  return s.includes('.') || s.includes('e') ? s : `${s}.`;
}

// STEP strings are ASCII: quotes doubled, backslashes escaped, anything else as \X2\hhhh\X0\.
function str(value: string): string {
  let out = '';
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (ch === "'") out += "''";
    else if (ch === '\\') out += '\\\\';
    else if (code >= 32 && code < 127) out += ch;
    else out += `\\X2\\${code.toString(16).toUpperCase().padStart(4, '0')}\\X0\\`;
  }
  return `'${out}'`;
}
