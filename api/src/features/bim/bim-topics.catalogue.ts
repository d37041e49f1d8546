// The six demo training topics and the BIM rules that bind them to model elements. A stand-in: once modules carry
// their own `bim` step rules, the learning-modules feature supplies this list and this file goes away.
import type { BimRule } from '@fit/shared';

export interface BimTopic {
  /** Slug of the training module. */
  moduleRef: string;
  title: string;
  /** Plural noun for the summary line: "84 windows". */
  noun: string;
  rules: BimRule[];
}

export const DEMO_BIM_TOPICS: BimTopic[] = [
  { moduleRef: 'airtight-window-fitting', title: 'Airtight window fitting', noun: 'windows', rules: [{ ifcClass: 'IfcWindow' }] },
  {
    moduleRef: 'etics-external-insulation',
    title: 'External wall insulation (ETICS)',
    noun: 'external walls',
    rules: [{ ifcClass: 'IfcWall', properties: [{ name: 'IsExternal', op: 'eq', value: true }] }],
  },
  {
    moduleRef: 'roof-attic-insulation',
    title: 'Roof and attic insulation',
    noun: 'roof elements',
    rules: [
      { ifcClass: 'IfcRoof' },
      { ifcClass: 'IfcSlab', predefinedType: 'ROOF' },
      { ifcClass: 'IfcCovering', predefinedType: 'INSULATION' },
    ],
  },
  {
    moduleRef: 'ventilation-mvhr',
    title: 'Ventilation (MVHR) installation',
    noun: 'terminals, ducts and rooms',
    rules: [{ ifcClass: 'IfcFlowTerminal' }, { ifcClass: 'IfcDuctSegment' }, { ifcClass: 'IfcDuctFitting' }, { ifcClass: 'IfcSpace' }],
  },
  {
    moduleRef: 'heat-pump-installation',
    title: 'Heat pump installation',
    noun: 'units',
    rules: [{ ifcClass: 'IfcUnitaryEquipment' }, { ifcClass: 'IfcEnergyConversionDevice' }],
  },
  {
    moduleRef: 'energy-labels-u-values',
    title: 'Energy labels and U-values',
    noun: 'elements with a U-value',
    rules: [{ ifcClass: 'IfcElement', properties: [{ name: 'ThermalTransmittance', op: 'exists' }] }],
  },
];
