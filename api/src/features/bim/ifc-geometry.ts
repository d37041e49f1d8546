// The compact geometry of a model for tablets: one binary file, gzip-compressed, that a viewer draws without web-ifc
// (no 1 MB wasm, no IFC parsing on a tablet), and that a site pack can carry offline. Format "FITG" version 1:
//   'FITG' | u32 version | u32 header bytes | header JSON (UTF-8, padded to 4 bytes) | body
// The header lists the indexed elements (GlobalId, class, name, storey, predefined type, indexed properties, parent
// element for aggregated parts), the colours, and the pieces (element, colour, vertex count, index count). The body
// holds, piece after piece, positions quantised to u16 over the model's bounding box (`min` + q × `step`, in metres
// when the model is, Y up) and triangle indices (u16, or u32 above 65,535 vertices), each padded to 4 bytes.
// Normals are left out: the viewer computes them.
import { gzipSync } from 'node:zlib';
import * as WebIfc from 'web-ifc';
import { GEOMETRY_MAGIC, GEOMETRY_VERSION, type GeometryHeader } from '@fit/shared';
import { ifcApi, type PropertyValue } from './ifc-index.js';

/** What the index knows of an element; the geometry file carries it so a tablet can match rules offline. */
export interface GeometryElementFacts {
  globalId: string;
  ifcClass: string;
  predefinedType: string | null;
  name: string | null;
  storey: string | null;
  properties: Record<string, PropertyValue>;
  /** An external wall without a side area in its quantities: the geometry estimates one (see `sideAreas`). */
  measureSideArea?: boolean;
}

export interface CompactGeometry {
  /** The gzip-compressed file. */
  bytes: Buffer;
  elements: number;
  pieces: number;
  triangles: number;
  /**
   * For the elements marked `measureSideArea`: half the area of their near-vertical triangles, in m² (web-ifc gives
   * metres). For a wall that is one face plus its ends and the reveals of its openings, a few per cent above
   * NetSideArea; the fallback when a file has no wall base quantities.
   */
  sideAreas: { globalId: string; m2: number }[];
}

/** A triangle whose normal is within ~6° of horizontal is a vertical face. */
const VERTICAL_NORMAL_Y = 0.1;

interface Piece {
  element: number;
  color: number;
  positions: number[];
  indices: number[];
}

/**
 * Streams every mesh of the file, places it in model coordinates, merges each element's geometry by colour and
 * quantises it. Only elements of the index are kept (`facts`); a part with no row of its own (rare) draws as its
 * nearest indexed ancestor.
 */
export async function buildCompactGeometry(bytes: Uint8Array, facts: GeometryElementFacts[], storeys: string[]): Promise<CompactGeometry> {
  const ifc = await ifcApi();
  const model = ifc.OpenModel(bytes, { COORDINATE_TO_ORIGIN: true });
  try {
    const indexOf = new Map(facts.map((f, i) => [f.globalId, i]));
    const globalIdOf = (expressId: number): string | null => {
      const value = (ifc.GetRawLineData(model, expressId).arguments[0] as { value?: unknown } | null)?.value;
      return typeof value === 'string' ? value : null;
    };
    // Aggregation (a window's plates and members, a roof's slabs): the parts point to their whole.
    const parentOf = new Map<number, number>();
    const aggregates = ifc.GetLineIDsWithType(model, WebIfc.IFCRELAGGREGATES);
    for (let i = 0; i < aggregates.size(); i++) {
      const args = ifc.GetRawLineData(model, aggregates.get(i)).arguments;
      const whole = (args[4] as { value?: number } | null)?.value;
      if (whole === undefined) continue;
      for (const part of (args[5] as { value: number }[] | null) ?? []) parentOf.set(part.value, whole);
    }
    const parentIndex = new Array<number>(facts.length).fill(-1);
    const elementOfLine = new Map<number, number | undefined>();
    const resolve = (expressId: number): number | undefined => {
      if (elementOfLine.has(expressId)) return elementOfLine.get(expressId);
      let found: number | undefined;
      for (let id: number | undefined = expressId, depth = 0; id !== undefined && depth < 16; id = parentOf.get(id), depth++) {
        const globalId = globalIdOf(id);
        const index = globalId === null ? undefined : indexOf.get(globalId);
        if (index !== undefined) {
          found = index;
          break;
        }
      }
      elementOfLine.set(expressId, found);
      return found;
    };

    const colors: [number, number, number, number][] = [];
    const colorIndex = new Map<string, number>();
    const pieces = new Map<string, Piece>();
    const verticalArea = new Map<number, number>();
    ifc.StreamAllMeshes(model, (mesh: WebIfc.FlatMesh) => {
      const element = resolve(mesh.expressID);
      if (element === undefined) return;
      for (let i = 0; i < mesh.geometries.size(); i++) {
        const placed = mesh.geometries.get(i);
        const { x, y, z, w } = placed.color;
        const colorKey = `${x.toFixed(3)}|${y.toFixed(3)}|${z.toFixed(3)}|${w.toFixed(3)}`;
        let color = colorIndex.get(colorKey);
        if (color === undefined) {
          color = colors.push([round3(x), round3(y), round3(z), round3(w)]) - 1;
          colorIndex.set(colorKey, color);
        }
        const key = `${element}:${color}`;
        let piece = pieces.get(key);
        if (!piece) {
          piece = { element, color, positions: [], indices: [] };
          pieces.set(key, piece);
        }
        const geometry = ifc.GetGeometry(model, placed.geometryExpressID);
        const vertices = ifc.GetVertexArray(geometry.GetVertexData(), geometry.GetVertexDataSize());
        const indices = ifc.GetIndexArray(geometry.GetIndexData(), geometry.GetIndexDataSize());
        geometry.delete();
        const m = placed.flatTransformation;
        const base = piece.positions.length / 3;
        // web-ifc interleaves x y z nx ny nz; the placement is a column-major 4×4 matrix.
        for (let v = 0; v < vertices.length; v += 6) {
          const [vx, vy, vz] = [valueAt(vertices, v), valueAt(vertices, v + 1), valueAt(vertices, v + 2)];
          const [px, py, pz] = [
            valueAt(m, 0) * vx + valueAt(m, 4) * vy + valueAt(m, 8) * vz + valueAt(m, 12),
            valueAt(m, 1) * vx + valueAt(m, 5) * vy + valueAt(m, 9) * vz + valueAt(m, 13),
            valueAt(m, 2) * vx + valueAt(m, 6) * vy + valueAt(m, 10) * vz + valueAt(m, 14),
          ];
          piece.positions.push(px, py, pz);
        }
        for (let k = 0; k < indices.length; k++) piece.indices.push(valueAt(indices, k) + base);
        if (facts[element]?.measureSideArea) {
          verticalArea.set(element, (verticalArea.get(element) ?? 0) + verticalFaceArea(piece.positions, piece.indices, piece.indices.length - indices.length));
        }
      }
    });
    // The element's indexed whole, so highlighting a window also lights its plates and members.
    for (const [child, whole] of parentOf) {
      const c = elementOfLineIndex(child);
      const p = elementOfLineIndex(whole);
      if (c !== undefined && p !== undefined && c !== p && parentIndex[c] === -1) parentIndex[c] = p;
    }
    function elementOfLineIndex(line: number): number | undefined {
      const globalId = globalIdOf(line);
      return globalId === null ? undefined : indexOf.get(globalId);
    }
    const sideAreas = [...verticalArea].map(([element, area]) => ({ globalId: facts[element]!.globalId, m2: Math.round((area / 2) * 100) / 100 }));
    return { ...encode([...pieces.values()], facts, parentIndex, colors, storeys), sideAreas };
  } finally {
    ifc.CloseModel(model);
  }
}

/** Area of the near-vertical triangles of `indices` from `from` on (positions x y z, Y up). */
export function verticalFaceArea(positions: number[], indices: number[], from: number): number {
  let area = 0;
  for (let k = from; k + 2 < indices.length; k += 3) {
    const [a, b, c] = [valueAt(indices, k) * 3, valueAt(indices, k + 1) * 3, valueAt(indices, k + 2) * 3];
    const [ux, uy, uz] = [valueAt(positions, b) - valueAt(positions, a), valueAt(positions, b + 1) - valueAt(positions, a + 1), valueAt(positions, b + 2) - valueAt(positions, a + 2)];
    const [vx, vy, vz] = [valueAt(positions, c) - valueAt(positions, a), valueAt(positions, c + 1) - valueAt(positions, a + 1), valueAt(positions, c + 2) - valueAt(positions, a + 2)];
    const [nx, ny, nz] = [uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx];
    const twice = Math.hypot(nx, ny, nz);
    if (twice > 0 && Math.abs(ny) / twice < VERTICAL_NORMAL_Y) area += twice / 2;
  }
  return area;
}

function encode(
  pieces: Piece[],
  facts: GeometryElementFacts[],
  parentIndex: number[],
  colors: [number, number, number, number][],
  storeys: string[],
): Omit<CompactGeometry, 'sideAreas'> {
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (const piece of pieces) {
    for (let i = 0; i < piece.positions.length; i++) {
      const axis = i % 3;
      const value = valueAt(piece.positions, i);
      if (value < valueAt(min, axis)) min[axis] = value;
      if (value > valueAt(max, axis)) max[axis] = value;
    }
  }
  if (!pieces.length) {
    min.fill(0);
    max.fill(0);
  }
  const step = min.map((lo, axis) => Math.max((valueAt(max, axis) - lo) / 65535, 1e-9)) as [number, number, number];
  const header: GeometryHeader = {
    min: min as [number, number, number],
    step,
    storeys,
    elements: facts.map((f, i) => ({ g: f.globalId, c: f.ifcClass, n: f.name, s: f.storey, t: f.predefinedType, p: f.properties, a: valueAt(parentIndex, i) })),
    colors,
    pieces: pieces.map((p) => [p.element, p.color, p.positions.length / 3, p.indices.length]),
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const pad4 = (n: number) => (n + 3) & ~3;
  let bodyBytes = 0;
  for (const p of pieces) bodyBytes += pad4(p.positions.length * 2) + pad4(p.indices.length * (p.positions.length / 3 > 65535 ? 4 : 2));
  const out = Buffer.alloc(12 + pad4(json.length) + bodyBytes);
  out.write(GEOMETRY_MAGIC, 0, 'ascii');
  out.writeUInt32LE(GEOMETRY_VERSION, 4);
  out.writeUInt32LE(json.length, 8);
  json.copy(out, 12);
  let at = 12 + pad4(json.length);
  let triangles = 0;
  for (const p of pieces) {
    const q = new Uint16Array(out.buffer, out.byteOffset + at, p.positions.length);
    for (let i = 0; i < p.positions.length; i++) q[i] = Math.round((valueAt(p.positions, i) - valueAt(min, i % 3)) / valueAt(step, i % 3));
    at += pad4(p.positions.length * 2);
    const wide = p.positions.length / 3 > 65535;
    const indices = wide ? new Uint32Array(out.buffer, out.byteOffset + at, p.indices.length) : new Uint16Array(out.buffer, out.byteOffset + at, p.indices.length);
    indices.set(p.indices);
    at += pad4(p.indices.length * (wide ? 4 : 2));
    triangles += p.indices.length / 3;
  }
  return { bytes: gzipSync(out, { level: 9 }), elements: facts.length, pieces: pieces.length, triangles };
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** An index the loops take from the arrays' own lengths (and web-ifc's 4×4 matrices): a hole is a bug, said plainly. */
function valueAt(values: ArrayLike<number>, index: number): number {
  const value = values[index];
  if (value === undefined) throw new Error(`IFC geometry: no value at ${index} of ${values.length}`);
  return value;
}
