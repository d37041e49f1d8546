// Behaviour of the GraphQL client: what it sends, and how each kind of failure reaches the screen.
import { describe, expect, it, vi } from 'vitest';
import { fakeServer } from '../test-utils';
import {
  createGraphQLClient,
  GraphQLRequestError,
  isOfflineError,
  NetworkError,
  requestGraphQL,
} from './client';
import { MeQuery } from './session-user';

describe('requestGraphQL', () => {
  it('posts the document and variables to /graphql with the bearer token', async () => {
    const server = fakeServer({ data: { me: { id: 'u1' } } });
    const data = await requestGraphQL(MeQuery, {}, { token: 'abc', fetchImpl: server.fetch });
    expect(data).toEqual({ me: { id: 'u1' } });
    expect(server.requests[0]?.authorization).toBe('Bearer abc');
    expect(server.requests[0]?.query).toContain('query Me');
    expect(server.requests[0]?.query).toContain('fragment SessionUser on Me');
  });

  it('sends no authorization header without a token', async () => {
    const server = fakeServer({ data: { me: { id: 'u1' } } });
    await requestGraphQL(MeQuery, {}, { fetchImpl: server.fetch });
    expect(server.requests[0]?.authorization).toBeNull();
  });

  it("surfaces the server's error code and message", async () => {
    const server = fakeServer({
      data: null,
      errors: [
        {
          message: 'This email and password do not match an account.',
          extensions: { code: 'INVALID_CREDENTIALS' },
        },
      ],
    });
    const failure = requestGraphQL(MeQuery, {}, { fetchImpl: server.fetch });
    await expect(failure).rejects.toBeInstanceOf(GraphQLRequestError);
    await expect(failure).rejects.toMatchObject({
      code: 'INVALID_CREDENTIALS',
      message: 'This email and password do not match an account.',
    });
  });

  it('reads the error of a 400 answer (invalid variables) the same way', async () => {
    const server = fakeServer({
      status: 400,
      errors: [{ message: 'Variable "$email" is missing', extensions: { code: 'BAD_USER_INPUT' } }],
    });
    await expect(requestGraphQL(MeQuery, {}, { fetchImpl: server.fetch })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });

  it('tells an unreachable server (offline) apart from a server error', async () => {
    const server = fakeServer('network-down');
    const error = await requestGraphQL(MeQuery, {}, { fetchImpl: server.fetch }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(isOfflineError(error)).toBe(true);
  });

  it('turns a non-GraphQL answer (a proxy error page) into a coded error', async () => {
    const fetchImpl = vi.fn(
      async () =>
        new Response('<h1>Bad gateway</h1>', { status: 502, headers: { 'content-type': 'text/html' } }),
    );
    const error = await requestGraphQL(MeQuery, {}, { fetchImpl }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    expect(isOfflineError(error)).toBe(false);
  });
});

describe('createGraphQLClient', () => {
  it('reports an expired session once, then still rejects the request', async () => {
    const onUnauthenticated = vi.fn();
    const server = fakeServer({
      errors: [{ message: 'Your session has expired.', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    const client = createGraphQLClient({ getToken: () => 'old', onUnauthenticated, fetchImpl: server.fetch });
    await expect(client.request(MeQuery, {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('keeps the session when the failure is only the network', async () => {
    const onUnauthenticated = vi.fn();
    const client = createGraphQLClient({
      getToken: () => 't',
      onUnauthenticated,
      fetchImpl: fakeServer('network-down').fetch,
    });
    await expect(client.request(MeQuery, {})).rejects.toBeInstanceOf(NetworkError);
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });

  it('reads the token at request time, so a new sign-in is used at once', async () => {
    let token = 'first';
    const server = fakeServer({ data: { me: { id: 'u1' } } });
    const client = createGraphQLClient({
      getToken: () => token,
      onUnauthenticated: () => undefined,
      fetchImpl: server.fetch,
    });
    await client.request(MeQuery, {});
    token = 'second';
    await client.request(MeQuery, {});
    expect(server.requests.map((r) => r.authorization)).toEqual(['Bearer first', 'Bearer second']);
  });

  it('renews a token past its expiry before handing it to a REST call, and keeps it offline', async () => {
    let expired = true;
    const refreshSession = vi.fn(async () => 'renewed');
    const client = createGraphQLClient({
      getToken: () => 'old',
      isExpired: () => expired,
      refreshSession,
      onUnauthenticated: () => undefined,
      fetchImpl: fakeServer({ data: {} }).fetch,
    });
    await expect(client.token()).resolves.toBe('renewed');
    refreshSession.mockRejectedValueOnce(new NetworkError());
    await expect(client.token()).resolves.toBe('old');
    expired = false;
    await expect(client.token()).resolves.toBe('old');
    expect(refreshSession).toHaveBeenCalledTimes(2);
  });
});
