// Builds the element index of an IFC file with web-ifc: one pass per element class, one pass per relationship kind.
import * as WebIfc from 'web-ifc';
import { checkIfcEnvelope, IfcFileError, type IfcSchema } from './ifc-file-check.js';
import { materialNames } from './ifc-materials.js';
import { scanProperties, WALL_QUANTITY_SETS, type PropertyScan, type ScannedRel } from './ifc-text-scan.js';

export type PropertyValue = boolean | number | string;

/** Where a wall's side area comes from: its quantity set (net of openings, else gross), or the geometry job's estimate. */
export type SideAreaSource = 'NetSideArea' | 'GrossSideArea' | 'geometry';

export interface SideArea {
  /** One face of the wall, in m². */
  m2: number;
  source: SideAreaSource;
}

/** Wall classes whose base quantities the index reads. */
export const WALL_CLASSES: ReadonlySet<string> = new Set(['IfcWall', 'IfcWallStandardCase', 'IfcWallElementedCase']);

// m² per area unit of the file, by SI prefix (IfcSIUnit SQUARE_METRE).
const AREA_PREFIX: Record<string, number> = { '': 1, DECI: 1e-2, CENTI: 1e-4, MILLI: 1e-6 };

export interface IndexedElement {
  globalId: string;
  /** The class as web-ifc names it, e.g. 'IfcWallStandardCase'; each element is counted under its own class only. */
  ifcClass: string;
  predefinedType: string | null;
  name: string | null;
  storey: string | null;
  storeyElevation: number | null;
  materials: string[];
  /** Chosen properties of the Pset_*Common sets, by property name (occurrence values override type values). */
  properties: Record<string, PropertyValue>;
  /** Walls only: the side area of their wall base quantities, when the file has them. */
  sideArea?: SideArea;
}

export interface IndexedStorey {
  globalId: string;
  name: string;
  /** In the model's length unit, as written in the file. */
  elevation: number | null;
  elements: number;
}

export interface IfcIndex {
  schema: IfcSchema;
  elements: IndexedElement[];
  storeys: IndexedStorey[];
  byClass: Record<string, number>;
  /** Things the index skipped on purpose (e.g. a repeated GlobalId). */
  warnings: string[];
}

/** The properties worth indexing for energy-retrofit training, and how to read each one. */
export const INDEXED_PROPERTIES: Record<string, 'boolean' | 'number' | 'string'> = {
  IsExternal: 'boolean',
  LoadBearing: 'boolean',
  ThermalTransmittance: 'number',
  FireRating: 'string',
};

// web-ifc's IsIfcElement accepts every IfcProduct with a place in the building. These are not things a worker
// installs: spatial containers (spaces excepted: ventilation units need them), voids, ports, virtual boundaries.
const NOT_INDEXED = new Set([
  'IfcSite',
  'IfcBuilding',
  'IfcBuildingStorey',
  'IfcFacility',
  'IfcFacilityPart',
  'IfcExternalSpatialElement',
  'IfcSpatialZone',
  'IfcOpeningElement',
  'IfcOpeningStandardCase',
  'IfcVoidingFeature',
  'IfcProjectionElement',
  'IfcSurfaceFeature',
  'IfcVirtualElement',
  'IfcAnnotation',
  'IfcGrid',
  'IfcPort',
  'IfcDistributionPort',
  'IfcProxy',
  'IfcStructuralPointConnection',
  'IfcStructuralCurveConnection',
  'IfcStructuralSurfaceConnection',
]);

let api: Promise<WebIfc.IfcAPI> | undefined;

/** One web-ifc instance per process: Init loads the WebAssembly module (~30 ms) and is not needed again. */
export function ifcApi(): Promise<WebIfc.IfcAPI> {
  api ??= (async () => {
    const instance = new WebIfc.IfcAPI();
    await instance.Init();
    instance.SetLogLevel(WebIfc.LogLevel.LOG_LEVEL_OFF);
    return instance;
  })();
  return api;
}

export type ProgressReporter = (fraction: number) => void;

/** Checks and indexes an IFC file; throws IfcFileError with a message for the user when the file is unusable. */
export interface IndexOptions {
  onProgress?: ProgressReporter;
  /** Default true. False reads every property line through web-ifc: slower, used to check the scan changes nothing. */
  textScan?: boolean;
}

export async function indexIfc(bytes: Uint8Array, options: IndexOptions = {}): Promise<IfcIndex> {
  const { onProgress = () => {}, textScan = true } = options;
  const schema = checkIfcEnvelope(bytes);
  const ifc = await ifcApi();
  let modelId: number;
  try {
    modelId = ifc.OpenModel(bytes, { COORDINATE_TO_ORIGIN: false, ALLOW_INCOMPATIBLE_SCHEMA_ALIASES: false });
  } catch (error) {
    throw new IfcFileError('PARSE_FAILED', `The IFC file could not be read: ${(error as Error).message}`);
  }
  try {
    if (modelId < 0 || ifc.GetLineIDsWithType(modelId, WebIfc.IFCPROJECT).size() === 0) {
      throw new IfcFileError('PARSE_FAILED', 'The IFC file has no IfcProject: it is damaged or not a building model.');
    }
    onProgress(0.5);
    const scan = textScan
      ? scanProperties(bytes, new Set(Object.keys(INDEXED_PROPERTIES)))
      : { psets: new Map(), rels: new Map(), materialRels: new Map(), otherProps: new Set<number>(), values: new Map() };
    return { schema, ...new ModelReader(ifc, modelId, scan).read() };
  } finally {
    ifc.CloseModel(modelId);
  }
}

type Raw = WebIfc.RawLineData;
const ref = (value: unknown): number | undefined => (value as { value?: number } | null)?.value;
const refs = (value: unknown): number[] => (Array.isArray(value) ? value.map((v) => (v as { value: number }).value) : []);
const text = (value: unknown): string | null => {
  const v = (value as { value?: unknown } | null)?.value;
  return v === undefined || v === null || v === '' ? null : String(v);
};

class ModelReader {
  private readonly elements = new Map<number, IndexedElement>();
  private readonly storeys = new Map<number, IndexedStorey>();
  private readonly psetCache = new Map<number, Record<string, PropertyValue> | null>();
  /** Wall quantity sets web-ifc decoded when the scan did not read them: their quantities. */
  private readonly decodedQuantities = new Map<number, number[]>();
  private areaScale: number | undefined;

  constructor(
    private readonly ifc: WebIfc.IfcAPI,
    private readonly model: number,
    private readonly scan: PropertyScan,
  ) {}

  read(): Omit<IfcIndex, 'schema'> {
    const warnings: string[] = [];
    this.readElements(warnings);
    this.readStoreys();
    this.assignStoreys();
    this.assignTypeData();
    this.assignProperties();
    this.assignMaterials();
    const elements = [...this.elements.values()];
    const byClass: Record<string, number> = {};
    for (const e of elements) byClass[e.ifcClass] = (byClass[e.ifcClass] ?? 0) + 1;
    const storeys = [...this.storeys.values()].sort((a, b) => (a.elevation ?? 0) - (b.elevation ?? 0));
    return { elements, storeys, byClass, warnings };
  }

  // Lines are fetched a whole class at a time: one call into WebAssembly instead of one per line.
  private rawLines(type: number): Raw[] {
    return this.linesOf([...vectorValues(this.ifc.GetLineIDsWithType(this.model, type))]);
  }

  private linesOf(ids: number[]): Raw[] {
    return ids.length ? (this.ifc.GetRawLinesData(this.model, ids) as Raw[]) : [];
  }

  private readElements(warnings: string[]): void {
    const seen = new Set<string>();
    for (const type of this.ifc.GetIfcEntityList(this.model)) {
      if (!this.ifc.IsIfcElement(type)) continue;
      const ifcClass = this.ifc.GetNameFromTypeCode(type);
      if (NOT_INDEXED.has(ifcClass)) continue;
      const lines = this.rawLines(type);
      if (lines.length === 0) continue;
      // Raw lines are cheaper than GetLine; PredefinedType's position in this class and schema is learnt once.
      const predefinedAt = this.predefinedTypePosition(lines[0]!.ID);
      for (const { ID: id, arguments: args } of lines) {
        const globalId = text(args[0]);
        if (!globalId || seen.has(globalId)) {
          warnings.push(`#${id} ${ifcClass} skipped: ${globalId ? `GlobalId ${globalId} is used twice` : 'no GlobalId'}`);
          continue;
        }
        seen.add(globalId);
        this.elements.set(id, {
          globalId,
          ifcClass,
          predefinedType: predefinedAt >= 0 ? text(args[predefinedAt]) : null,
          name: text(args[2]),
          storey: null,
          storeyElevation: null,
          materials: [],
          properties: {},
        });
      }
    }
  }

  /** Index of PredefinedType among the raw attributes of this line's class, or -1 when the class has none. */
  private predefinedTypePosition(id: number): number {
    const keys = Object.keys(this.ifc.GetLine(this.model, id) as object).filter((k) => k !== 'expressID' && k !== 'type');
    return keys.indexOf('PredefinedType');
  }

  private readStoreys(): void {
    for (const line of this.rawLines(WebIfc.IFCBUILDINGSTOREY)) {
      const elevation = text(line.arguments[9]);
      this.storeys.set(line.ID, {
        globalId: text(line.arguments[0]) ?? '',
        name: text(line.arguments[2]) ?? text(line.arguments[3]) ?? `Storey #${line.ID}`,
        elevation: elevation === null ? null : Number(elevation),
        elements: 0,
      });
    }
  }

  // Elements sit in a storey directly, or in a space or assembly that sits in one: follow containment, then
  // aggregation, upwards until a storey is reached.
  private assignStoreys(): void {
    const container = new Map<number, number>();
    for (const rel of this.rawLines(WebIfc.IFCRELCONTAINEDINSPATIALSTRUCTURE)) {
      const structure = ref(rel.arguments[5]);
      if (structure !== undefined) for (const id of refs(rel.arguments[4])) container.set(id, structure);
    }
    const parent = new Map<number, number>();
    for (const rel of this.rawLines(WebIfc.IFCRELAGGREGATES)) {
      const whole = ref(rel.arguments[4]);
      if (whole !== undefined) for (const id of refs(rel.arguments[5])) parent.set(id, whole);
    }
    for (const [id, element] of this.elements) {
      let current: number | undefined = id;
      for (let depth = 0; current !== undefined && depth < 16; depth++) {
        const storey = this.storeys.get(current);
        if (storey) {
          element.storey = storey.name;
          element.storeyElevation = storey.elevation;
          storey.elements++;
          break;
        }
        current = container.get(current) ?? parent.get(current);
      }
    }
  }

  // Type objects carry shared property sets and materials (typical of Revit exports); occurrences inherit them.
  private readonly typeOf = new Map<number, number>();
  private assignTypeData(): void {
    for (const rel of this.rawLines(WebIfc.IFCRELDEFINESBYTYPE)) {
      const type = ref(rel.arguments[5]);
      if (type === undefined) continue;
      for (const id of refs(rel.arguments[4])) if (this.elements.has(id)) this.typeOf.set(id, type);
    }
    const typeProps = new Map<number, Record<string, PropertyValue>>();
    for (const [id, type] of this.typeOf) {
      let props = typeProps.get(type);
      if (!props) {
        props = {};
        const line = this.ifc.GetRawLineData(this.model, type);
        for (const pset of refs(line.arguments[5])) Object.assign(props, this.psetProperties(pset));
        typeProps.set(type, props);
      }
      Object.assign(this.elements.get(id)!.properties, props);
    }
  }

  private assignProperties(): void {
    for (const rel of this.relationships(WebIfc.IFCRELDEFINESBYPROPERTIES, this.scan.rels)) {
      const scanned = this.scan.psets.get(rel.definition);
      if (scanned?.common === false && scanned.quantities === undefined) continue;
      const related = rel.related.filter((id) => this.elements.has(id));
      if (related.length === 0) continue;
      const props = scanned?.common === false ? null : this.psetProperties(rel.definition);
      if (props) for (const id of related) Object.assign(this.elements.get(id)!.properties, props);
      else if (scanned?.common === false || this.decodedQuantities.has(rel.definition)) {
        this.assignSideArea(related, scanned?.quantities ?? this.decodedQuantities.get(rel.definition) ?? null, rel.definition);
      }
    }
  }

  /** NetSideArea (else GrossSideArea) of a wall base-quantity set, in m², on the walls it describes. */
  private assignSideArea(related: number[], quantityIds: number[] | null, definition: number): void {
    const walls = related.filter((id) => WALL_CLASSES.has(this.elements.get(id)!.ifcClass));
    if (walls.length === 0) return;
    const ids = quantityIds ?? refs(this.ifc.GetRawLineData(this.model, definition).arguments[5]);
    const areas: Record<string, number> = {};
    for (const line of this.linesOf(ids)) {
      const name = line.type === WebIfc.IFCQUANTITYAREA ? text(line.arguments[0]) : null;
      const value = Number((line.arguments[3] as { value?: unknown } | null)?.value);
      if ((name === 'NetSideArea' || name === 'GrossSideArea') && Number.isFinite(value) && value > 0) areas[name] = value;
    }
    const source = areas.NetSideArea !== undefined ? 'NetSideArea' : areas.GrossSideArea !== undefined ? 'GrossSideArea' : null;
    const scale = source ? this.squareMetresPerAreaUnit() : NaN;
    if (!source || !Number.isFinite(scale)) return;
    for (const id of walls) {
      const element = this.elements.get(id)!;
      if (element.sideArea?.source === 'NetSideArea') continue;
      element.sideArea = { m2: areas[source]! * scale, source };
    }
  }

  /** The file's area unit in m²: an SI unit with its prefix; NaN for other units (square feet…), whose areas are left out. */
  private squareMetresPerAreaUnit(): number {
    if (this.areaScale !== undefined) return this.areaScale;
    this.areaScale = NaN;
    for (const { arguments: args } of this.rawLines(WebIfc.IFCSIUNIT)) {
      // UnitType, Prefix, Name; web-ifc leaves the derived Dimensions (*) out of the raw attributes or not, by version.
      const at = args.findIndex((arg) => text(arg) === 'AREAUNIT');
      if (at < 0 || text(args[at + 2]) !== 'SQUARE_METRE') continue;
      this.areaScale = AREA_PREFIX[text(args[at + 1]) ?? ''] ?? NaN;
      break;
    }
    return this.areaScale;
  }

  /**
   * RelatedObjects and the relating entity of every relationship of a kind. When the scan read as many as web-ifc
   * knows, its reading is used as is (saves thousands of calls into WebAssembly); otherwise web-ifc decodes the rest.
   */
  private *relationships(type: number, scanned: Map<number, ScannedRel>): Generator<ScannedRel> {
    const ids = this.ifc.GetLineIDsWithType(this.model, type);
    if (ids.size() === scanned.size) {
      yield* scanned.values();
      return;
    }
    for (const id of vectorValues(ids)) {
      const known = scanned.get(id);
      if (known) {
        yield known;
        continue;
      }
      const line = this.ifc.GetRawLineData(this.model, id);
      yield { related: refs(line.arguments[4]), definition: ref(line.arguments[5]) ?? -1 };
    }
  }

  private psetProperties(psetId: number | undefined): Record<string, PropertyValue> | null {
    if (psetId === undefined || psetId < 0) return null;
    const cached = this.psetCache.get(psetId);
    if (cached !== undefined) return cached;
    const scanned = this.scan.psets.get(psetId);
    let propIds: number[] | null = null;
    if (scanned?.common && scanned.props) {
      propIds = scanned.props;
    } else if (scanned?.common !== false) {
      const pset = this.ifc.GetRawLineData(this.model, psetId);
      const name = pset.type === WebIfc.IFCPROPERTYSET ? text(pset.arguments[2]) : null;
      if (name && /^Pset_\w*Common$/.test(name)) propIds = refs(pset.arguments[4]);
      else if (pset.type === WebIfc.IFCELEMENTQUANTITY && WALL_QUANTITY_SETS.has(text(pset.arguments[2]) ?? '')) {
        this.decodedQuantities.set(psetId, refs(pset.arguments[5]));
      }
    }
    let props: Record<string, PropertyValue> | null = null;
    if (propIds) {
      props = {};
      // Values the scan read need no call into web-ifc; the others are decoded in one batch.
      const unread = propIds.filter((id) => !this.scan.otherProps.has(id) && !this.scan.values.has(id));
      const decoded = new Map(this.linesOf(unread).map((line) => [line.ID, line]));
      for (const propId of propIds) {
        const scanned = this.scan.values.get(propId);
        const prop = scanned ? undefined : decoded.get(propId);
        if (!scanned && prop?.type !== WebIfc.IFCPROPERTYSINGLEVALUE) continue;
        const propName = scanned ? scanned.name : text(prop!.arguments[0]);
        const kind = propName ? INDEXED_PROPERTIES[propName] : undefined;
        const raw = scanned ? scanned.value : (prop!.arguments[2] as { value?: unknown } | null)?.value;
        const value = kind ? toValue(raw, kind) : undefined;
        if (propName && value !== undefined) props[propName] = value;
      }
    }
    this.psetCache.set(psetId, props);
    return props;
  }

  private assignMaterials(): void {
    const names = materialNames(this.ifc, this.model);
    const direct = new Map<number, string[]>();
    const types = new Set(this.typeOf.values());
    for (const rel of this.relationships(WebIfc.IFCRELASSOCIATESMATERIAL, this.scan.materialRels)) {
      const wanted = rel.related.filter((id) => this.elements.has(id) || types.has(id));
      if (wanted.length === 0 || rel.definition < 0) continue;
      const resolved = names(rel.definition);
      for (const id of wanted) direct.set(id, resolved);
    }
    for (const [id, element] of this.elements) {
      const type = this.typeOf.get(id);
      element.materials = direct.get(id) ?? (type !== undefined ? direct.get(type) : undefined) ?? [];
    }
  }
}

function* vectorValues(v: WebIfc.Vector<number>): Generator<number> {
  for (let i = 0; i < v.size(); i++) yield v.get(i);
}

function toValue(value: unknown, kind: 'boolean' | 'number' | 'string'): PropertyValue | undefined {
  if (value === undefined || value === null) return undefined;
  if (kind === 'boolean') {
    if (typeof value === 'boolean') return value;
    const s = String(value).replace(/\./g, '').toUpperCase();
    return s === 'T' || s === 'TRUE' ? true : s === 'F' || s === 'FALSE' ? false : undefined;
  }
  if (kind === 'number') {
    const n = typeof value === 'number' ? value : Number(value);
    return Number.isFinite(n) ? n : undefined;
  }
  return String(value);
}
