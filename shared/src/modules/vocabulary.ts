// The trades and topics modules are filed under: codes in the data, words on screen (each app names them in its
// locale files). A module may still use a code outside these lists; screens then show the code itself.

export const MODULE_TRADES = [
  'insulation',
  'roofing',
  'plastering',
  'hvac',
  'plumbing',
  'ventilation',
  'joinery',
  'carpentry',
  'electrical',
  'masonry',
  'general',
] as const;
export type ModuleTrade = (typeof MODULE_TRADES)[number];

export const MODULE_TOPICS = [
  'airtightness',
  'external-insulation',
  'roof-insulation',
  'internal-insulation',
  'ventilation',
  'heat-pumps',
  'energy-performance',
  'windows',
] as const;
export type ModuleTopic = (typeof MODULE_TOPICS)[number];
