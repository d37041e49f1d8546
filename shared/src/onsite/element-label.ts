// The text of an element's QR label: which site, which module and which element of the site's model. A tablet reads
// it offline against its site pack, so the label carries ids, not a URL that needs the network.
import { IFC_GUID } from './element-extensions.js';

export const ELEMENT_LABEL_PREFIX = 'fit:element:';

export interface ElementLabel {
  siteId: string;
  moduleId: string;
  globalId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const elementLabelPayload = (label: ElementLabel) => `${ELEMENT_LABEL_PREFIX}${label.siteId}:${label.moduleId}:${label.globalId}`;

/** The label a QR text names, or null when it is not a FIT element label (a badge, a URL, a damaged read). */
export function parseElementLabel(raw: string | null | undefined): ElementLabel | null {
  const text = (raw ?? '').trim();
  if (!text.toLowerCase().startsWith(ELEMENT_LABEL_PREFIX)) return null;
  const [siteId, moduleId, globalId, ...rest] = text.slice(ELEMENT_LABEL_PREFIX.length).split(':');
  if (rest.length || !UUID.test(siteId ?? '') || !UUID.test(moduleId ?? '') || !IFC_GUID.test(globalId ?? '')) return null;
  return { siteId: siteId!.toLowerCase(), moduleId: moduleId!.toLowerCase(), globalId: globalId! };
}
