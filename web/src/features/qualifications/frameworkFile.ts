// Which kind of framework file the admin chose (JSON or the one-CSV layout of docs/framework-csv.md), and saving an
// export as a file.

export type FrameworkFileKind = 'json' | 'csv';

/** By the extension first; without a telling one, by the content (a JSON file opens with `{`). */
export function frameworkFileKind(name: string, text: string): FrameworkFileKind {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.json')) return 'json';
  return text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith('{')
    ? 'json'
    : 'csv';
}

/** Offers text as a download under a file name (the browser saves it; nothing leaves the device). */
export function saveText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
