// What the header's session actions do: sign out here or everywhere, and act for another organisation.
import type { GraphQLClient } from '../graphql/client';
import { forgetOfflinePin } from '../features/site-pack/offline-credentials';
import { LogoutEverywhereMutation, LogoutMutation, SwitchOrganisationMutation } from '../graphql/session-user';
import { sessionFromPayload } from './session-refresh';
import type { SessionStore } from './session-store';

/** Ends the session on the server too, but never keeps the person signed in because the network is down. */
export function signOut(store: SessionStore, client: GraphQLClient): void {
  forgetOfflinePin();
  if (store.getState().session && !store.getState().session?.offline) void client.request(LogoutMutation, {}).catch(() => undefined);
  store.signOut();
}

/** Every device of this person: their phone, the office PC, a tablet left signed in. Needs the network. */
export async function signOutEverywhere(store: SessionStore, client: GraphQLClient): Promise<void> {
  await client.request(LogoutEverywhereMutation, {});
  store.signOut();
}

export async function switchOrganisation(
  store: SessionStore,
  client: GraphQLClient,
  organisationId: string,
): Promise<void> {
  const data = await client.request(SwitchOrganisationMutation, { organisationId });
  // Answers saved for the previous organisation must not show under the new one.
  store.signOut();
  store.signIn(sessionFromPayload(data.switchOrganisation));
}
