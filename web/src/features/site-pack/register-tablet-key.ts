// Registers the tablet's public key with the server (GraphQL, with the device token): once per enrolment.
import { PackError } from './pack-error';

const REGISTER = 'mutation RegisterTabletKey($publicKey: String!) { registerTabletKey(publicKey: $publicKey) }';

export async function registerTabletKey(deviceToken: string, publicKey: string, fetchImpl: typeof fetch = fetch): Promise<void> {
  let res: Response;
  try {
    res = await fetchImpl('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-device-token': deviceToken },
      body: JSON.stringify({ query: REGISTER, variables: { publicKey } }),
    });
  } catch {
    throw new PackError('offline');
  }
  const body = (await res.json().catch(() => ({}))) as { errors?: { extensions?: { code?: string } }[] };
  const code = body.errors?.[0]?.extensions?.code;
  if (code === 'UNAUTHENTICATED') throw new PackError('notEnrolled');
  // Already keyed elsewhere, or enrolled before keys existed: only a new enrolment gives this tablet a key.
  if (code === 'CONFLICT') throw new PackError('reenrol');
  if (!res.ok || body.errors) throw new PackError('server');
}
