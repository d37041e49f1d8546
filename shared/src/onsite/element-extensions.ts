// A practical task done on named elements of the site's model (e.g. the window whose QR label the worker scanned)
// carries their IFC GlobalIds in this context extension; the BCF export then points at exactly those elements.
export const ELEMENTS_EXTENSION = 'https://w3id.org/fit/xapi/extensions/ifc-elements';

/** The GlobalIds a statement's context names, cleaned: strings of the IFC GlobalId shape (22 characters), once each. */
export function elementsOfContext(extensions: Record<string, unknown> | undefined | null): string[] {
  const value = extensions?.[ELEMENTS_EXTENSION];
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((g): g is string => typeof g === 'string' && IFC_GUID.test(g)))];
}

export const IFC_GUID = /^[0-9A-Za-z_$]{22}$/;
