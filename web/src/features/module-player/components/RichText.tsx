// Renders the module text subset (paragraphs, "- " lists, **bold**) as React elements, never as raw HTML.
import type { ReactNode } from 'react';

export function RichText({ source }: { source: string }) {
  const blocks = source.replace(/\r\n/g, '\n').split(/\n{2,}/);
  return (
    <>
      {blocks.map((block, i) => {
        const lines = block.split('\n').filter((line) => line.trim());
        if (lines.length > 0 && lines.every((line) => /^\s*[-*] /.test(line))) {
          return (
            <ul key={i}>
              {lines.map((line, j) => (
                <li key={j}>{inline(line.replace(/^\s*[-*] /, ''))}</li>
              ))}
            </ul>
          );
        }
        return <span className="rich-paragraph" key={i}>{inline(lines.join(' '))}</span>;
      })}
    </>
  );
}

function inline(text: string): ReactNode[] {
  return text.split(/(\*\*[^*]+\*\*)/).map((part, i) =>
    part.startsWith('**') && part.endsWith('**') && part.length > 4 ? <strong key={i}>{part.slice(2, -2)}</strong> : part,
  );
}

/** The words to read aloud: the same text without the formatting marks. */
export function plainText(source: string): string {
  return source.replace(/\*\*/g, '').replace(/^\s*[-*] /gm, '');
}
