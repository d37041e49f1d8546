// Turns FIT's compact geometry file (made by the API after the index) into the same scene the IFC loader makes,
// without web-ifc: a tablet downloads a few hundred kB instead of the IFC and its 1 MB wasm, and parses nothing.
// The file also carries each element's indexed facts, so a step's binding rules are matched here, offline.
import { decodeCompactGeometry, type RuleSubject } from '@fit/shared';
import * as THREE from 'three';
import type { IfcElementInfo, IfcScene, MeshTag } from './ifcScene';

export interface CompactScene extends IfcScene {
  /** What the binding rules look at, by GlobalId. */
  facts: Map<string, RuleSubject>;
}

async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function loadCompactScene(gzipped: Uint8Array): Promise<CompactScene> {
  const { header, pieces } = decodeCompactGeometry(await gunzip(gzipped));
  const elements = new Map<string, IfcElementInfo>();
  const facts = new Map<string, RuleSubject>();
  header.elements.forEach((e, i) => {
    elements.set(e.g, { expressId: i, globalId: e.g, name: e.n, ifcClass: e.c, storey: e.s });
    facts.set(e.g, { globalId: e.g, ifcClass: e.c, predefinedType: e.t, properties: e.p });
  });
  // A part highlights with its wholes (a window's plates light up with the window); a tap selects the outermost.
  const chainOf = (index: number): string[] => {
    const keys: string[] = [];
    for (let i = index, depth = 0; i >= 0 && depth < 16; i = header.elements[i]!.a, depth++) keys.push(header.elements[i]!.g);
    return keys;
  };
  const materials = header.colors.map(
    ([r, g, b, a]) => new THREE.MeshLambertMaterial({ color: new THREE.Color(r, g, b), transparent: a < 1, opacity: a, side: THREE.DoubleSide }),
  );
  const root = new THREE.Group();
  const meshes = new Map<string, THREE.Mesh[]>();
  const [mx, my, mz] = header.min;
  const [sx, sy, sz] = header.step;
  for (const piece of pieces) {
    const q = piece.positions;
    const positions = new Float32Array(q.length);
    for (let i = 0; i < q.length; i += 3) {
      positions[i] = mx + q[i]! * sx;
      positions[i + 1] = my + q[i + 1]! * sy;
      positions[i + 2] = mz + q[i + 2]! * sz;
    }
    const geometry = new THREE.BufferGeometry();
    geometry.setAttribute('position', new THREE.BufferAttribute(positions, 3));
    geometry.setIndex(new THREE.BufferAttribute(piece.indices.slice(), 1));
    geometry.computeVertexNormals();
    const material = materials[piece.color]!;
    const mesh = new THREE.Mesh(geometry, material);
    const keys = chainOf(piece.element);
    mesh.userData = { owner: keys[keys.length - 1]!, keys, baseMaterial: material } satisfies MeshTag;
    root.add(mesh);
    for (const key of keys) {
      const list = meshes.get(key);
      if (list) list.push(mesh);
      else meshes.set(key, [mesh]);
    }
  }
  const dispose = () => {
    root.traverse((o) => {
      if (o instanceof THREE.Mesh) (o.geometry as THREE.BufferGeometry).dispose();
    });
    materials.forEach((m) => m.dispose());
  };
  return { root, meshes, elements, facts, storeys: header.storeys, dispose };
}
