/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CreateModuleInput = {
  /** ModuleContent; a draft may be incomplete but must be well formed */
  content: unknown;
  /** Defaults to one made from the title */
  slug?: string | null | undefined;
};

export type ModuleFilterInput = {
  /** Two-letter code of a language the module is written in */
  language?: string | null | undefined;
  /** Only modules that take at most this many minutes */
  maxMinutes?: number | null | undefined;
  /** A learning outcome code, e.g. ULO-AIR-01 */
  outcome?: string | null | undefined;
  /** Words of the title, in any language */
  search?: string | null | undefined;
  topic?: string | null | undefined;
  trade?: string | null | undefined;
};

/** A draft is edited by authors only; a published version is frozen */
export type ModuleVersionStatus =
  | 'draft'
  | 'published';

/** A membership's role inside one organisation */
export type Role =
  | 'admin'
  | 'manager'
  | 'trainer'
  | 'worker';

export type UpdateModuleDraftInput = {
  /** The whole new draft content (ModuleContent) */
  content: unknown;
  moduleId: string | number;
};

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { accessToken: string, expiresAt: string, me: { id: string, email: string | null, displayName: string, language: string, role: Role, organisation: { id: string, slug: string, name: string, kind: string }, memberships: Array<{ role: Role, organisation: { id: string, slug: string, name: string, kind: string } }> } } };

export type CatalogueQueryVariables = Exact<{
  filter?: ModuleFilterInput | null | undefined;
  lang?: string | null | undefined;
}>;


export type CatalogueQuery = { modules: Array<{ id: string, slug: string, draft: { id: string, version: number, title: { text: string, lang: string | null, fellBack: boolean } } | null, latestPublished: { id: string, version: number, content: unknown, title: { text: string, lang: string | null, fellBack: boolean } } | null, publishedVersions: Array<{ id: string, version: number, publishedAt: string | null }> }> };

export type SitesQueryVariables = Exact<{ [key: string]: never; }>;


export type SitesQuery = { sites: Array<{ id: string, name: string, address: string, startsOn: string | null, endsOn: string | null }> };

export type EditorModuleFragment = { id: string, slug: string, draft: { id: string, version: number, content: unknown, updatedAt: string } | null, latestPublished: { id: string, version: number, content: unknown } | null, publishedVersions: Array<{ id: string, version: number, publishedAt: string | null }> };

export type EditorModuleQueryVariables = Exact<{
  id: string | number;
}>;


export type EditorModuleQuery = { module: { id: string, slug: string, draft: { id: string, version: number, content: unknown, updatedAt: string } | null, latestPublished: { id: string, version: number, content: unknown } | null, publishedVersions: Array<{ id: string, version: number, publishedAt: string | null }> } };

export type CreateModuleMutationVariables = Exact<{
  input: CreateModuleInput;
}>;


export type CreateModuleMutation = { createModule: { id: string, slug: string, draft: { id: string, version: number, content: unknown, updatedAt: string } | null, latestPublished: { id: string, version: number, content: unknown } | null, publishedVersions: Array<{ id: string, version: number, publishedAt: string | null }> } };

export type UpdateModuleDraftMutationVariables = Exact<{
  input: UpdateModuleDraftInput;
}>;


export type UpdateModuleDraftMutation = { updateModuleDraft: { id: string, slug: string, draft: { id: string, version: number, content: unknown, updatedAt: string } | null, latestPublished: { id: string, version: number, content: unknown } | null, publishedVersions: Array<{ id: string, version: number, publishedAt: string | null }> } };

export type PublishModuleMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishModuleMutation = { publishModule: { id: string, slug: string, draft: { id: string, version: number, content: unknown, updatedAt: string } | null, latestPublished: { id: string, version: number, content: unknown } | null, publishedVersions: Array<{ id: string, version: number, publishedAt: string | null }> } };

export type PlayerVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type PlayerVersionQuery = { moduleVersion: { id: string, moduleId: string, version: number, status: ModuleVersionStatus, content: unknown } };

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
export const EditorModuleFragmentDoc = new TypedDocumentString(`
    fragment EditorModule on LearningModule {
  id
  slug
  draft {
    id
    version
    content
    updatedAt
  }
  latestPublished {
    id
    version
    content
  }
  publishedVersions {
    id
    version
    publishedAt
  }
}
    `, {"fragmentName":"EditorModule"}) as unknown as TypedDocumentString<EditorModuleFragment, unknown>;
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
export const CatalogueDocument = new TypedDocumentString(`
    query Catalogue($filter: ModuleFilterInput, $lang: String) {
  modules(filter: $filter) {
    id
    slug
    draft {
      id
      version
      title(lang: $lang) {
        text
        lang
        fellBack
      }
    }
    latestPublished {
      id
      version
      content
      title(lang: $lang) {
        text
        lang
        fellBack
      }
    }
    publishedVersions {
      id
      version
      publishedAt
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogueQuery, CatalogueQueryVariables>;
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
export const EditorModuleDocument = new TypedDocumentString(`
    query EditorModule($id: ID!) {
  module(id: $id) {
    ...EditorModule
  }
}
    fragment EditorModule on LearningModule {
  id
  slug
  draft {
    id
    version
    content
    updatedAt
  }
  latestPublished {
    id
    version
    content
  }
  publishedVersions {
    id
    version
    publishedAt
  }
}`) as unknown as TypedDocumentString<EditorModuleQuery, EditorModuleQueryVariables>;
export const CreateModuleDocument = new TypedDocumentString(`
    mutation CreateModule($input: CreateModuleInput!) {
  createModule(input: $input) {
    ...EditorModule
  }
}
    fragment EditorModule on LearningModule {
  id
  slug
  draft {
    id
    version
    content
    updatedAt
  }
  latestPublished {
    id
    version
    content
  }
  publishedVersions {
    id
    version
    publishedAt
  }
}`) as unknown as TypedDocumentString<CreateModuleMutation, CreateModuleMutationVariables>;
export const UpdateModuleDraftDocument = new TypedDocumentString(`
    mutation UpdateModuleDraft($input: UpdateModuleDraftInput!) {
  updateModuleDraft(input: $input) {
    ...EditorModule
  }
}
    fragment EditorModule on LearningModule {
  id
  slug
  draft {
    id
    version
    content
    updatedAt
  }
  latestPublished {
    id
    version
    content
  }
  publishedVersions {
    id
    version
    publishedAt
  }
}`) as unknown as TypedDocumentString<UpdateModuleDraftMutation, UpdateModuleDraftMutationVariables>;
export const PublishModuleDocument = new TypedDocumentString(`
    mutation PublishModule($id: ID!) {
  publishModule(id: $id) {
    ...EditorModule
  }
}
    fragment EditorModule on LearningModule {
  id
  slug
  draft {
    id
    version
    content
    updatedAt
  }
  latestPublished {
    id
    version
    content
  }
  publishedVersions {
    id
    version
    publishedAt
  }
}`) as unknown as TypedDocumentString<PublishModuleMutation, PublishModuleMutationVariables>;
export const PlayerVersionDocument = new TypedDocumentString(`
    query PlayerVersion($id: ID!) {
  moduleVersion(id: $id) {
    id
    moduleId
    version
    status
    content
  }
}
    `) as unknown as TypedDocumentString<PlayerVersionQuery, PlayerVersionQueryVariables>;
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