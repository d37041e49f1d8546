// One request of the sync: a network failure or a 5xx becomes Retryable (keep everything, try at the next sync).
export class Retryable extends Error {}

export async function send(fetchImpl: typeof fetch, url: string, init: RequestInit): Promise<Response> {
  try {
    const res = await fetchImpl(url, init);
    if (res.status >= 500) throw new Retryable(`The server answered ${res.status}.`);
    return res;
  } catch (error) {
    if (error instanceof Retryable) throw error;
    throw new Retryable(error instanceof Error ? error.message : 'Network error');
  }
}
