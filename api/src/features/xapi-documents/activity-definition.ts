// Builds one Activity definition out of the definitions statements gave it over time: later statements win,
// language maps are merged language by language (xAPI 2.0: the LRS may update its canonical definition).
export type ActivityDefinition = Record<string, unknown>;

const LANGUAGE_MAPS = new Set(['name', 'description']);

export function mergeDefinitions(definitions: ActivityDefinition[]): ActivityDefinition | undefined {
  if (definitions.length === 0) return undefined;
  const merged: ActivityDefinition = {};
  for (const definition of definitions) {
    if (typeof definition !== 'object' || definition === null) continue;
    for (const [key, value] of Object.entries(definition)) {
      const before = merged[key];
      merged[key] = LANGUAGE_MAPS.has(key) && isMap(before) && isMap(value) ? { ...before, ...value } : value;
    }
  }
  return merged;
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
