// What a scanned element label opens on this tablet, decided from the site pack alone (so it works offline): the
// module's version in the pack and the element in the pack's model, or why not.
import { parseElementLabel, type ModuleContent } from '@fit/shared';

export interface PackView {
  siteId: string;
  versions: { id: string; moduleId: string; version: number; content: ModuleContent }[];
  /** Elements of the pack's model by GlobalId; null when the pack has no model. */
  elements: Map<string, { name: string | null; storey: string | null; ifcClass: string }> | null;
}

export type LabelOutcome =
  | { kind: 'open'; versionId: string; bimStepIndex: number; globalId: string; elementName: string; storey: string | null }
  | { kind: 'not-a-label' }
  | { kind: 'other-site' }
  | { kind: 'unknown-element' }
  | { kind: 'module-not-in-pack' };

export function resolveLabel(raw: string | null, pack: PackView): LabelOutcome {
  const label = parseElementLabel(raw);
  if (!label) return { kind: 'not-a-label' };
  if (label.siteId !== pack.siteId.toLowerCase()) return { kind: 'other-site' };
  const element = pack.elements?.get(label.globalId);
  if (!element) return { kind: 'unknown-element' };
  const version = pack.versions.filter((v) => v.moduleId.toLowerCase() === label.moduleId).sort((a, b) => b.version - a.version)[0];
  if (!version) return { kind: 'module-not-in-pack' };
  const bimStepIndex = Math.max(0, version.content.steps.findIndex((s) => s.kind === 'bim'));
  return { kind: 'open', versionId: version.id, bimStepIndex, globalId: label.globalId, elementName: element.name ?? element.ifcClass, storey: element.storey };
}
