// Draws the FIT app icon (SVG and PNGs) from one geometry, so the icons need no design tool to regenerate.
// Run with `node scripts/make-icons.mjs`; writes into public/.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const NAVY = [0x0b, 0x25, 0x45];
const HIVIS = [0xff, 0xc4, 0x00];
// "FIT" drawn with rectangles on a 512 grid, kept inside the maskable safe zone (a centred circle of radius 204).
const LETTERS = [
  [103, 171, 42, 170],
  [103, 171, 104, 42],
  [103, 236, 88, 38],
  [231, 171, 42, 170],
  [297, 171, 112, 42],
  [332, 171, 42, 170],
];
const CORNER = 96;

function svg() {
  const rects = LETTERS.map(([x, y, w, h]) => `<rect x="${x}" y="${y}" width="${w}" height="${h}"/>`).join(
    '',
  );
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">',
    '<title>FIT</title>',
    `<rect width="512" height="512" rx="${CORNER}" fill="#ffc400"/>`,
    `<g fill="#0b2545">${rects}</g>`,
    '</svg>',
    '',
  ].join('\n');
}

function insideRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), 512 - radius);
  const cy = Math.min(Math.max(y, radius), 512 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

// Returns [r, g, b, a] for one point of the 512 grid.
function sample(x, y, rounded) {
  if (rounded && !insideRoundedSquare(x, y, CORNER)) return [0, 0, 0, 0];
  const onLetter = LETTERS.some(([lx, ly, w, h]) => x >= lx && x < lx + w && y >= ly && y < ly + h);
  return [...(onLetter ? NAVY : HIVIS), 255];
}

function render(size, rounded) {
  const grid = 4; // 4×4 samples per pixel smooth the edges at sizes that are not multiples of 512
  const pixels = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    const row = py * (size * 4 + 1);
    pixels[row] = 0; // PNG filter type "none"
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < grid; sy++) {
        for (let sx = 0; sx < grid; sx++) {
          const s = sample(
            ((px + (sx + 0.5) / grid) * 512) / size,
            ((py + (sy + 0.5) / grid) * 512) / size,
            rounded,
          );
          for (let c = 0; c < 3; c++) sum[c] += s[c] * s[3];
          sum[3] += s[3];
        }
      }
      const offset = row + 1 + px * 4;
      for (let c = 0; c < 3; c++) pixels[offset + c] = sum[3] ? Math.round(sum[c] / sum[3]) : 0;
      pixels[offset + 3] = Math.round(sum[3] / (grid * grid));
    }
  }
  return png(size, pixels);
}

function png(size, raw) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

const out = new URL('../public/', import.meta.url);
writeFileSync(new URL('icon.svg', out), svg());
writeFileSync(new URL('icon-192.png', out), render(192, true));
writeFileSync(new URL('icon-512.png', out), render(512, true));
// Maskable and Apple icons are full-bleed: the platform cuts its own shape out of them.
writeFileSync(new URL('icon-maskable-512.png', out), render(512, false));
writeFileSync(new URL('apple-touch-icon.png', out), render(180, false));
