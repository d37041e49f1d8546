import { describe, expect, it } from 'vitest';
import { elementLabelPayload, parseElementLabel } from './element-label.js';

const label = { siteId: '0b7c1f52-3d1e-4b7a-9f20-4a8e1c7d2b01', moduleId: '1c7c1f52-3d1e-4b7a-9f20-4a8e1c7d2b02', globalId: '0B1RwEzzP3CfME5NR$Vqh5' };

describe('element QR labels', () => {
  it('reads back what it writes', () => {
    expect(parseElementLabel(elementLabelPayload(label))).toEqual(label);
    expect(parseElementLabel(`  ${elementLabelPayload(label)}\n`)).toEqual(label);
  });

  it('ignores badges, URLs and damaged reads', () => {
    expect(parseElementLabel('fit:badge:ABC')).toBeNull();
    expect(parseElementLabel('https://example.org')).toBeNull();
    expect(parseElementLabel(elementLabelPayload(label).slice(0, -3))).toBeNull();
    expect(parseElementLabel(`${elementLabelPayload(label)}:extra`)).toBeNull();
    expect(parseElementLabel(null)).toBeNull();
  });
});
