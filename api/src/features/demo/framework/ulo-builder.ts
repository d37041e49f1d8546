// A compact way to write the demo framework's ULOs in the framework file shape (see qualifications/framework-file.ts).
export const ESCO = {
  airtight: 'http://data.europa.eu/esco/skill/589f0d24-0846-4971-bc6c-a42bb274f69a',
  epb: 'http://data.europa.eu/esco/skill/4e09e2d2-e317-47d2-bf5e-1d6c66be3efc',
  insulationStrips: 'http://data.europa.eu/esco/skill/be973dc1-6aa9-4aed-954c-644affe78639',
  insulationTypes: 'http://data.europa.eu/esco/skill/0d0fe364-462d-48dd-b54b-e972e2bdecb1',
  sustainableMaterials: 'http://data.europa.eu/esco/skill/dada8e80-2a53-41bf-9eac-f8c1f9971bed',
  envelope: 'http://data.europa.eu/esco/skill/63f9a5bc-f070-46a6-bea7-c6b9e9dbacc3',
  windows: 'http://data.europa.eu/esco/skill/9b5aa426-7daa-4143-8d70-c3623e8c7e60',
  ventilationAdvice: 'http://data.europa.eu/esco/skill/1de91358-6ad3-4513-b975-396c61cf8858',
  indoorQuality: 'http://data.europa.eu/esco/skill/e9e57db9-a6ef-4e44-a33c-a022d7c4a17f',
  heatPumpTypes: 'http://data.europa.eu/esco/skill/59998878-fa14-458a-9085-06b45e89df1b',
  installHeatPump: 'http://data.europa.eu/esco/skill/00735755-adc6-4ea0-b034-b8caff339c9f',
  refrigerantTightness: 'http://data.europa.eu/esco/skill/bce60ecd-ceee-4dbd-b619-70c9789ec634',
  heatDistribution: 'http://data.europa.eu/esco/skill/debd4fe7-58c9-499e-8a7e-b42984afe728',
  energySaving: 'http://data.europa.eu/esco/skill/ecd368bc-6383-4a03-9b61-46e0a94750f7',
  healthSafety: 'http://data.europa.eu/esco/skill/86df7af2-f9f3-4c06-a500-7f1fba9e78fe',
  energyAudit: 'http://data.europa.eu/esco/skill/0ad6d5e8-593f-4191-843c-439b23a468ca',
  retrofit: 'http://data.europa.eu/esco/skill/44d5340c-45df-4478-9e55-2363342a7324',
} as const;

export interface DemoUlo {
  id: string;
  title: string;
  titleFr: string;
  topic: string;
  eqfLevel: 2 | 3 | 4 | 5;
  creditPoints?: number;
  escoSkills?: { uri: string }[];
  knowledge: string[];
  skills: string[];
  responsibilityAutonomy: string[];
}

export function ulo(
  id: string,
  [title, titleFr]: [string, string],
  topic: string,
  eqfLevel: DemoUlo['eqfLevel'],
  outcomes: { k: string[]; s: string[]; a: string[] },
  extra: { credits?: number; esco?: (keyof typeof ESCO)[] } = {},
): DemoUlo {
  return {
    id,
    title,
    titleFr,
    topic,
    eqfLevel,
    ...(extra.credits != null ? { creditPoints: extra.credits } : {}),
    ...(extra.esco ? { escoSkills: extra.esco.map((k) => ({ uri: ESCO[k] })) } : {}),
    knowledge: outcomes.k,
    skills: outcomes.s,
    responsibilityAutonomy: outcomes.a,
  };
}
