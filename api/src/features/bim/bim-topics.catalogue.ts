// The six demo training topics and the BIM rules that bind them to model elements. A stand-in: once modules carry
// their own `bim` step rules, the learning-modules feature supplies this list and this file goes away.
import type { BimRule } from '@fit/shared';

/** A text in the staff languages: recommendations are read by trainers and managers. */
export interface StaffText {
  fr: string;
  en: string;
}

export interface BimTopic {
  /** Slug of the training module. */
  moduleRef: string;
  /** The catalogue topic of the modules that teach it: "Find the module to assign" opens the catalogue on it. */
  topic: string;
  title: StaffText;
  /** Plural noun for the summary line: "84 windows". */
  noun: StaffText;
  rules: BimRule[];
  /**
   * Elements that must be present for the topic to apply at all (default: any of `rules`). Rooms are counted with
   * ventilation, but a model with rooms and no ventilation element does not call for ventilation training.
   */
  requires?: BimRule[];
}

const VENTILATION_ELEMENTS: BimRule[] = [{ ifcClass: 'IfcFlowTerminal' }, { ifcClass: 'IfcDuctSegment' }, { ifcClass: 'IfcDuctFitting' }];

export const DEMO_BIM_TOPICS: BimTopic[] = [
  {
    moduleRef: 'airtight-window-fitting',
    topic: 'airtightness',
    title: { fr: 'Pose étanche des fenêtres', en: 'Airtight window fitting' },
    noun: { fr: 'fenêtres', en: 'windows' },
    rules: [{ ifcClass: 'IfcWindow' }],
  },
  {
    moduleRef: 'etics-external-insulation',
    topic: 'external-insulation',
    title: { fr: 'Isolation thermique par l’extérieur (ITE)', en: 'External wall insulation (ETICS)' },
    noun: { fr: 'murs extérieurs', en: 'external walls' },
    rules: [{ ifcClass: 'IfcWall', properties: [{ name: 'IsExternal', op: 'eq', value: true }] }],
  },
  {
    moduleRef: 'roof-attic-insulation',
    topic: 'roof-insulation',
    title: { fr: 'Isolation des toitures et des combles', en: 'Roof and attic insulation' },
    noun: { fr: 'éléments de toiture', en: 'roof elements' },
    rules: [
      { ifcClass: 'IfcRoof' },
      { ifcClass: 'IfcSlab', predefinedType: 'ROOF' },
      { ifcClass: 'IfcCovering', predefinedType: 'INSULATION' },
    ],
  },
  {
    moduleRef: 'ventilation-mvhr',
    topic: 'ventilation',
    title: { fr: 'Pose d’une VMC double flux', en: 'Ventilation (MVHR) installation' },
    noun: { fr: 'bouches, conduits et pièces', en: 'terminals, ducts and rooms' },
    rules: [...VENTILATION_ELEMENTS, { ifcClass: 'IfcSpace' }],
    requires: VENTILATION_ELEMENTS,
  },
  {
    moduleRef: 'heat-pump-installation',
    topic: 'heat-pumps',
    title: { fr: 'Pose d’une pompe à chaleur', en: 'Heat pump installation' },
    noun: { fr: 'unités', en: 'units' },
    rules: [{ ifcClass: 'IfcUnitaryEquipment' }, { ifcClass: 'IfcEnergyConversionDevice' }],
  },
  {
    moduleRef: 'energy-labels-u-values',
    topic: 'energy-performance',
    title: { fr: 'Étiquettes énergie et coefficients U', en: 'Energy labels and U-values' },
    noun: { fr: 'éléments avec un coefficient U', en: 'elements with a U-value' },
    rules: [{ ifcClass: 'IfcElement', properties: [{ name: 'ThermalTransmittance', op: 'exists' }] }],
  },
];
