import { describe, expect, it } from '@jest/globals';
import { csvToFrameworkObject } from './framework-csv.js';

describe(csvToFrameworkObject.name, () => {
  it('reports a quoted cell that is never closed, with the line where it opens', () => {
    const csv = ['table,code,title_fr', 'framework,FW,Référentiel', 'ulo,U1,"Isolation des murs', 'ulo,U2,Fenêtres', 'bogus,U3,Ventilation'].join('\n');
    const { errors } = csvToFrameworkObject(csv);
    expect(errors).toContainEqual({ path: 'row 3', message: expect.stringMatching(/quote .* opened on line 3 is never closed/) });
  });

  it('reads quoted cells with commas, doubled quotes and line breaks', () => {
    const csv = 'table,code,title_fr\nframework,FW,"Référentiel, ""rénovation""\nénergétique"\n';
    expect(csvToFrameworkObject(csv).errors.filter((e) => /quote/.test(e.message))).toEqual([]);
  });
});
