// Posts typed GraphQL documents to the same-origin /graphql endpoint and turns every failure into a typed error.
import type { TypedDocumentString } from './generated/graphql';

export const GRAPHQL_PATH = '/graphql';

/** The server answered with a GraphQL error; `code` is its `extensions.code` (e.g. INVALID_CREDENTIALS). */
export class GraphQLRequestError extends Error {
  readonly code: string;
  /** The rest of `extensions`, e.g. `retryAfterSeconds` of a RATE_LIMITED answer. */
  readonly details: Record<string, unknown>;

  constructor(code: string, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'GraphQLRequestError';
    this.code = code;
    this.details = details;
  }
}

/** The request never got an answer: the tablet is offline or the server is unreachable. */
export class NetworkError extends Error {
  constructor(message = 'The server could not be reached.') {
    super(message);
    this.name = 'NetworkError';
  }
}

export interface RequestOptions {
  token?: string | null;
  /** The site tablet's credential (`X-Device-Token`), sent when this browser is an enrolled tablet. */
  deviceToken?: string | null;
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
}

interface GraphQLResponseBody<TResult> {
  data?: TResult | null;
  errors?: { message?: string; extensions?: { code?: unknown; [key: string]: unknown } }[];
}

export async function requestGraphQL<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  { token, deviceToken, signal, fetchImpl = fetch }: RequestOptions = {},
): Promise<TResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (deviceToken) headers['x-device-token'] = deviceToken;

  let response: Response;
  try {
    response = await fetchImpl(GRAPHQL_PATH, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: document.toString(), variables }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new NetworkError(error instanceof Error ? error.message : undefined);
  }

  const body = await readBody<TResult>(response);
  const first = body?.errors?.[0];
  if (first) {
    const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL_SERVER_ERROR';
    throw new GraphQLRequestError(code, first.message ?? 'The server refused the request.', first.extensions ?? {});
  }
  if (!response.ok || !body?.data) {
    throw new GraphQLRequestError(statusCode(response.status), `The server answered ${response.status}.`);
  }
  return body.data;
}

// Proxies and an offline service worker can answer with HTML or nothing: treat that as "no GraphQL body".
async function readBody<TResult>(response: Response): Promise<GraphQLResponseBody<TResult> | null> {
  if (!(response.headers.get('content-type') ?? '').includes('json')) return null;
  try {
    return (await response.json()) as GraphQLResponseBody<TResult>;
  } catch {
    return null;
  }
}

function statusCode(status: number): string {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  return 'INTERNAL_SERVER_ERROR';
}

export function isOfflineError(error: unknown): boolean {
  return error instanceof NetworkError;
}

export function errorCode(error: unknown): string | undefined {
  return error instanceof GraphQLRequestError ? error.code : undefined;
}

/** A client bound to the current session: adds its tokens, renews an expired session once, reports a lost one. */
export interface GraphQLClient {
  request<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
    signal?: AbortSignal,
  ): Promise<TResult>;
  /**
   * The session's bearer token for the few REST routes (media, models, module packages), renewed first when it is
   * known to be past its expiry, as a GraphQL request would be.
   */
  token(): Promise<string | null>;
}

export interface GraphQLClientOptions {
  getToken: () => string | null;
  getDeviceToken?: () => string | null;
  /** True when the access token is known to be past its expiry: renew before sending rather than fail first. */
  isExpired?: () => boolean;
  /** Renews the session (single-flight in the caller): the new access token, null when the session is over; rejects offline. */
  refreshSession?: () => Promise<string | null>;
  onUnauthenticated: () => void;
  fetchImpl?: typeof fetch;
}

export function createGraphQLClient(options: GraphQLClientOptions): GraphQLClient {
  const send = <TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
    token: string | null,
    signal?: AbortSignal,
  ) =>
    requestGraphQL(document, variables, {
      token,
      deviceToken: options.getDeviceToken?.() ?? null,
      signal,
      fetchImpl: options.fetchImpl,
    });

  const currentToken = async () => {
    const token = options.getToken();
    if (!token || !options.refreshSession || !options.isExpired?.()) return token;
    // Offline, the old token is sent as is: the saved answers still show and the renewal waits for the network.
    return (await options.refreshSession().catch(() => null)) ?? token;
  };

  return {
    token: currentToken,
    async request(document, variables, signal) {
      const token = await currentToken();
      try {
        return await send(document, variables, token, signal);
      } catch (error) {
        if (errorCode(error) !== 'UNAUTHENTICATED') throw error;
        // One renewal and one retry: a second refusal means the session is really over.
        const renewed = token && options.refreshSession ? await options.refreshSession() : null;
        if (renewed) {
          try {
            return await send(document, variables, renewed, signal);
          } catch (retryError) {
            if (errorCode(retryError) === 'UNAUTHENTICATED') options.onUnauthenticated();
            throw retryError;
          }
        }
        options.onUnauthenticated();
        throw error;
      }
    },
  };
}
