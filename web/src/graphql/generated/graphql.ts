/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A membership's role inside one organisation */
export type Role =
  | 'admin'
  | 'manager'
  | 'trainer'
  | 'worker';

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { accessToken: string, expiresAt: string, me: { id: string, email: string | null, displayName: string, language: string, role: Role, organisation: { id: string, slug: string, name: string, kind: string }, memberships: Array<{ role: Role, organisation: { id: string, slug: string, name: string, kind: string } }> } } };

export type SitesQueryVariables = Exact<{ [key: string]: never; }>;


export type SitesQuery = { sites: Array<{ id: string, name: string, address: string, startsOn: string | null, endsOn: string | null }> };

export type SessionUserFragment = { id: string, email: string | null, displayName: string, language: string, role: Role, organisation: { id: string, slug: string, name: string, kind: string }, memberships: Array<{ role: Role, organisation: { id: string, slug: string, name: string, kind: string } }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string | null, displayName: string, language: string, role: Role, organisation: { id: string, slug: string, name: string, kind: string }, memberships: Array<{ role: Role, organisation: { id: string, slug: string, name: string, kind: string } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SessionUserFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"SessionUser"}) as unknown as TypedDocumentString<SessionUserFragment, unknown>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    accessToken
    expiresAt
    me {
      ...SessionUser
    }
  }
}
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
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const SitesDocument = new TypedDocumentString(`
    query Sites {
  sites {
    id
    name
    address
    startsOn
    endsOn
  }
}
    `) as unknown as TypedDocumentString<SitesQuery, SitesQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...SessionUser
  }
}
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
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;