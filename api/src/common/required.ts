// With noUncheckedIndexedAccess an index or a lookup may be missing. Where absence can only be a bug (a row the
// same transaction just wrote, a regex group that always matches), this says so with a clear error instead of `!`.
export function required<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`Expected ${what}, found none`);
  return value;
}
