// Turns IFC bytes into a three.js scene with web-ifc's mesh streaming, and answers what the viewer asks of it.
// Loaded only inside the viewer's lazy chunk: three.js and web-ifc (~400 kB gzipped with the wasm) never weigh on
// the first load.
import * as THREE from 'three';
import {
  IfcAPI,
  IFCBUILDING,
  IFCBUILDINGSTOREY,
  IFCPROJECT,
  IFCRELAGGREGATES,
  IFCRELCONTAINEDINSPATIALSTRUCTURE,
  IFCSITE,
  IFCSPACE,
  type FlatMesh,
} from 'web-ifc';
// A hashed asset URL: the wasm is fetched on demand and cached for good; a web-ifc upgrade gets a new name.
import wasmUrl from 'web-ifc/web-ifc.wasm?url';

export interface IfcElementInfo {
  expressId: number;
  globalId: string;
  name: string | null;
  ifcClass: string;
  storey: string | null;
}

/** What each mesh stands for: `owner` is what a tap selects, `keys` every GlobalId that highlights it. */
export interface MeshTag {
  owner: string;
  keys: string[];
  baseMaterial: THREE.Material;
}

const SPATIAL = new Set([IFCPROJECT, IFCSITE, IFCBUILDING, IFCBUILDINGSTOREY, IFCSPACE]);

export interface IfcScene {
  root: THREE.Group;
  /**
   * Meshes of each element by GlobalId, including those of its parts: a window or a roof often has no geometry of
   * its own, only its aggregated plates, members or slabs.
   */
  meshes: Map<string, THREE.Mesh[]>;
  elements: Map<string, IfcElementInfo>;
  storeys: string[];
  dispose: () => void;
}

let apiPromise: Promise<IfcAPI> | undefined;

function ifcApi(): Promise<IfcAPI> {
  apiPromise ??= (async () => {
    const api = new IfcAPI();
    // forceSingleThread: the multi-threaded build needs cross-origin isolation, which the app does not have.
    await api.Init((path) => (path.endsWith('.wasm') ? wasmUrl : path), true);
    return api;
  })();
  return apiPromise;
}

const str = (v: unknown): string | null => {
  const value = (v as { value?: unknown } | null | undefined)?.value;
  return typeof value === 'string' && value !== '' ? value : null;
};

/** Which storey contains each element (directly, or through an aggregate such as a roof's slabs), by express id. */
function storeyOfElements(api: IfcAPI, modelId: number): { byElement: Map<number, string>; storeys: string[] } {
  const storeyNames = new Map<number, string>();
  const storeyIds = api.GetLineIDsWithType(modelId, IFCBUILDINGSTOREY);
  const ordered: { name: string; elevation: number }[] = [];
  for (let i = 0; i < storeyIds.size(); i++) {
    const line = api.GetLine(modelId, storeyIds.get(i)) as { Name?: unknown; Elevation?: { value?: number } };
    const name = str(line.Name) ?? `#${storeyIds.get(i)}`;
    storeyNames.set(storeyIds.get(i), name);
    ordered.push({ name, elevation: line.Elevation?.value ?? 0 });
  }
  const byElement = new Map<number, string>();
  const rels = api.GetLineIDsWithType(modelId, IFCRELCONTAINEDINSPATIALSTRUCTURE);
  for (let i = 0; i < rels.size(); i++) {
    const rel = api.GetLine(modelId, rels.get(i)) as { RelatingStructure?: { value: number }; RelatedElements?: { value: number }[] };
    const storey = rel.RelatingStructure && storeyNames.get(rel.RelatingStructure.value);
    if (!storey) continue;
    for (const el of rel.RelatedElements ?? []) byElement.set(el.value, storey);
  }
  const aggregates = api.GetLineIDsWithType(modelId, IFCRELAGGREGATES);
  for (let i = 0; i < aggregates.size(); i++) {
    const rel = api.GetLine(modelId, aggregates.get(i)) as { RelatingObject?: { value: number }; RelatedObjects?: { value: number }[] };
    const storey = rel.RelatingObject && byElement.get(rel.RelatingObject.value);
    if (!storey) continue;
    for (const part of rel.RelatedObjects ?? []) if (!byElement.has(part.value)) byElement.set(part.value, storey);
  }
  return { byElement, storeys: [...new Set(ordered.sort((a, b) => a.elevation - b.elevation).map((s) => s.name))] };
}

export async function loadIfcScene(bytes: Uint8Array): Promise<IfcScene> {
  const api = await ifcApi();
  const modelId = api.OpenModel(bytes, { COORDINATE_TO_ORIGIN: true });
  try {
    const { byElement, storeys } = storeyOfElements(api, modelId);
    const root = new THREE.Group();
    const meshes = new Map<string, THREE.Mesh[]>();
    const elements = new Map<string, IfcElementInfo>();
    const materials = new Map<string, THREE.MeshLambertMaterial>();
    const matrix = new THREE.Matrix4();
    const parentOf = new Map<number, number>();
    const aggregates = api.GetLineIDsWithType(modelId, IFCRELAGGREGATES);
    for (let i = 0; i < aggregates.size(); i++) {
      const rel = api.GetLine(modelId, aggregates.get(i)) as { RelatingObject?: { value: number }; RelatedObjects?: { value: number }[] };
      if (rel.RelatingObject) for (const part of rel.RelatedObjects ?? []) parentOf.set(part.value, rel.RelatingObject.value);
    }
    const describe = (expressId: number): IfcElementInfo & { spatial: boolean } => {
      const line = api.GetLine(modelId, expressId) as { GlobalId?: unknown; Name?: unknown; type: number };
      const info = {
        expressId,
        globalId: str(line.GlobalId) ?? `#${expressId}`,
        name: str(line.Name),
        ifcClass: api.GetNameFromTypeCode(line.type),
        storey: byElement.get(expressId) ?? null,
        spatial: SPATIAL.has(line.type),
      };
      return info;
    };
    api.StreamAllMeshes(modelId, (mesh: FlatMesh) => {
      const own = describe(mesh.expressID);
      // The element and its non-spatial ancestors (window → its plates and members); a tap selects the outermost.
      const chain: IfcElementInfo[] = [own];
      for (let parent = parentOf.get(mesh.expressID); parent !== undefined; parent = parentOf.get(parent)) {
        const info = describe(parent);
        if (info.spatial) break;
        chain.push({ ...info, storey: info.storey ?? own.storey });
      }
      for (const { expressId, globalId, name, ifcClass, storey } of chain) {
        if (!elements.has(globalId)) elements.set(globalId, { expressId, globalId, name, ifcClass, storey });
      }
      const keys = chain.map((e) => e.globalId);
      // The chain starts with the mesh's own element, so it is never empty.
      const owner = keys[keys.length - 1]!;
      const list: THREE.Mesh[] = [];
      for (let i = 0; i < mesh.geometries.size(); i++) {
        const placed = mesh.geometries.get(i);
        const geometry = api.GetGeometry(modelId, placed.geometryExpressID);
        const vertices = api.GetVertexArray(geometry.GetVertexData(), geometry.GetVertexDataSize());
        const indices = api.GetIndexArray(geometry.GetIndexData(), geometry.GetIndexDataSize());
        geometry.delete();
        // web-ifc interleaves position and normal: x y z nx ny nz.
        const interleaved = new THREE.InterleavedBuffer(new Float32Array(vertices), 6);
        const buffer = new THREE.BufferGeometry();
        buffer.setAttribute('position', new THREE.InterleavedBufferAttribute(interleaved, 3, 0));
        buffer.setAttribute('normal', new THREE.InterleavedBufferAttribute(interleaved, 3, 3));
        buffer.setIndex(new THREE.BufferAttribute(new Uint32Array(indices), 1));
        const { x, y, z, w } = placed.color;
        const key = `${x}|${y}|${z}|${w}`;
        let material = materials.get(key);
        if (!material) {
          material = new THREE.MeshLambertMaterial({ color: new THREE.Color(x, y, z), transparent: w < 1, opacity: w, side: THREE.DoubleSide });
          materials.set(key, material);
        }
        const object = new THREE.Mesh(buffer, material);
        matrix.fromArray(placed.flatTransformation);
        object.applyMatrix4(matrix);
        object.userData = { owner, keys, baseMaterial: material } satisfies MeshTag;
        root.add(object);
        list.push(object);
      }
      for (const key of keys) meshes.set(key, [...(meshes.get(key) ?? []), ...list]);
    });
    const dispose = () => {
      root.traverse((o) => {
        if (o instanceof THREE.Mesh) (o.geometry as THREE.BufferGeometry).dispose();
      });
      materials.forEach((m) => m.dispose());
    };
    return { root, meshes, elements, storeys, dispose };
  } finally {
    api.CloseModel(modelId);
  }
}
