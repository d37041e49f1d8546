// The site's network in a test: a browser that resolves the LAN name fit.site.lan to this machine (traffic stays on
// loopback), and Caddy from the repo's deploy/caddy/Caddyfile in front of the e2e server with its internal CA.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { connect } from 'node:tls';
import { chromium, type Browser } from '@playwright/test';

export const SITE_HOST = 'fit.site.lan';
const repoRoot = resolve(import.meta.dirname, '../..');

/** Debian's Chromium with the LAN name mapped to 127.0.0.1, plus any flags given. */
export function siteBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', `--host-resolver-rules=MAP ${SITE_HOST} 127.0.0.1`, ...extraArgs],
  });
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

export interface RunningCaddy {
  origin: string;
  /** base64 SHA-256 of the served certificate's public key, for Chromium's --ignore-certificate-errors-spki-list. */
  spki: string;
  /** The certificate chain as the browser sees it: subject, issuer. */
  issuer: string;
  stop(): Promise<void>;
}

/** Runs `caddy run` with the repo's Caddyfile on loopback ports, proxying to `upstream` (host:port). */
export async function startCaddy(upstream: string): Promise<RunningCaddy> {
  const [httpsPort, httpPort] = [await freePort(), await freePort()];
  const home = mkdtempSync(join(tmpdir(), 'fit-caddy-'));
  const caddy: ChildProcess = spawn('caddy', ['run', '--config', join(repoRoot, 'deploy/caddy/Caddyfile'), '--adapter', 'caddyfile'], {
    env: {
      ...process.env,
      HOME: home,
      XDG_DATA_HOME: join(home, 'data'),
      XDG_CONFIG_HOME: join(home, 'config'),
      FIT_SITE_ADDRESS: SITE_HOST,
      FIT_TLS: 'internal',
      FIT_UPSTREAM: upstream,
      FIT_BIND: '127.0.0.1',
      FIT_HTTPS_PORT: String(httpsPort),
      FIT_HTTP_PORT: String(httpPort),
      FIT_CADDY_ADMIN: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  caddy.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  caddy.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const stop = async () => {
    if (caddy.exitCode === null) {
      await new Promise<void>((done) => {
        caddy.once('exit', () => done());
        caddy.kill('SIGTERM');
      });
    }
    rmSync(home, { recursive: true, force: true });
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (caddy.exitCode !== null) break;
    const cert = await peerCertificate(httpsPort).catch(() => null);
    if (cert) return { origin: `https://${SITE_HOST}:${httpsPort}`, ...cert, stop };
    await new Promise((r) => setTimeout(r, 300));
  }
  await stop();
  throw new Error(`Caddy did not serve HTTPS on ${httpsPort} (is Debian's caddy installed? apt-get install -y caddy):\n${log}`);
}

function peerCertificate(port: number): Promise<{ spki: string; issuer: string }> {
  return new Promise((done, fail) => {
    const socket = connect({ host: '127.0.0.1', port, servername: SITE_HOST, rejectUnauthorized: false }, () => {
      const cert = socket.getPeerCertificate();
      socket.end();
      if (!cert?.raw) return fail(new Error('no certificate'));
      // Node's `pubkey` is the bare EC point for Caddy's ECDSA keys; Chromium hashes the SubjectPublicKeyInfo.
      const spki = new X509Certificate(cert.raw).publicKey.export({ type: 'spki', format: 'der' });
      done({ spki: createHash('sha256').update(spki).digest('base64'), issuer: String(cert.issuer?.CN ?? '') });
    });
    socket.once('error', fail);
  });
}
