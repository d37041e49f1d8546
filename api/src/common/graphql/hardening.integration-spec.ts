import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { DEFAULT_QUERY_LIMITS } from './query-limits.js';

describe('GraphQL hardening (through /graphql)', () => {
  let sut: TestApp;
  let token: string;

  beforeAll(async () => {
    sut = await startTestApp();
    token = await sut.login('manager@fit.demo');
  });
  afterAll(() => sut.close());

  const post = (body: string, headers: Record<string, string> = {}, timeoutMs = 30_000) =>
    fetch(`${sut.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });

  it('refuses a query nested deeper than the depth limit with QUERY_TOO_DEEP, before running it', async () => {
    // Today's schema has no cycles deeper than 4, so this app runs with a depth limit of 3 to prove the wiring.
    const shallow = await startTestApp({ config: { queryLimits: { ...DEFAULT_QUERY_LIMITS, maxDepth: 3 } } });
    try {
      const manager = await shallow.login('manager@fit.demo');
      expect((await shallow.gql('{ me { organisation { id } } }', {}, manager)).errors).toBeUndefined();
      const result = await shallow.gql('{ me { memberships { organisation { id } } } }', {}, manager);
      expect(result.status).toBe(400);
      expect(result.data).toBeUndefined();
      expect(result.errors?.[0]).toMatchObject({
        message: 'The query is nested 4 levels deep; the limit is 3.',
        extensions: { code: 'QUERY_TOO_DEEP' },
      });
    } finally {
      await shallow.close();
    }
  });

  it('refuses a query too costly with QUERY_TOO_COMPLEX', async () => {
    // teams → members counts 10 × 10 by default; sixty copies through fragments blow the budget without aliases.
    const fields = Array.from({ length: 60 }, (_, i) => `...F${i}`).join(' ');
    const fragments = Array.from({ length: 60 }, (_, i) => `fragment F${i} on Team { members { id displayName trade language email hasPin } }`).join('\n');
    const result = await sut.gql(`{ teams { ${fields} } }\n${fragments}`, {}, token);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses more than 30 aliases with TOO_MANY_ALIASES (e.g. guessing PINs in one request)', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: me { id }`).join(' ');
    const result = await sut.gql(`{ ${aliases} }`, {}, token);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'TOO_MANY_ALIASES' }, message: expect.stringMatching(/31 aliases; the limit is 30/) });
  });

  it('refuses a batched (array) request with BATCH_NOT_ALLOWED', async () => {
    const res = await post(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ errors: [{ message: expect.stringMatching(/one GraphQL operation per request/), extensions: { code: 'BATCH_NOT_ALLOWED' } }] });
  });

  it('refuses a body over 1 MB with a clear 413', async () => {
    const res = await post(JSON.stringify({ query: `{ __typename } # ${'x'.repeat(1_100_000)}` }));
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ errors: [{ message: 'The request is larger than 1MB.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('refuses a body that is not JSON with a clear 400', async () => {
    const res = await post('{ not json');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('answers a chain of fragments each spread twice at once (anonymous), and keeps serving /health meanwhile', async () => {
    const chain = Array.from({ length: 40 }, (_, i) => `fragment F${i} on Query { __typename ...F${i + 1} ...F${i + 1} }`).join(' ');
    const bomb = post(JSON.stringify({ query: `query { ...F0 } ${chain} fragment F40 on Query { __typename }` }), {}, 5_000);
    const health = fetch(`${sut.url}/health`, { signal: AbortSignal.timeout(5_000) });
    const [res, healthRes] = await Promise.all([bomb, health]);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(healthRes.status).toBe(200);
  });

  it('refuses a query of more than 3,000 tokens before parsing it further', async () => {
    const fields = Array.from({ length: 3_100 }, () => '__typename').join(' ');
    const res = await post(JSON.stringify({ query: `{ ${fields} }` }));
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toMatch(/Document contains more that 3000 tokens/);
  });

  it('turns introspection and field suggestions off in production and never sends stack traces', async () => {
    const prod = await startTestApp({ seed: false, config: { env: 'production' } });
    try {
      const result = await prod.gql('{ __schema { types { name } } }');
      expect(result.errors?.[0]?.message).toMatch(/introspection/i);
      expect(JSON.stringify(result)).not.toMatch(/stacktrace|\.ts:\d+/);
      const typo = await prod.gql('{ mee { id } }');
      expect(typo.errors?.[0]?.message).toMatch(/Cannot query field/);
      expect(JSON.stringify(typo)).not.toMatch(/Did you mean/);
    } finally {
      await prod.close();
    }
  });

  it('sends a Content-Security-Policy fit for the PWA and other helmet headers on /graphql too', async () => {
    const res = await post(JSON.stringify({ query: '{ __typename }' }));
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    // Plain HTTP here: HSTS is for HTTPS only (see security-headers.integration-spec).
    expect(res.headers.get('strict-transport-security')).toBeNull();
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });
});

