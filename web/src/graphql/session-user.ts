// The signed-in user's fields and the token pair, asked for identically at every sign-in and renewal of a session.
import { graphql } from './generated';
import type { LoginPayloadFieldsFragment, SessionUserFragment } from './generated/graphql';

export type SessionUser = SessionUserFragment;
export type LoginPayload = LoginPayloadFieldsFragment;

export const SessionUserFields = graphql(`
  fragment SessionUser on Me {
    id
    email
    displayName
    language
    role
    organisation {
      id
      slug
      name
      kind
    }
    memberships {
      role
      organisation {
        id
        slug
        name
        kind
      }
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...SessionUser
    }
  }
`);

export const LoginPayloadFields = graphql(`
  fragment LoginPayloadFields on LoginPayload {
    accessToken
    expiresAt
    refreshToken
    refreshExpiresAt
    me {
      ...SessionUser
    }
  }
`);

export const RefreshMutation = graphql(`
  mutation Refresh($refreshToken: String!) {
    refresh(refreshToken: $refreshToken) {
      ...LoginPayloadFields
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const LogoutEverywhereMutation = graphql(`
  mutation LogoutEverywhere {
    logoutEverywhere
  }
`);

export const SwitchOrganisationMutation = graphql(`
  mutation SwitchOrganisation($organisationId: ID!) {
    switchOrganisation(organisationId: $organisationId) {
      ...LoginPayloadFields
    }
  }
`);
