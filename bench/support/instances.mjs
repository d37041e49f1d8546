// FIT processes for the load run (started, SIGKILLed, started again) and Caddy in front of them.
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function waitForHealth(url, child, seconds = 120) {
  for (let i = 0; i < seconds * 4; i++) {
    if (child && child.exitCode !== null) throw new Error(`the process behind ${url} exited during start-up`);
    try {
      if ((await fetch(`${url}/health`, { signal: AbortSignal.timeout(2000) })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not become healthy in ${seconds} s`);
}

/** One FIT process on loopback; `kill()` is SIGKILL (no goodbye), `start()` brings it back on the same port. */
export async function fitInstance(root, { databaseUrl, databaseOwnerUrl, dataDir, jwtSecret, seed }) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child;
  const instance = {
    url,
    port,
    async start() {
      child = spawn(process.execPath, ['api/dist/main.js'], {
        cwd: root,
        env: {
          ...process.env,
          NODE_ENV: 'production',
          HOST: '127.0.0.1',
          PORT: String(port),
          DATABASE_URL: databaseUrl,
          ...(databaseOwnerUrl ? { DATABASE_OWNER_URL: databaseOwnerUrl } : {}),
          FIT_DATA_DIR: dataDir,
          JWT_SECRET: jwtSecret,
          FIT_SEED_DEMO: String(seed),
          LOG_LEVEL: 'error',
        },
        // Errors only (LOG_LEVEL=error), kept for a look after the run when LOAD_LOG_DIR is set.
        stdio: ['ignore', process.env.LOAD_LOG_DIR ? openSync(join(process.env.LOAD_LOG_DIR, `fit-${port}.log`), 'a') : 'ignore', 'inherit'],
      });
      await waitForHealth(url, child);
    },
    kill() {
      child.kill('SIGKILL');
      return new Promise((r) => (child.exitCode !== null || child.signalCode ? r() : child.once('exit', r)));
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode) return;
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
  await instance.start();
  return instance;
}

/** Caddy from Debian on loopback, running the repository's production Caddyfile with local addresses. */
export async function caddyProxy(root, upstreams) {
  const port = await freePort();
  const home = mkdtempSync(join(tmpdir(), 'fit-load-caddy-'));
  const child = spawn('caddy', ['run', '--config', join(root, 'deploy/caddy/Caddyfile.instances'), '--adapter', 'caddyfile'], {
    env: {
      ...process.env,
      FIT_SITE_ADDRESS: `http://127.0.0.1:${port}`,
      FIT_UPSTREAMS: upstreams.map((u) => u.replace(/^http:\/\//, '')).join(' '),
      FIT_CADDY_ADMIN: 'off',
      XDG_DATA_HOME: home,
      XDG_CONFIG_HOME: home,
    },
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, 30);
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
      rmSync(home, { recursive: true, force: true });
    },
  };
}
