// Resolves an IFC material definition (material, list, layer set, constituent or profile set) to material names.
import * as WebIfc from 'web-ifc';

/** Returns a memoised resolver: shared layer sets are read once however many elements use them. */
export function materialNames(ifc: WebIfc.IfcAPI, model: number): (id: number) => string[] {
  const cache = new Map<number, string[]>();
  const refOf = (v: unknown) => (v as { value?: number } | null)?.value;
  const refsOf = (v: unknown): number[] => (Array.isArray(v) ? v.map((x) => (x as { value: number }).value) : []);

  const resolve = (id: number | undefined, depth = 0): string[] => {
    if (id === undefined || depth > 6) return [];
    const cached = cache.get(id);
    if (cached) return cached;
    const line = ifc.GetRawLineData(model, id);
    const a = line.arguments;
    let names: string[];
    switch (line.type) {
      case WebIfc.IFCMATERIAL:
        names = typeof a[0]?.value === 'string' && a[0].value !== '' ? [a[0].value] : [];
        break;
      case WebIfc.IFCMATERIALLIST:
      case WebIfc.IFCMATERIALLAYERSET:
        names = refsOf(a[0]).flatMap((m) => resolve(m, depth + 1));
        break;
      case WebIfc.IFCMATERIALLAYERSETUSAGE:
      case WebIfc.IFCMATERIALPROFILESETUSAGE:
      case WebIfc.IFCMATERIALLAYER:
        names = resolve(refOf(a[0]), depth + 1);
        break;
      case WebIfc.IFCMATERIALCONSTITUENTSET:
      case WebIfc.IFCMATERIALPROFILESET:
        names = refsOf(a[2]).flatMap((m) => resolve(m, depth + 1));
        break;
      case WebIfc.IFCMATERIALCONSTITUENT:
      case WebIfc.IFCMATERIALPROFILE:
        names = resolve(refOf(a[2]), depth + 1);
        break;
      default:
        names = [];
    }
    const unique = [...new Set(names)];
    cache.set(id, unique);
    return unique;
  };
  return (id) => resolve(id);
}
