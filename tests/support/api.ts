// Direct calls to the running server for test set-up: GraphQL as a demo account, xAPI statements, media uploads.
import { randomUUID } from 'node:crypto';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type StaffRole } from './demo';

export async function gql<T>(request: APIRequestContext, token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await request.post('/graphql', { headers: { authorization: `Bearer ${token}` }, data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

export async function staffToken(request: APIRequestContext, role: StaffRole): Promise<string> {
  const response = await request.post('/graphql', {
    data: { query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', variables: { e: DEMO_ACCOUNTS[role].email, p: DEMO_PASSWORD } },
  });
  return ((await response.json()) as { data: { login: { accessToken: string } } }).data.login.accessToken;
}

/** The token and user id of whoever is signed in on this page (e.g. a worker after a PIN sign-in). */
export async function pageSession(page: Page): Promise<{ token: string; userId: string }> {
  const session = await page.evaluate(() => JSON.parse(localStorage.getItem('fit.session') ?? 'null') as { accessToken: string; user: { id: string } } | null);
  expect(session).not.toBeNull();
  return { token: session!.accessToken, userId: session!.user.id };
}

/** A practical step marked done by the worker, asking for the trainer's sign-off, as the tablet sends it. */
export async function postPracticalCompletion(
  request: APIRequestContext,
  worker: { token: string; userId: string },
  activityId: string,
  response: string,
  evidence: string[],
): Promise<string> {
  const id = randomUUID();
  const statement = {
    id,
    actor: { objectType: 'Agent', account: { homePage: 'https://w3id.org/fit/users', name: worker.userId } },
    verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
    object: { objectType: 'Activity', id: activityId },
    result: {
      completion: true,
      response,
      extensions: {
        'https://w3id.org/fit/xapi/extensions/evidence': evidence,
        'https://w3id.org/fit/xapi/extensions/sign-off-requested': true,
      },
    },
    timestamp: new Date().toISOString(),
  };
  const answer = await request.post('/xapi/statements', {
    headers: { authorization: `Bearer ${worker.token}`, 'x-experience-api-version': '2.0.0' },
    data: statement,
  });
  expect(answer.status(), await answer.text()).toBe(200);
  return id;
}
