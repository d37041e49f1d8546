/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      expiresAt\n      me {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Catalogue($filter: ModuleFilterInput, $lang: String) {\n    modules(filter: $filter) {\n      id\n      slug\n      draft {\n        id\n        version\n        title(lang: $lang) {\n          text\n          lang\n          fellBack\n        }\n      }\n      latestPublished {\n        id\n        version\n        content\n        title(lang: $lang) {\n          text\n          lang\n          fellBack\n        }\n      }\n      publishedVersions {\n        id\n        version\n        publishedAt\n      }\n    }\n  }\n": typeof types.CatalogueDocument,
    "\n  query Sites {\n    sites {\n      id\n      name\n      address\n      startsOn\n      endsOn\n    }\n  }\n": typeof types.SitesDocument,
    "\n  fragment EditorModule on LearningModule {\n    id\n    slug\n    draft {\n      id\n      version\n      content\n      updatedAt\n    }\n    latestPublished {\n      id\n      version\n      content\n    }\n    publishedVersions {\n      id\n      version\n      publishedAt\n    }\n  }\n": typeof types.EditorModuleFragmentDoc,
    "\n  query EditorModule($id: ID!) {\n    module(id: $id) {\n      ...EditorModule\n    }\n  }\n": typeof types.EditorModuleDocument,
    "\n  mutation CreateModule($input: CreateModuleInput!) {\n    createModule(input: $input) {\n      ...EditorModule\n    }\n  }\n": typeof types.CreateModuleDocument,
    "\n  mutation UpdateModuleDraft($input: UpdateModuleDraftInput!) {\n    updateModuleDraft(input: $input) {\n      ...EditorModule\n    }\n  }\n": typeof types.UpdateModuleDraftDocument,
    "\n  mutation PublishModule($id: ID!) {\n    publishModule(id: $id) {\n      ...EditorModule\n    }\n  }\n": typeof types.PublishModuleDocument,
    "\n  query PlayerVersion($id: ID!) {\n    moduleVersion(id: $id) {\n      id\n      moduleId\n      version\n      status\n      content\n    }\n  }\n": typeof types.PlayerVersionDocument,
    "\n  fragment SessionUser on Me {\n    id\n    email\n    displayName\n    language\n    role\n    organisation {\n      id\n      slug\n      name\n      kind\n    }\n    memberships {\n      role\n      organisation {\n        id\n        slug\n        name\n        kind\n      }\n    }\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.MeDocument,
};
const documents: Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      expiresAt\n      me {\n        ...SessionUser\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Catalogue($filter: ModuleFilterInput, $lang: String) {\n    modules(filter: $filter) {\n      id\n      slug\n      draft {\n        id\n        version\n        title(lang: $lang) {\n          text\n          lang\n          fellBack\n        }\n      }\n      latestPublished {\n        id\n        version\n        content\n        title(lang: $lang) {\n          text\n          lang\n          fellBack\n        }\n      }\n      publishedVersions {\n        id\n        version\n        publishedAt\n      }\n    }\n  }\n": types.CatalogueDocument,
    "\n  query Sites {\n    sites {\n      id\n      name\n      address\n      startsOn\n      endsOn\n    }\n  }\n": types.SitesDocument,
    "\n  fragment EditorModule on LearningModule {\n    id\n    slug\n    draft {\n      id\n      version\n      content\n      updatedAt\n    }\n    latestPublished {\n      id\n      version\n      content\n    }\n    publishedVersions {\n      id\n      version\n      publishedAt\n    }\n  }\n": types.EditorModuleFragmentDoc,
    "\n  query EditorModule($id: ID!) {\n    module(id: $id) {\n      ...EditorModule\n    }\n  }\n": types.EditorModuleDocument,
    "\n  mutation CreateModule($input: CreateModuleInput!) {\n    createModule(input: $input) {\n      ...EditorModule\n    }\n  }\n": types.CreateModuleDocument,
    "\n  mutation UpdateModuleDraft($input: UpdateModuleDraftInput!) {\n    updateModuleDraft(input: $input) {\n      ...EditorModule\n    }\n  }\n": types.UpdateModuleDraftDocument,
    "\n  mutation PublishModule($id: ID!) {\n    publishModule(id: $id) {\n      ...EditorModule\n    }\n  }\n": types.PublishModuleDocument,
    "\n  query PlayerVersion($id: ID!) {\n    moduleVersion(id: $id) {\n      id\n      moduleId\n      version\n      status\n      content\n    }\n  }\n": types.PlayerVersionDocument,
    "\n  fragment SessionUser on Me {\n    id\n    email\n    displayName\n    language\n    role\n    organisation {\n      id\n      slug\n      name\n      kind\n    }\n    memberships {\n      role\n      organisation {\n        id\n        slug\n        name\n        kind\n      }\n    }\n  }\n": types.SessionUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": types.MeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      expiresAt\n      me {\n        ...SessionUser\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Catalogue($filter: ModuleFilterInput, $lang: String) {\n    modules(filter: $filter) {\n      id\n      slug\n      draft {\n        id\n        version\n        title(lang: $lang) {\n          text\n          lang\n          fellBack\n        }\n      }\n      latestPublished {\n        id\n        version\n        content\n        title(lang: $lang) {\n          text\n          lang\n          fellBack\n        }\n      }\n      publishedVersions {\n        id\n        version\n        publishedAt\n      }\n    }\n  }\n"): typeof import('./graphql').CatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sites {\n    sites {\n      id\n      name\n      address\n      startsOn\n      endsOn\n    }\n  }\n"): typeof import('./graphql').SitesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditorModule on LearningModule {\n    id\n    slug\n    draft {\n      id\n      version\n      content\n      updatedAt\n    }\n    latestPublished {\n      id\n      version\n      content\n    }\n    publishedVersions {\n      id\n      version\n      publishedAt\n    }\n  }\n"): typeof import('./graphql').EditorModuleFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorModule($id: ID!) {\n    module(id: $id) {\n      ...EditorModule\n    }\n  }\n"): typeof import('./graphql').EditorModuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateModule($input: CreateModuleInput!) {\n    createModule(input: $input) {\n      ...EditorModule\n    }\n  }\n"): typeof import('./graphql').CreateModuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateModuleDraft($input: UpdateModuleDraftInput!) {\n    updateModuleDraft(input: $input) {\n      ...EditorModule\n    }\n  }\n"): typeof import('./graphql').UpdateModuleDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishModule($id: ID!) {\n    publishModule(id: $id) {\n      ...EditorModule\n    }\n  }\n"): typeof import('./graphql').PublishModuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlayerVersion($id: ID!) {\n    moduleVersion(id: $id) {\n      id\n      moduleId\n      version\n      status\n      content\n    }\n  }\n"): typeof import('./graphql').PlayerVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on Me {\n    id\n    email\n    displayName\n    language\n    role\n    organisation {\n      id\n      slug\n      name\n      kind\n    }\n    memberships {\n      role\n      organisation {\n        id\n        slug\n        name\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').SessionUserFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"): typeof import('./graphql').MeDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
