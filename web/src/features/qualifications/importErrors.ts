// The per-row problems the server lists when it refuses a framework file (extensions.errors: [{ path, message }]).
export interface ImportProblem {
  path: string;
  message: string;
}

export function importErrors(details: Record<string, unknown>): ImportProblem[] {
  const list = details.errors;
  if (!Array.isArray(list)) return [];
  return list
    .filter((e): e is { path: unknown; message: unknown } => typeof e === 'object' && e !== null)
    .map((e) => ({ path: typeof e.path === 'string' ? e.path : '', message: typeof e.message === 'string' ? e.message : '' }))
    .filter((e) => e.message);
}
