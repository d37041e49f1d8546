// Telling a JSON framework file from a CSV one.
import { describe, expect, it } from 'vitest';
import { frameworkFileKind } from './frameworkFile';

describe('framework file kind', () => {
  it('goes by the extension, whatever the case', () => {
    expect(frameworkFileKind('framework.CSV', '{')).toBe('csv');
    expect(frameworkFileKind('framework.json', 'table,code')).toBe('json');
  });

  it('without a telling extension, goes by the content', () => {
    expect(frameworkFileKind('export.txt', '\uFEFF  {"framework": {}}')).toBe('json');
    expect(frameworkFileKind('export', 'table,code,title_en\nframework,x,X')).toBe('csv');
  });
});
