// The build's compressed copies go to clients that accept them, with the original's type and a Vary header; others
// get the file as it is.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import express from 'express';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { precompressed } from './precompressed.js';

const SCRIPT = 'console.log("fit");\n'.repeat(200);
let dir: string;
let server: Server;
let base: string;

function get(path: string, acceptEncoding?: string): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(`${base}${path}`, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fit-precompressed-'));
  writeFileSync(join(dir, 'app.js'), SCRIPT);
  writeFileSync(join(dir, 'app.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(dir, 'app.js.gz'), gzipSync(SCRIPT));
  writeFileSync(join(dir, 'small.txt'), 'tiny');
  const app = express();
  const compressed = precompressed(dir);
  app.use(compressed.middleware);
  app.use(express.static(dir));
  app.get('/shell', (req, res) => res.sendFile(compressed.variant(req, res, join(dir, 'app.js'))));
  server = app.listen(0);
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('precompressed static files', () => {
  it('sends the brotli copy to a browser that accepts brotli, typed as the original', async () => {
    const res = await get('/app.js', 'gzip, deflate, br');
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers.vary).toMatch(/Accept-Encoding/);
    expect(res.body.length).toBeLessThan(SCRIPT.length / 10);
  });

  it('sends the gzip copy when brotli is not accepted, and the file itself when nothing is', async () => {
    const gz = await get('/app.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);
    const plain = await get('/app.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/Accept-Encoding/);
    expect(plain.body.toString()).toBe(SCRIPT);
  });

  it('leaves files without copies alone, and picks the copy for files sent by path (the app shell)', async () => {
    const small = await get('/small.txt', 'br');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body.toString()).toBe('tiny');
    const shell = await get('/shell', 'br');
    expect(shell.headers['content-encoding']).toBe('br');
    expect(shell.headers['content-type']).toMatch(/javascript/);
  });
});
