import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './config.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe(loadConfig.name, () => {
  it('runs with no variables at all: port 3000 and the embedded database', () => {
    const sut = loadConfig({});
    expect(sut.port).toBe(3000);
    expect(sut.databaseUrl).toBeUndefined();
    expect(sut.dataDir).toBe('.data');
    expect(sut.maxIfcBytes).toBe(250 * 1024 * 1024);
  });

  it('reads the IFC upload cap in megabytes and names FIT_MAX_IFC_MB when it is wrong', () => {
    expect(loadConfig({ FIT_MAX_IFC_MB: '10' }).maxIfcBytes).toBe(10 * 1024 * 1024);
    expect(problemsOf({ FIT_MAX_IFC_MB: '-1' }).join()).toMatch(/^FIT_MAX_IFC_MB /);
  });

  it('names PORT when it is not a number', () => {
    expect(problemsOf({ PORT: 'abc' }).join()).toMatch(/^PORT /);
  });

  it('names PORT when it is out of range', () => {
    expect(problemsOf({ PORT: '70000' }).join()).toMatch(/PORT must be between 0 and 65535/);
  });

  it('names DATABASE_URL when it is not a PostgreSQL URL', () => {
    expect(problemsOf({ DATABASE_URL: 'mysql://db/fit' }).join()).toMatch(/DATABASE_URL must be a postgres/);
  });

  it('names JWT_SECRET when it is too short to be safe', () => {
    expect(problemsOf({ JWT_SECRET: 'short' }).join()).toMatch(/JWT_SECRET must be at least 32/);
  });

  it('names SMTP_URL when it is not an SMTP URL', () => {
    expect(problemsOf({ SMTP_URL: 'http://mail.example.org' }).join()).toMatch(/^SMTP_URL must be an smtp/);
  });

  it('accepts an smtps:// SMTP_URL', () => {
    expect(loadConfig({ SMTP_URL: 'smtps://u:p@mail.example.org:465' }).smtpUrl).toBe('smtps://u:p@mail.example.org:465');
  });

  it('requires JWT_SECRET in production with an external database', () => {
    expect(problemsOf({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/fit' }).join()).toMatch(/JWT_SECRET is required/);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).port).toBe(3000);
  });

  it('reads the demo seed flag in its usual spellings', () => {
    expect(loadConfig({ FIT_SEED_DEMO: 'true' }).seedDemo).toBe(true);
    expect(loadConfig({ FIT_SEED_DEMO: '0' }).seedDemo).toBe(false);
    expect(problemsOf({ FIT_SEED_DEMO: 'maybe' }).join()).toMatch(/FIT_SEED_DEMO/);
  });

  it('reads FIT_TRUST_PROXY as Express does: loopback by default, true/false, a hop count or addresses and CIDRs', () => {
    expect(loadConfig({}).trustProxy).toEqual(['loopback']);
    expect(loadConfig({ FIT_TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ FIT_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ FIT_TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ FIT_TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::/8, 172.18.0.5' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
      'fd00::/8',
      '172.18.0.5',
    ]);
    expect(problemsOf({ FIT_TRUST_PROXY: 'caddy' }).join()).toMatch(/^FIT_TRUST_PROXY .*caddy/);
    expect(problemsOf({ FIT_TRUST_PROXY: '10.0.0.0/40' }).join()).toMatch(/^FIT_TRUST_PROXY /);
  });

  it("keeps CMI5_CONTENT_ORIGIN as an origin, and refuses it when it is FIT's own origin (no isolation left)", () => {
    expect(loadConfig({ PUBLIC_URL: 'https://fit.example.org', CMI5_CONTENT_ORIGIN: 'https://content.fit.example.org/' }).cmi5ContentOrigin).toBe('https://content.fit.example.org');
    expect(loadConfig({ PORT: '3000', CMI5_CONTENT_ORIGIN: 'http://localhost:3001' }).cmi5ContentOrigin).toBe('http://localhost:3001');
    expect(problemsOf({ PUBLIC_URL: 'https://fit.example.org', CMI5_CONTENT_ORIGIN: 'https://fit.example.org/content' }).join()).toMatch(/^CMI5_CONTENT_ORIGIN must be another origin than PUBLIC_URL/);
    expect(problemsOf({ PORT: '3000', CMI5_CONTENT_ORIGIN: 'http://localhost:3000' }).join()).toMatch(/^CMI5_CONTENT_ORIGIN /);
  });
});
