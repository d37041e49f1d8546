// Sizes as people read them on a tablet: "850 kB", "12.4 MB" (localised: "12,4 Mo").
export function formatBytes(bytes: number, lang: string): string {
  const [unit, value] = bytes >= 1_000_000 ? (['megabyte', bytes / 1_000_000] as const) : (['kilobyte', Math.max(1, bytes / 1000)] as const);
  return new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: unit === 'megabyte' ? 1 : 0 }).format(value);
}
