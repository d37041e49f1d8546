// A search as people type it: every word must be somewhere in the text, whatever the accents and the case, so
// "etancheite fenetre" finds "Étanchéité … fenêtres".

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function matchesSearch(text: string, search: string): boolean {
  const words = fold(search).split(/\s+/).filter(Boolean);
  const folded = fold(text);
  return words.every((w) => folded.includes(w));
}
