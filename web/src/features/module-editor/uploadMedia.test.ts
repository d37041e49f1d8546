// Behaviour of the upload checks: wrong types and oversize files are refused before any byte is sent.
import { describe, expect, it } from 'vitest';
import { checkFile } from './uploadMedia';

describe(checkFile.name, () => {
  it('accepts a PNG picture for an image step', () => {
    expect(checkFile({ type: 'image/png', size: 1000 }, 'image')).toBeUndefined();
  });

  it('refuses a PDF for an image step, naming the problem as a type', () => {
    expect(checkFile({ type: 'application/pdf', size: 1000 }, 'image')).toEqual({ code: 'type', kind: 'image' });
  });

  it('refuses a sound over 30 MB with the limit to show', () => {
    expect(checkFile({ type: 'audio/mpeg', size: 31 * 1024 * 1024 }, 'audio')).toEqual({ code: 'size', kind: 'audio', maxMb: 30 });
  });
});
