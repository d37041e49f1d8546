import { describe, expect, it } from '@jest/globals';
import { scanProperties } from './ifc-text-scan.js';

const scan = (text: string, names = ['IsExternal']) => scanProperties(new Uint8Array(Buffer.from(text, 'latin1')), new Set(names));

describe(scanProperties.name, () => {
  it('reads property sets, their properties and the relationships that attach them', () => {
    const found = scan(`#10=IFCPROPERTYSET('g1',#1,'Pset_WallCommon',$,(#11,#12));
#11=IFCPROPERTYSINGLEVALUE('IsExternal',$,IFCBOOLEAN(.T.),$);
#12=IFCPROPERTYSINGLEVALUE('Reference',$,IFCLABEL('x'),$);
#13=IFCPROPERTYSET('g2',#1,'PSet_Revit_Other',$,(#12));
#20= IFCRELDEFINESBYPROPERTIES('g3',#1,$,$,(#30,#31),#10);
#21=IFCRELASSOCIATESMATERIAL('g4',#1,$,$,(#30),#40);
#22=IFCELEMENTQUANTITY('g5',#1,'Qto',$,$,(#41));`);
    expect(found.psets.get(10)).toEqual({ common: true, props: [11, 12] });
    expect(found.psets.get(13)).toEqual({ common: false, props: null });
    expect([...found.otherProps]).toEqual([12]);
    expect(found.rels.get(20)).toEqual({ related: [30, 31], definition: 10 });
    expect(found.materialRels.get(21)).toEqual({ related: [30], definition: 40 });
    expect(found.psets.get(22)).toEqual({ common: false, props: null });
  });

  it("is not fooled by quotes, semicolons or keywords inside strings, and spreads over line breaks", () => {
    const found = scan(`#5=IFCLABEL('#6=IFCPROPERTYSET(');
#20=IFCRELDEFINESBYPROPERTIES('g''3',#1,'a;b)',$,
  (#30),
  #10);
#10=IFCPROPERTYSET('g1',#1,'Pset_Wall''Common',$,(#11));`);
    expect(found.psets.has(6)).toBe(false);
    expect(found.rels.get(20)).toEqual({ related: [30], definition: 10 });
    expect(found.psets.get(10)).toEqual({ common: false, props: null });
  });

  it('leaves to web-ifc what it cannot read', () => {
    const found = scan(`#10=IFCPROPERTYSET(garbage);\n#20=IFCRELDEFINESBYPROPERTIES('g',#1,$,$,#30,#10);`);
    expect(found.psets.size).toBe(0);
    expect(found.rels.size).toBe(0);
  });

  it('reads the values of indexed properties as web-ifc gives them, and leaves escaped strings to it', () => {
    const found = scan(
      `#1=IFCPROPERTYSINGLEVALUE('IsExternal',$,IFCBOOLEAN(.T.),$);
#2=IFCPROPERTYSINGLEVALUE('ThermalTransmittance',$,IFCTHERMALTRANSMITTANCEMEASURE( 1.E-01 ),$);
#3=IFCPROPERTYSINGLEVALUE('FireRating','desc',IFCLABEL('REI ''60'''),$);
#4=IFCPROPERTYSINGLEVALUE('FireRating',$,IFCLABEL('\\X2\\00E9\\X0\\'),$);
#5=IFCPROPERTYSINGLEVALUE('LoadBearing',$,$,$);
#6=IFCPROPERTYSINGLEVALUE('IsExternal',$,IFCBOOLEAN(T),$);`,
      ['IsExternal', 'ThermalTransmittance', 'FireRating', 'LoadBearing'],
    );
    expect(found.values.get(1)).toEqual({ name: 'IsExternal', value: 'T' });
    expect(found.values.get(2)).toEqual({ name: 'ThermalTransmittance', value: 0.1 });
    expect(found.values.get(3)).toEqual({ name: 'FireRating', value: "REI '60'" });
    expect(found.values.has(4)).toBe(false);
    expect(found.values.get(5)).toEqual({ name: 'LoadBearing', value: null });
    expect(found.values.has(6)).toBe(false);
  });
});
