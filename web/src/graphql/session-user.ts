// The signed-in user's fields, asked for identically at login and on every refresh of the session.
import { graphql } from './generated';
import type { SessionUserFragment } from './generated/graphql';

export type SessionUser = SessionUserFragment;

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
