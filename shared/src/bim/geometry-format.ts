// Reading FIT's compact geometry file ("FITG", written by the API after a model's index; see the API's
// ifc-geometry.ts for the layout). Pure, so the tablet's viewer and the API's tests read it the same way. Takes the
// file already gunzipped.
import type { PropertyValue } from './rules.js';

// Global in browsers and Node; not in this package's ES-only lib.
declare const TextDecoder: { new (): { decode(bytes: Uint8Array): string } };

export const GEOMETRY_MAGIC = 'FITG';
export const GEOMETRY_VERSION = 1;

export interface GeometryHeader {
  /** Position = min + quantised × step, per axis (model units, Y up). */
  min: [number, number, number];
  step: [number, number, number];
  /** Storey names, lowest first. */
  storeys: string[];
  /** g GlobalId, c IFC class, n name, s storey, t predefined type, p indexed properties, a parent element index or -1. */
  elements: { g: string; c: string; n: string | null; s: string | null; t: string | null; p: Record<string, PropertyValue>; a: number }[];
  /** RGBA, 0..1. */
  colors: [number, number, number, number][];
  /** [element index, colour index, vertex count, index count] */
  pieces: [number, number, number, number][];
}

export interface GeometryPiece {
  element: number;
  color: number;
  /** x y z per vertex, quantised. */
  positions: Uint16Array;
  indices: Uint16Array | Uint32Array;
}

export class GeometryFormatError extends Error {}

const pad4 = (n: number) => (n + 3) & ~3;

/** Views into `data` (no copy): keep `data` alive while the pieces are used. */
export function decodeCompactGeometry(data: Uint8Array): { header: GeometryHeader; pieces: GeometryPiece[] } {
  if (data.byteLength < 12 || String.fromCharCode(data[0]!, data[1]!, data[2]!, data[3]!) !== GEOMETRY_MAGIC) {
    throw new GeometryFormatError('not a FIT geometry file');
  }
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const version = view.getUint32(4, true);
  if (version !== GEOMETRY_VERSION) throw new GeometryFormatError(`unsupported geometry version ${version}`);
  const headerBytes = view.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(data.subarray(12, 12 + headerBytes))) as GeometryHeader;
  // Typed views need aligned offsets: copy once if the caller's buffer is not 4-byte aligned.
  const bytes = data.byteOffset % 4 === 0 ? data : data.slice();
  let at = bytes.byteOffset + 12 + pad4(headerBytes);
  const end = bytes.byteOffset + bytes.byteLength;
  const pieces = header.pieces.map(([element, color, vertexCount, indexCount]) => {
    const positions = new Uint16Array(bytes.buffer, at, vertexCount * 3);
    at += pad4(vertexCount * 6);
    const wide = vertexCount > 65535;
    const indices = wide ? new Uint32Array(bytes.buffer, at, indexCount) : new Uint16Array(bytes.buffer, at, indexCount);
    at += pad4(indexCount * (wide ? 4 : 2));
    if (at > end) throw new GeometryFormatError('the geometry file is truncated');
    return { element, color, positions, indices };
  });
  return { header, pieces };
}
