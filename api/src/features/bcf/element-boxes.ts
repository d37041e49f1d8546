// Bounding boxes of elements in IFC world axes, read from a model's compact geometry (see bim/ifc-geometry.ts). The
// geometry is Y-up as web-ifc gives it; IFC and BCF are Z-up: IFC (x, y, z) = geometry (x, -z, y).
import { gunzipSync } from 'node:zlib';
import { decodeCompactGeometry } from '@fit/shared';
import type { BcfCamera, BcfPoint } from './bcf-archive.js';

export interface Box {
  min: BcfPoint;
  max: BcfPoint;
}

/** The boxes of the given GlobalIds (those the geometry draws), from the gzip-compressed file. */
export function elementBoxes(gzipped: Uint8Array, globalIds: readonly string[]): Map<string, Box> {
  const { header, pieces } = decodeCompactGeometry(gunzipSync(gzipped));
  const wanted = new Set(globalIds);
  // A part (a window's frame) counts for its indexed whole.
  const owner = (index: number): number => {
    let at = index;
    for (let depth = 0; depth < 16 && !wanted.has(header.elements[at]!.g) && header.elements[at]!.a >= 0; depth++) at = header.elements[at]!.a;
    return at;
  };
  const quantised = new Map<number, { lo: [number, number, number]; hi: [number, number, number] }>();
  for (const piece of pieces) {
    const element = owner(piece.element);
    if (!wanted.has(header.elements[element]!.g)) continue;
    let q = quantised.get(element);
    if (!q) quantised.set(element, (q = { lo: [Infinity, Infinity, Infinity], hi: [-Infinity, -Infinity, -Infinity] }));
    const p = piece.positions;
    for (let i = 0; i < p.length; i += 3) {
      for (let axis = 0; axis < 3; axis++) {
        const v = p[i + axis]!;
        if (v < q.lo[axis]!) q.lo[axis] = v;
        if (v > q.hi[axis]!) q.hi[axis] = v;
      }
    }
  }
  const boxes = new Map<string, Box>();
  const at = (q: [number, number, number], axis: number) => header.min[axis]! + q[axis]! * header.step[axis]!;
  for (const [index, q] of quantised) {
    // Y-up → Z-up; the sign flip of -z swaps which end is the minimum.
    boxes.set(header.elements[index]!.g, {
      min: { x: at(q.lo, 0), y: -at(q.hi, 2), z: at(q.lo, 1) },
      max: { x: at(q.hi, 0), y: -at(q.lo, 2), z: at(q.hi, 1) },
    });
  }
  return boxes;
}

export function unionOf(boxes: Iterable<Box>): Box | undefined {
  let union: Box | undefined;
  for (const b of boxes) {
    union = union
      ? {
          min: { x: Math.min(union.min.x, b.min.x), y: Math.min(union.min.y, b.min.y), z: Math.min(union.min.z, b.min.z) },
          max: { x: Math.max(union.max.x, b.max.x), y: Math.max(union.max.y, b.max.y), z: Math.max(union.max.z, b.max.z) },
        }
      : b;
  }
  return union;
}

const FIELD_OF_VIEW = 60;
// Seen from the south-east and above, the way a person looks at a façade element from the scaffold.
const FROM = normalise({ x: 1, y: -1, z: 0.7 });

/** A perspective camera that frames the box whole (its bounding sphere fits the vertical field of view). */
export function cameraOn(box: Box, aspectRatio = 4 / 3): BcfCamera {
  const centre = { x: (box.min.x + box.max.x) / 2, y: (box.min.y + box.max.y) / 2, z: (box.min.z + box.max.z) / 2 };
  const radius = Math.max(0.5, Math.hypot(box.max.x - box.min.x, box.max.y - box.min.y, box.max.z - box.min.z) / 2);
  const distance = (radius / Math.sin(((FIELD_OF_VIEW / 2) * Math.PI) / 180)) * 1.1;
  const direction = { x: -FROM.x, y: -FROM.y, z: -FROM.z };
  // Up is world Z made perpendicular to the direction.
  const dot = direction.z;
  const upVector = normalise({ x: -dot * direction.x, y: -dot * direction.y, z: 1 - dot * direction.z });
  return {
    viewPoint: { x: centre.x + FROM.x * distance, y: centre.y + FROM.y * distance, z: centre.z + FROM.z * distance },
    direction,
    upVector,
    fieldOfView: FIELD_OF_VIEW,
    aspectRatio,
  };
}

function normalise(p: BcfPoint): BcfPoint {
  const length = Math.hypot(p.x, p.y, p.z) || 1;
  return { x: p.x / length, y: p.y / length, z: p.z / length };
}
