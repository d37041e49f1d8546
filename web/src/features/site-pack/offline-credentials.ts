// The PIN of the worker signed in offline, in memory only, to trade it for a real session when the network returns.
//
// Why: a session opened offline has no server token, and nothing the tablet holds can prove the worker to the server:
// the pack's PIN hashes are on the tablet, so any proof derived from them could be forged by whoever copies the pack.
// The tablet therefore never sends records on a worker's behalf without a real token. While the worker is still
// signed in when the network returns, the tablet signs them in online with the PIN they typed (the server checks it,
// with its own lock); their records then leave with their own token. If they signed out first (or the page was
// reloaded, which drops this memory), their records stay in their outbox until their next online sign-in.
// The PIN is never written to storage and is dropped at sign-out or after the exchange.

let held: { workerId: string; pin: string } | null = null;

export function rememberOfflinePin(workerId: string, pin: string): void {
  held = { workerId, pin };
}

/** The PIN for this worker, once: it is forgotten as it is handed out. */
export function takeOfflinePin(workerId: string): string | null {
  if (held?.workerId !== workerId) return null;
  const { pin } = held;
  held = null;
  return pin;
}

export function forgetOfflinePin(): void {
  held = null;
}
