// A quick text scan of the STEP data for the two most numerous lines the index needs: property sets and the
// relationships that attach them. Decoding a line through web-ifc costs 7–15 µs and a Revit model has thousands of
// both, of which a sixth are Pset_*Common; reading them here makes the index several times faster. The scan is
// conservative: a statement it cannot read for sure (odd formatting, cut by a chunk boundary) is left to web-ifc.

export interface ScannedPset {
  /** Whether the name is Pset_*Common (false for quantity sets). */
  common: boolean;
  /** HasProperties, or null when the scan could not read the list. */
  props: number[] | null;
  /** Quantities of a wall base-quantity set (see WALL_QUANTITY_SETS), null when the scan could not read them. */
  quantities?: number[] | null;
}

/**
 * Quantity sets whose side areas the index keeps for walls: IFC4's Qto_WallBaseQuantities, and the "BaseQuantities"
 * name IFC2x3 exporters (and ArchiCAD's IFC4 export) give the same quantities.
 */
export const WALL_QUANTITY_SETS: ReadonlySet<string> = new Set(['Qto_WallBaseQuantities', 'BaseQuantities']);

export interface ScannedRel {
  related: number[];
  definition: number;
}

export interface PropertyScan {
  psets: Map<number, ScannedPset>;
  /** IfcRelDefinesByProperties the scan could read. */
  rels: Map<number, ScannedRel>;
  /** IfcRelAssociatesMaterial the scan could read (definition = the material definition). */
  materialRels: Map<number, ScannedRel>;
  /** Single-value properties whose name is certainly not one of the indexed names. */
  otherProps: Set<number>;
  /**
   * Single-value properties with an indexed name whose value the scan read for sure: a number, a string without
   * escapes, or an enumeration (e.g. T for .T.), as web-ifc reads them; null for no value.
   */
  values: Map<number, { name: string; value: number | string | null }>;
}

const CHUNK_BYTES = 32 * 1024 * 1024;
const COMMON_PSET = /^Pset_\w*Common$/;
// Decodes a chunk several times faster than Buffer#toString('latin1'); STEP files are ASCII, where both agree.
const LATIN1 = new TextDecoder('latin1');

export function scanProperties(bytes: Uint8Array, propertyNames: ReadonlySet<string>): PropertyScan {
  const found: PropertyScan = { psets: new Map(), rels: new Map(), materialRels: new Map(), otherProps: new Set(), values: new Map() };
  // Chunks end at a line break so that a 200 MB model never becomes one giant string.
  for (let start = 0; start < bytes.length; ) {
    let end = Math.min(bytes.length, start + CHUNK_BYTES);
    if (end < bytes.length) {
      const newline = bytes.indexOf(10, end);
      end = newline === -1 ? bytes.length : newline + 1;
    }
    scanChunk(LATIN1.decode(bytes.subarray(start, end)), propertyNames, found);
    start = end;
  }
  return found;
}

// The statements the scan reads, found in one pass: a search for each keyword in turn walked the file five times and
// stopped at every "IFC" of every line; a regular expression anchored on the "=" of a statement is several times faster.
const KEYWORDS = /=\s*(IFCPROPERTYSET|IFCELEMENTQUANTITY|IFCPROPERTYSINGLEVALUE|IFCRELDEFINESBYPROPERTIES|IFCRELASSOCIATESMATERIAL)\(/g;

function scanChunk(text: string, propertyNames: ReadonlySet<string>, found: PropertyScan): void {
  // A hand-written reader of the few attributes needed: several times faster than regular expressions that backtrack
  // over every statement.
  const r = new StepReader(text);
  const propertySet = (id: number) => {
    // GlobalId, OwnerHistory, Name, Description, HasProperties
    if (!(r.skipValue() && r.comma() && r.skipValue() && r.comma())) return;
    const name = r.stringOrNull();
    if (name === undefined || !r.comma()) return;
    const common = name !== null && COMMON_PSET.test(name);
    const props = common && r.skipValue() && r.comma() ? r.refList() : null;
    found.psets.set(id, { common, props: props ?? null });
  };
  const elementQuantity = (id: number) => {
    // GlobalId, OwnerHistory, Name, Description, MethodOfMeasurement, Quantities
    found.psets.set(id, { common: false, props: null });
    if (!(r.skipValue() && r.comma() && r.skipValue() && r.comma())) return;
    const name = r.stringOrNull();
    if (typeof name !== 'string' || !WALL_QUANTITY_SETS.has(name)) return;
    const quantities = r.comma() && r.skipValue() && r.comma() && r.skipValue() && r.comma() ? r.refList() : undefined;
    found.psets.set(id, { common: false, props: null, quantities: quantities ?? null });
  };
  const singleValue = (id: number) => {
    const name = r.stringOrNull();
    if (typeof name !== 'string') return;
    if (!propertyNames.has(name)) return void found.otherProps.add(id);
    // Name, Description, NominalValue: TYPE(value) or $
    if (!(r.comma() && r.skipValue() && r.comma())) return;
    const value = r.typedValue();
    if (value !== undefined) found.values.set(id, { name, value });
  };
  // Both relationships are GlobalId, OwnerHistory, Name, Description, RelatedObjects, then the one they relate to.
  const relationship = (into: Map<number, ScannedRel>, id: number) => {
    for (let i = 0; i < 4; i++) if (!(r.skipValue() && r.comma())) return;
    const related = r.refList();
    if (!related || !r.comma()) return;
    const definition = r.ref();
    if (definition !== undefined) into.set(id, { related, definition });
  };
  const keywords = new RegExp(KEYWORDS);
  for (let m = keywords.exec(text); m !== null; m = keywords.exec(text)) {
    const keyword = m[1]!;
    const after = m.index + m[0].length;
    const id = statementId(text, after - keyword.length - 1);
    if (id === undefined) continue;
    r.at = after;
    switch (keyword) {
      case 'IFCPROPERTYSET':
        propertySet(id);
        break;
      // Quantity sets hang off the same relationships; they never hold the indexed properties, only wall areas.
      case 'IFCELEMENTQUANTITY':
        elementQuantity(id);
        break;
      case 'IFCPROPERTYSINGLEVALUE':
        singleValue(id);
        break;
      case 'IFCRELDEFINESBYPROPERTIES':
        relationship(found.rels, id);
        break;
      default:
        relationship(found.materialRels, id);
    }
    // The reader may have stopped inside a string; the next search starts after this statement's keyword.
    keywords.lastIndex = after;
  }
}

/** Reads STEP attribute values at a cursor; every method returns undefined/false when the text is not as expected. */
class StepReader {
  at = 0;
  constructor(private readonly text: string) {}

  private ws(): void {
    while (this.text.charCodeAt(this.at) <= 32) this.at++;
  }

  comma(): boolean {
    this.ws();
    if (this.text.charCodeAt(this.at) !== 44) return false;
    this.at++;
    return true;
  }

  /** A string (with '' escapes), or null for $; undefined for anything else. */
  stringOrNull(): string | null | undefined {
    this.ws();
    const c = this.text.charCodeAt(this.at);
    if (c === 36) {
      this.at++;
      return null;
    }
    if (c !== 39) return undefined;
    let out = '';
    let from = ++this.at;
    for (;;) {
      const q = this.text.indexOf("'", this.at);
      if (q === -1) return undefined;
      if (this.text.charCodeAt(q + 1) === 39) {
        out += this.text.slice(from, q + 1);
        this.at = from = q + 2;
        continue;
      }
      out += this.text.slice(from, q);
      this.at = q + 1;
      return out;
    }
  }

  /**
   * `IFCTYPE(value)` with a number, an enumeration or a string without escapes (web-ifc decodes those), or `$` (null);
   * undefined for anything else.
   */
  typedValue(): number | string | null | undefined {
    this.ws();
    if (this.text.charCodeAt(this.at) === 36) {
      this.at++;
      return null;
    }
    const open = this.text.indexOf('(', this.at);
    if (open === -1 || !/^[A-Z0-9_]+$/.test(this.text.slice(this.at, open))) return undefined;
    this.at = open + 1;
    this.ws();
    const c = this.text.charCodeAt(this.at);
    let value: number | string | undefined;
    if (c === 39) {
      const s = this.stringOrNull();
      value = typeof s === 'string' && !s.includes('\\') ? s : undefined;
    } else {
      const close = this.text.indexOf(')', this.at);
      if (close === -1) return undefined;
      const token = this.text.slice(this.at, close).trim();
      this.at = close;
      if (/^\.[A-Z_]+\.$/.test(token)) value = token.slice(1, -1);
      else if (/^[+-]?\d+(\.\d*)?([eE][+-]?\d+)?$/.test(token)) value = Number(token);
    }
    this.ws();
    if (value === undefined || this.text.charCodeAt(this.at) !== 41) return undefined;
    this.at++;
    return value;
  }

  /** Skips a string, $, * or #ref. */
  skipValue(): boolean {
    this.ws();
    const c = this.text.charCodeAt(this.at);
    if (c === 39) return this.stringOrNull() !== undefined;
    if (c === 36 || c === 42) {
      this.at++;
      return true;
    }
    return this.ref() !== undefined;
  }

  ref(): number | undefined {
    this.ws();
    if (this.text.charCodeAt(this.at) !== 35) return undefined;
    let id = 0;
    let digits = 0;
    for (let c = this.text.charCodeAt(++this.at); c >= 48 && c <= 57; c = this.text.charCodeAt(++this.at)) {
      id = id * 10 + (c - 48);
      digits++;
    }
    return digits > 0 ? id : undefined;
  }

  /** `(#a, #b, …)` */
  refList(): number[] | undefined {
    this.ws();
    if (this.text.charCodeAt(this.at) !== 40) return undefined;
    this.at++;
    const out: number[] = [];
    for (;;) {
      const id = this.ref();
      if (id === undefined) return undefined;
      out.push(id);
      this.ws();
      const c = this.text.charCodeAt(this.at++);
      if (c === 41) return out;
      if (c !== 44) return undefined;
    }
  }
}

// Reads `#123 =` backwards from the keyword; undefined when the keyword is not a statement's entity name (e.g. it
// sits inside a string).
function statementId(text: string, keywordAt: number): number | undefined {
  let i = keywordAt - 1;
  while (i >= 0 && text.charCodeAt(i) <= 32) i--;
  if (text.charCodeAt(i) !== 61 /* = */) return undefined;
  i--;
  while (i >= 0 && text.charCodeAt(i) <= 32) i--;
  let id = 0;
  let scale = 1;
  const digitsEnd = i;
  for (; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    id += (c - 48) * scale;
    scale *= 10;
  }
  return i < digitsEnd && text.charCodeAt(i) === 35 /* # */ ? id : undefined;
}
