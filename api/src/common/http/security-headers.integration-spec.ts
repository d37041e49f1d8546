import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { request as httpRequest } from 'node:http';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';

/** GET / with the headers given (fetch may not set Host): status and the two HTTPS-only headers. */
function get(url: string, headers: Record<string, string> = {}): Promise<{ hsts?: string; csp: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${url}/health`, { headers }, (res) => {
      res.resume();
      res.on('end', () =>
        resolve({ hsts: res.headers['strict-transport-security'] as string | undefined, csp: String(res.headers['content-security-policy'] ?? '') }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('HTTPS-only security headers follow how the request arrived', () => {
  let plain: TestApp;
  let untrusting: TestApp;
  let publicHttps: TestApp;
  beforeAll(async () => {
    plain = await startTestApp({ seed: false });
    untrusting = await startTestApp({ seed: false, config: { trustProxy: false } });
    publicHttps = await startTestApp({ seed: false, config: { publicUrl: 'https://fit.example.org' } });
  });
  afterAll(async () => {
    await Promise.all([plain?.close(), untrusting?.close(), publicHttps?.close()]);
  });

  it('over plain HTTP by a LAN name: no HSTS, no upgrade-insecure-requests (the page must load over http)', async () => {
    const res = await get(plain.url, { host: 'fit.site.lan:3000' });
    expect(res.hsts).toBeUndefined();
    expect(res.csp).toContain("default-src 'self'");
    expect(res.csp).not.toContain('upgrade-insecure-requests');
  });

  it('behind a trusted proxy (loopback by default) that says https: both are sent', async () => {
    const res = await get(plain.url, { 'x-forwarded-proto': 'https', host: 'fit.site.lan' });
    expect(res.hsts).toMatch(/max-age=\d+/);
    expect(res.csp).toContain('upgrade-insecure-requests');
  });

  it('with FIT_TRUST_PROXY=false a forwarded "https" is not believed', async () => {
    const res = await get(untrusting.url, { 'x-forwarded-proto': 'https' });
    expect(res.hsts).toBeUndefined();
    expect(res.csp).not.toContain('upgrade-insecure-requests');
  });

  it('with an https PUBLIC_URL: sent for its host name, not for the server address on the site Wi-Fi', async () => {
    expect((await get(publicHttps.url, { host: 'fit.example.org' })).hsts).toMatch(/max-age/);
    const lan = await get(publicHttps.url, { host: '192.168.1.20:3000' });
    expect(lan.hsts).toBeUndefined();
    expect(lan.csp).not.toContain('upgrade-insecure-requests');
  });
});
