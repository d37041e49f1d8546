import { elementLabelPayload, type ModuleContent } from '@fit/shared';
import { describe, expect, it } from 'vitest';
import { resolveLabel, type PackView } from './resolveLabel';

const SITE = '0b7c1f52-3d1e-4b7a-9f20-4a8e1c7d2b01';
const MODULE = '1c7c1f52-3d1e-4b7a-9f20-4a8e1c7d2b02';
const WINDOW = '0B1RwEzzP3CfME5NR$Vqh5';
const content = (steps: string[]) => ({ steps: steps.map((kind, i) => ({ id: `s${i}`, kind })) }) as unknown as ModuleContent;

const pack: PackView = {
  siteId: SITE,
  versions: [
    { id: 'v1', moduleId: MODULE, version: 1, content: content(['text', 'bim']) },
    { id: 'v2', moduleId: MODULE, version: 2, content: content(['text', 'quiz', 'bim']) },
  ],
  elements: new Map([[WINDOW, { name: 'EG-Fenster-7', storey: 'Erdgeschoss', ifcClass: 'IfcWindow' }]]),
};

describe('a scanned element label on the tablet', () => {
  it("opens the pack's latest version of the module at its BIM step, naming the element", () => {
    expect(resolveLabel(elementLabelPayload({ siteId: SITE, moduleId: MODULE, globalId: WINDOW }), pack)).toEqual({
      kind: 'open',
      versionId: 'v2',
      bimStepIndex: 2,
      globalId: WINDOW,
      elementName: 'EG-Fenster-7',
      storey: 'Erdgeschoss',
    });
  });

  it("says when the label is another site's, its element unknown, or its module not in the pack", () => {
    expect(resolveLabel(elementLabelPayload({ siteId: '9b7c1f52-3d1e-4b7a-9f20-4a8e1c7d2b01', moduleId: MODULE, globalId: WINDOW }), pack).kind).toBe('other-site');
    expect(resolveLabel(elementLabelPayload({ siteId: SITE, moduleId: MODULE, globalId: '3vB2YO$MX4xv5uCqZZG05x' }), pack).kind).toBe('unknown-element');
    expect(resolveLabel(elementLabelPayload({ siteId: SITE, moduleId: MODULE, globalId: WINDOW }), { ...pack, elements: null }).kind).toBe('unknown-element');
    expect(resolveLabel(elementLabelPayload({ siteId: SITE, moduleId: '2c7c1f52-3d1e-4b7a-9f20-4a8e1c7d2b02', globalId: WINDOW }), pack).kind).toBe('module-not-in-pack');
    expect(resolveLabel('fit:badge:ABCDEF', pack).kind).toBe('not-a-label');
  });
});
