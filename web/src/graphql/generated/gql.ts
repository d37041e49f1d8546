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
    "\n  query AssignTargets($siteId: ID) {\n    modules {\n      id\n      slug\n      latestPublished {\n        id\n        version\n        title {\n          text\n        }\n      }\n    }\n    teams {\n      id\n      name\n      members {\n        id\n      }\n    }\n    workers(siteId: $siteId) {\n      id\n      displayName\n      trade\n    }\n    sites {\n      id\n      name\n    }\n  }\n": typeof types.AssignTargetsDocument,
    "\n  mutation AssignModule($input: AssignModuleInput!) {\n    assignModule(input: $input) {\n      batchId\n      assigned\n    }\n  }\n": typeof types.AssignModuleDocument,
    "\n  query MyDay {\n    myAssignments {\n      id\n      dueOn\n      reason\n      status\n      overdue\n      moduleVersion {\n        id\n        version\n        content\n        title {\n          text\n          lang\n          fellBack\n        }\n      }\n      progress {\n        bestScore\n        completedAt\n      }\n    }\n    myPracticalReviews {\n      statementId\n      review\n      reviewComment\n      reviewedBy\n      reviewedAt\n      moduleVersionId\n    }\n  }\n": typeof types.MyDayDocument,
    "\n  query Cohort($siteId: ID!, $teamId: ID) {\n    cohort(siteId: $siteId, teamId: $teamId) {\n      workers {\n        id\n        displayName\n        trade\n      }\n      moduleVersions {\n        id\n        version\n        title {\n          text\n        }\n      }\n      entries {\n        assignmentId\n        workerId\n        moduleVersionId\n        dueOn\n        status\n        overdue\n        lastActivityAt\n        bestScore\n      }\n    }\n    teams {\n      id\n      name\n    }\n    sites {\n      id\n      name\n    }\n  }\n": typeof types.CohortDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...LoginPayloadFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query SiteModels($siteId: ID!) {\n    siteModels(siteId: $siteId) {\n      id\n      version\n      fileName\n      sizeBytes\n      schema\n      status\n      progress\n      errorMessage\n      createdAt\n      summary {\n        elements\n        byClass {\n          ifcClass\n          count\n        }\n        storeys {\n          name\n          elevation\n          elements\n        }\n      }\n    }\n  }\n": typeof types.SiteModelsDocument,
    "\n  query ModelChanges($modelId: ID!) {\n    modelChanges(modelId: $modelId) {\n      addedCount\n      removedCount\n      previousVersion\n    }\n  }\n": typeof types.ModelChangesDocument,
    "\n  query SiteRecommendations($siteId: ID!) {\n    siteRecommendations(siteId: $siteId) {\n      moduleRef\n      modelId\n      title\n      summary\n      elementCount\n      globalIds\n      storeys {\n        name\n        count\n      }\n    }\n  }\n": typeof types.SiteRecommendationsDocument,
    "\n  query RecommendedElements($modelId: ID!, $filter: ElementFilterInput) {\n    modelElements(modelId: $modelId, filter: $filter) {\n      total\n      items {\n        globalId\n        ifcClass\n        predefinedType\n        name\n        storey\n        materials\n        properties {\n          name\n          value\n        }\n      }\n    }\n  }\n": typeof types.RecommendedElementsDocument,
    "\n  mutation RetryModelParse($modelId: ID!) {\n    retryModelParse(modelId: $modelId) {\n      id\n      status\n      progress\n    }\n  }\n": typeof types.RetryModelParseDocument,
    "\n  query Catalogue($filter: ModuleFilterInput, $lang: String) {\n    modules(filter: $filter) {\n      id\n      slug\n      draft {\n        id\n        version\n        title(lang: $lang) {\n          text\n          lang\n          fellBack\n        }\n      }\n      latestPublished {\n        id\n        version\n        content\n        title(lang: $lang) {\n          text\n          lang\n          fellBack\n        }\n      }\n      publishedVersions {\n        id\n        version\n        publishedAt\n      }\n    }\n  }\n": typeof types.CatalogueDocument,
    "\n  fragment WorkerFields on Worker {\n    id\n    displayName\n    email\n    language\n    trade\n    hasPin\n  }\n": typeof types.WorkerFieldsFragmentDoc,
    "\n  query Workers($siteId: ID) {\n    workers(siteId: $siteId) {\n      ...WorkerFields\n    }\n  }\n": typeof types.WorkersDocument,
    "\n  mutation AddWorker($input: AddWorkerInput!) {\n    addWorker(input: $input) {\n      ...WorkerFields\n    }\n  }\n": typeof types.AddWorkerDocument,
    "\n  mutation SetWorkerPin($workerId: ID!, $pin: String!) {\n    setWorkerPin(workerId: $workerId, pin: $pin) {\n      ...WorkerFields\n    }\n  }\n": typeof types.SetWorkerPinDocument,
    "\n  query Teams {\n    teams {\n      id\n      name\n      members {\n        id\n      }\n    }\n  }\n": typeof types.TeamsDocument,
    "\n  mutation CreateTeam($name: String!) {\n    createTeam(name: $name) {\n      id\n    }\n  }\n": typeof types.CreateTeamDocument,
    "\n  mutation SetTeamMembers($teamId: ID!, $workerIds: [ID!]!) {\n    setTeamMembers(teamId: $teamId, workerIds: $workerIds) {\n      id\n    }\n  }\n": typeof types.SetTeamMembersDocument,
    "\n  query SiteCrew($siteId: ID!) {\n    sites {\n      id\n      name\n      address\n    }\n    all: workers {\n      id\n      displayName\n      trade\n    }\n    crew: workers(siteId: $siteId) {\n      id\n    }\n    tablets(siteId: $siteId) {\n      id\n      label\n      createdAt\n      lastSeenAt\n      revokedAt\n    }\n  }\n": typeof types.SiteCrewDocument,
    "\n  mutation SetSiteCrew($siteId: ID!, $workerIds: [ID!]!) {\n    setSiteCrew(siteId: $siteId, workerIds: $workerIds) {\n      id\n    }\n  }\n": typeof types.SetSiteCrewDocument,
    "\n  mutation EnrolTablet($siteId: ID!, $label: String!) {\n    enrolTablet(siteId: $siteId, label: $label) {\n      deviceToken\n      tablet {\n        id\n        label\n      }\n    }\n  }\n": typeof types.EnrolTabletDocument,
    "\n  mutation RevokeTablet($id: ID!) {\n    revokeTablet(id: $id) {\n      id\n    }\n  }\n": typeof types.RevokeTabletDocument,
    "\n  query BadgeSheet($siteId: ID) {\n    badgeSheet(siteId: $siteId) {\n      workerId\n      displayName\n      trade\n      qrPayload\n    }\n  }\n": typeof types.BadgeSheetDocument,
    "\n  query PendingCount {\n    pendingValidations {\n      statementId\n    }\n  }\n": typeof types.PendingCountDocument,
    "\n  query Sites {\n    sites {\n      id\n      name\n      address\n      startsOn\n      endsOn\n    }\n  }\n": typeof types.SitesDocument,
    "\n  fragment EditorModule on LearningModule {\n    id\n    slug\n    draft {\n      id\n      version\n      content\n      updatedAt\n    }\n    latestPublished {\n      id\n      version\n      content\n    }\n    publishedVersions {\n      id\n      version\n      publishedAt\n    }\n  }\n": typeof types.EditorModuleFragmentDoc,
    "\n  query EditorModule($id: ID!) {\n    module(id: $id) {\n      ...EditorModule\n    }\n  }\n": typeof types.EditorModuleDocument,
    "\n  mutation CreateModule($input: CreateModuleInput!) {\n    createModule(input: $input) {\n      ...EditorModule\n    }\n  }\n": typeof types.CreateModuleDocument,
    "\n  mutation UpdateModuleDraft($input: UpdateModuleDraftInput!) {\n    updateModuleDraft(input: $input) {\n      ...EditorModule\n    }\n  }\n": typeof types.UpdateModuleDraftDocument,
    "\n  mutation PublishModule($id: ID!) {\n    publishModule(id: $id) {\n      ...EditorModule\n    }\n  }\n": typeof types.PublishModuleDocument,
    "\n  query PlayerVersion($id: ID!) {\n    moduleVersion(id: $id) {\n      id\n      moduleId\n      version\n      status\n      content\n    }\n  }\n": typeof types.PlayerVersionDocument,
    "\n  query TabletCrew {\n    tabletCrew {\n      id\n      displayName\n    }\n  }\n": typeof types.TabletCrewDocument,
    "\n  mutation PinLogin($workerId: ID!, $pin: String!) {\n    pinLogin(workerId: $workerId, pin: $pin) {\n      ...LoginPayloadFields\n    }\n  }\n": typeof types.PinLoginDocument,
    "\n  mutation BadgeLogin($code: String!) {\n    badgeLogin(code: $code) {\n      ...LoginPayloadFields\n    }\n  }\n": typeof types.BadgeLoginDocument,
    "\n  query PendingValidations {\n    pendingValidations {\n      statementId\n      workerId\n      workerName\n      activityId\n      moduleVersionId\n      response\n      evidence\n      submittedAt\n      review\n    }\n    modules {\n      id\n      latestPublished {\n        id\n        content\n        title {\n          text\n        }\n      }\n    }\n  }\n": typeof types.PendingValidationsDocument,
    "\n  mutation ReviewPractical($statementId: ID!, $verdict: Verdict!, $comment: String) {\n    reviewPractical(statementId: $statementId, verdict: $verdict, comment: $comment) {\n      statementId\n      review\n      reviewComment\n      reviewedBy\n    }\n  }\n": typeof types.ReviewPracticalDocument,
    "\n  fragment SessionUser on Me {\n    id\n    email\n    displayName\n    language\n    role\n    organisation {\n      id\n      slug\n      name\n      kind\n    }\n    memberships {\n      role\n      organisation {\n        id\n        slug\n        name\n        kind\n      }\n    }\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment LoginPayloadFields on LoginPayload {\n    accessToken\n    expiresAt\n    refreshToken\n    refreshExpiresAt\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.LoginPayloadFieldsFragmentDoc,
    "\n  mutation Refresh($refreshToken: String!) {\n    refresh(refreshToken: $refreshToken) {\n      ...LoginPayloadFields\n    }\n  }\n": typeof types.RefreshDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": typeof types.LogoutEverywhereDocument,
    "\n  mutation SwitchOrganisation($organisationId: ID!) {\n    switchOrganisation(organisationId: $organisationId) {\n      ...LoginPayloadFields\n    }\n  }\n": typeof types.SwitchOrganisationDocument,
};
const documents: Documents = {
    "\n  query AssignTargets($siteId: ID) {\n    modules {\n      id\n      slug\n      latestPublished {\n        id\n        version\n        title {\n          text\n        }\n      }\n    }\n    teams {\n      id\n      name\n      members {\n        id\n      }\n    }\n    workers(siteId: $siteId) {\n      id\n      displayName\n      trade\n    }\n    sites {\n      id\n      name\n    }\n  }\n": types.AssignTargetsDocument,
    "\n  mutation AssignModule($input: AssignModuleInput!) {\n    assignModule(input: $input) {\n      batchId\n      assigned\n    }\n  }\n": types.AssignModuleDocument,
    "\n  query MyDay {\n    myAssignments {\n      id\n      dueOn\n      reason\n      status\n      overdue\n      moduleVersion {\n        id\n        version\n        content\n        title {\n          text\n          lang\n          fellBack\n        }\n      }\n      progress {\n        bestScore\n        completedAt\n      }\n    }\n    myPracticalReviews {\n      statementId\n      review\n      reviewComment\n      reviewedBy\n      reviewedAt\n      moduleVersionId\n    }\n  }\n": types.MyDayDocument,
    "\n  query Cohort($siteId: ID!, $teamId: ID) {\n    cohort(siteId: $siteId, teamId: $teamId) {\n      workers {\n        id\n        displayName\n        trade\n      }\n      moduleVersions {\n        id\n        version\n        title {\n          text\n        }\n      }\n      entries {\n        assignmentId\n        workerId\n        moduleVersionId\n        dueOn\n        status\n        overdue\n        lastActivityAt\n        bestScore\n      }\n    }\n    teams {\n      id\n      name\n    }\n    sites {\n      id\n      name\n    }\n  }\n": types.CohortDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...LoginPayloadFields\n    }\n  }\n": types.LoginDocument,
    "\n  query SiteModels($siteId: ID!) {\n    siteModels(siteId: $siteId) {\n      id\n      version\n      fileName\n      sizeBytes\n      schema\n      status\n      progress\n      errorMessage\n      createdAt\n      summary {\n        elements\n        byClass {\n          ifcClass\n          count\n        }\n        storeys {\n          name\n          elevation\n          elements\n        }\n      }\n    }\n  }\n": types.SiteModelsDocument,
    "\n  query ModelChanges($modelId: ID!) {\n    modelChanges(modelId: $modelId) {\n      addedCount\n      removedCount\n      previousVersion\n    }\n  }\n": types.ModelChangesDocument,
    "\n  query SiteRecommendations($siteId: ID!) {\n    siteRecommendations(siteId: $siteId) {\n      moduleRef\n      modelId\n      title\n      summary\n      elementCount\n      globalIds\n      storeys {\n        name\n        count\n      }\n    }\n  }\n": types.SiteRecommendationsDocument,
    "\n  query RecommendedElements($modelId: ID!, $filter: ElementFilterInput) {\n    modelElements(modelId: $modelId, filter: $filter) {\n      total\n      items {\n        globalId\n        ifcClass\n        predefinedType\n        name\n        storey\n        materials\n        properties {\n          name\n          value\n        }\n      }\n    }\n  }\n": types.RecommendedElementsDocument,
    "\n  mutation RetryModelParse($modelId: ID!) {\n    retryModelParse(modelId: $modelId) {\n      id\n      status\n      progress\n    }\n  }\n": types.RetryModelParseDocument,
    "\n  query Catalogue($filter: ModuleFilterInput, $lang: String) {\n    modules(filter: $filter) {\n      id\n      slug\n      draft {\n        id\n        version\n        title(lang: $lang) {\n          text\n          lang\n          fellBack\n        }\n      }\n      latestPublished {\n        id\n        version\n        content\n        title(lang: $lang) {\n          text\n          lang\n          fellBack\n        }\n      }\n      publishedVersions {\n        id\n        version\n        publishedAt\n      }\n    }\n  }\n": types.CatalogueDocument,
    "\n  fragment WorkerFields on Worker {\n    id\n    displayName\n    email\n    language\n    trade\n    hasPin\n  }\n": types.WorkerFieldsFragmentDoc,
    "\n  query Workers($siteId: ID) {\n    workers(siteId: $siteId) {\n      ...WorkerFields\n    }\n  }\n": types.WorkersDocument,
    "\n  mutation AddWorker($input: AddWorkerInput!) {\n    addWorker(input: $input) {\n      ...WorkerFields\n    }\n  }\n": types.AddWorkerDocument,
    "\n  mutation SetWorkerPin($workerId: ID!, $pin: String!) {\n    setWorkerPin(workerId: $workerId, pin: $pin) {\n      ...WorkerFields\n    }\n  }\n": types.SetWorkerPinDocument,
    "\n  query Teams {\n    teams {\n      id\n      name\n      members {\n        id\n      }\n    }\n  }\n": types.TeamsDocument,
    "\n  mutation CreateTeam($name: String!) {\n    createTeam(name: $name) {\n      id\n    }\n  }\n": types.CreateTeamDocument,
    "\n  mutation SetTeamMembers($teamId: ID!, $workerIds: [ID!]!) {\n    setTeamMembers(teamId: $teamId, workerIds: $workerIds) {\n      id\n    }\n  }\n": types.SetTeamMembersDocument,
    "\n  query SiteCrew($siteId: ID!) {\n    sites {\n      id\n      name\n      address\n    }\n    all: workers {\n      id\n      displayName\n      trade\n    }\n    crew: workers(siteId: $siteId) {\n      id\n    }\n    tablets(siteId: $siteId) {\n      id\n      label\n      createdAt\n      lastSeenAt\n      revokedAt\n    }\n  }\n": types.SiteCrewDocument,
    "\n  mutation SetSiteCrew($siteId: ID!, $workerIds: [ID!]!) {\n    setSiteCrew(siteId: $siteId, workerIds: $workerIds) {\n      id\n    }\n  }\n": types.SetSiteCrewDocument,
    "\n  mutation EnrolTablet($siteId: ID!, $label: String!) {\n    enrolTablet(siteId: $siteId, label: $label) {\n      deviceToken\n      tablet {\n        id\n        label\n      }\n    }\n  }\n": types.EnrolTabletDocument,
    "\n  mutation RevokeTablet($id: ID!) {\n    revokeTablet(id: $id) {\n      id\n    }\n  }\n": types.RevokeTabletDocument,
    "\n  query BadgeSheet($siteId: ID) {\n    badgeSheet(siteId: $siteId) {\n      workerId\n      displayName\n      trade\n      qrPayload\n    }\n  }\n": types.BadgeSheetDocument,
    "\n  query PendingCount {\n    pendingValidations {\n      statementId\n    }\n  }\n": types.PendingCountDocument,
    "\n  query Sites {\n    sites {\n      id\n      name\n      address\n      startsOn\n      endsOn\n    }\n  }\n": types.SitesDocument,
    "\n  fragment EditorModule on LearningModule {\n    id\n    slug\n    draft {\n      id\n      version\n      content\n      updatedAt\n    }\n    latestPublished {\n      id\n      version\n      content\n    }\n    publishedVersions {\n      id\n      version\n      publishedAt\n    }\n  }\n": types.EditorModuleFragmentDoc,
    "\n  query EditorModule($id: ID!) {\n    module(id: $id) {\n      ...EditorModule\n    }\n  }\n": types.EditorModuleDocument,
    "\n  mutation CreateModule($input: CreateModuleInput!) {\n    createModule(input: $input) {\n      ...EditorModule\n    }\n  }\n": types.CreateModuleDocument,
    "\n  mutation UpdateModuleDraft($input: UpdateModuleDraftInput!) {\n    updateModuleDraft(input: $input) {\n      ...EditorModule\n    }\n  }\n": types.UpdateModuleDraftDocument,
    "\n  mutation PublishModule($id: ID!) {\n    publishModule(id: $id) {\n      ...EditorModule\n    }\n  }\n": types.PublishModuleDocument,
    "\n  query PlayerVersion($id: ID!) {\n    moduleVersion(id: $id) {\n      id\n      moduleId\n      version\n      status\n      content\n    }\n  }\n": types.PlayerVersionDocument,
    "\n  query TabletCrew {\n    tabletCrew {\n      id\n      displayName\n    }\n  }\n": types.TabletCrewDocument,
    "\n  mutation PinLogin($workerId: ID!, $pin: String!) {\n    pinLogin(workerId: $workerId, pin: $pin) {\n      ...LoginPayloadFields\n    }\n  }\n": types.PinLoginDocument,
    "\n  mutation BadgeLogin($code: String!) {\n    badgeLogin(code: $code) {\n      ...LoginPayloadFields\n    }\n  }\n": types.BadgeLoginDocument,
    "\n  query PendingValidations {\n    pendingValidations {\n      statementId\n      workerId\n      workerName\n      activityId\n      moduleVersionId\n      response\n      evidence\n      submittedAt\n      review\n    }\n    modules {\n      id\n      latestPublished {\n        id\n        content\n        title {\n          text\n        }\n      }\n    }\n  }\n": types.PendingValidationsDocument,
    "\n  mutation ReviewPractical($statementId: ID!, $verdict: Verdict!, $comment: String) {\n    reviewPractical(statementId: $statementId, verdict: $verdict, comment: $comment) {\n      statementId\n      review\n      reviewComment\n      reviewedBy\n    }\n  }\n": types.ReviewPracticalDocument,
    "\n  fragment SessionUser on Me {\n    id\n    email\n    displayName\n    language\n    role\n    organisation {\n      id\n      slug\n      name\n      kind\n    }\n    memberships {\n      role\n      organisation {\n        id\n        slug\n        name\n        kind\n      }\n    }\n  }\n": types.SessionUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": types.MeDocument,
    "\n  fragment LoginPayloadFields on LoginPayload {\n    accessToken\n    expiresAt\n    refreshToken\n    refreshExpiresAt\n    me {\n      ...SessionUser\n    }\n  }\n": types.LoginPayloadFieldsFragmentDoc,
    "\n  mutation Refresh($refreshToken: String!) {\n    refresh(refreshToken: $refreshToken) {\n      ...LoginPayloadFields\n    }\n  }\n": types.RefreshDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": types.LogoutEverywhereDocument,
    "\n  mutation SwitchOrganisation($organisationId: ID!) {\n    switchOrganisation(organisationId: $organisationId) {\n      ...LoginPayloadFields\n    }\n  }\n": types.SwitchOrganisationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignTargets($siteId: ID) {\n    modules {\n      id\n      slug\n      latestPublished {\n        id\n        version\n        title {\n          text\n        }\n      }\n    }\n    teams {\n      id\n      name\n      members {\n        id\n      }\n    }\n    workers(siteId: $siteId) {\n      id\n      displayName\n      trade\n    }\n    sites {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').AssignTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignModule($input: AssignModuleInput!) {\n    assignModule(input: $input) {\n      batchId\n      assigned\n    }\n  }\n"): typeof import('./graphql').AssignModuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDay {\n    myAssignments {\n      id\n      dueOn\n      reason\n      status\n      overdue\n      moduleVersion {\n        id\n        version\n        content\n        title {\n          text\n          lang\n          fellBack\n        }\n      }\n      progress {\n        bestScore\n        completedAt\n      }\n    }\n    myPracticalReviews {\n      statementId\n      review\n      reviewComment\n      reviewedBy\n      reviewedAt\n      moduleVersionId\n    }\n  }\n"): typeof import('./graphql').MyDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cohort($siteId: ID!, $teamId: ID) {\n    cohort(siteId: $siteId, teamId: $teamId) {\n      workers {\n        id\n        displayName\n        trade\n      }\n      moduleVersions {\n        id\n        version\n        title {\n          text\n        }\n      }\n      entries {\n        assignmentId\n        workerId\n        moduleVersionId\n        dueOn\n        status\n        overdue\n        lastActivityAt\n        bestScore\n      }\n    }\n    teams {\n      id\n      name\n    }\n    sites {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CohortDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...LoginPayloadFields\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteModels($siteId: ID!) {\n    siteModels(siteId: $siteId) {\n      id\n      version\n      fileName\n      sizeBytes\n      schema\n      status\n      progress\n      errorMessage\n      createdAt\n      summary {\n        elements\n        byClass {\n          ifcClass\n          count\n        }\n        storeys {\n          name\n          elevation\n          elements\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SiteModelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModelChanges($modelId: ID!) {\n    modelChanges(modelId: $modelId) {\n      addedCount\n      removedCount\n      previousVersion\n    }\n  }\n"): typeof import('./graphql').ModelChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteRecommendations($siteId: ID!) {\n    siteRecommendations(siteId: $siteId) {\n      moduleRef\n      modelId\n      title\n      summary\n      elementCount\n      globalIds\n      storeys {\n        name\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').SiteRecommendationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendedElements($modelId: ID!, $filter: ElementFilterInput) {\n    modelElements(modelId: $modelId, filter: $filter) {\n      total\n      items {\n        globalId\n        ifcClass\n        predefinedType\n        name\n        storey\n        materials\n        properties {\n          name\n          value\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RecommendedElementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryModelParse($modelId: ID!) {\n    retryModelParse(modelId: $modelId) {\n      id\n      status\n      progress\n    }\n  }\n"): typeof import('./graphql').RetryModelParseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Catalogue($filter: ModuleFilterInput, $lang: String) {\n    modules(filter: $filter) {\n      id\n      slug\n      draft {\n        id\n        version\n        title(lang: $lang) {\n          text\n          lang\n          fellBack\n        }\n      }\n      latestPublished {\n        id\n        version\n        content\n        title(lang: $lang) {\n          text\n          lang\n          fellBack\n        }\n      }\n      publishedVersions {\n        id\n        version\n        publishedAt\n      }\n    }\n  }\n"): typeof import('./graphql').CatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkerFields on Worker {\n    id\n    displayName\n    email\n    language\n    trade\n    hasPin\n  }\n"): typeof import('./graphql').WorkerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Workers($siteId: ID) {\n    workers(siteId: $siteId) {\n      ...WorkerFields\n    }\n  }\n"): typeof import('./graphql').WorkersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddWorker($input: AddWorkerInput!) {\n    addWorker(input: $input) {\n      ...WorkerFields\n    }\n  }\n"): typeof import('./graphql').AddWorkerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWorkerPin($workerId: ID!, $pin: String!) {\n    setWorkerPin(workerId: $workerId, pin: $pin) {\n      ...WorkerFields\n    }\n  }\n"): typeof import('./graphql').SetWorkerPinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Teams {\n    teams {\n      id\n      name\n      members {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').TeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTeam($name: String!) {\n    createTeam(name: $name) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTeamMembers($teamId: ID!, $workerIds: [ID!]!) {\n    setTeamMembers(teamId: $teamId, workerIds: $workerIds) {\n      id\n    }\n  }\n"): typeof import('./graphql').SetTeamMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteCrew($siteId: ID!) {\n    sites {\n      id\n      name\n      address\n    }\n    all: workers {\n      id\n      displayName\n      trade\n    }\n    crew: workers(siteId: $siteId) {\n      id\n    }\n    tablets(siteId: $siteId) {\n      id\n      label\n      createdAt\n      lastSeenAt\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').SiteCrewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSiteCrew($siteId: ID!, $workerIds: [ID!]!) {\n    setSiteCrew(siteId: $siteId, workerIds: $workerIds) {\n      id\n    }\n  }\n"): typeof import('./graphql').SetSiteCrewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrolTablet($siteId: ID!, $label: String!) {\n    enrolTablet(siteId: $siteId, label: $label) {\n      deviceToken\n      tablet {\n        id\n        label\n      }\n    }\n  }\n"): typeof import('./graphql').EnrolTabletDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeTablet($id: ID!) {\n    revokeTablet(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').RevokeTabletDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadgeSheet($siteId: ID) {\n    badgeSheet(siteId: $siteId) {\n      workerId\n      displayName\n      trade\n      qrPayload\n    }\n  }\n"): typeof import('./graphql').BadgeSheetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingCount {\n    pendingValidations {\n      statementId\n    }\n  }\n"): typeof import('./graphql').PendingCountDocument;
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
export function graphql(source: "\n  query TabletCrew {\n    tabletCrew {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').TabletCrewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinLogin($workerId: ID!, $pin: String!) {\n    pinLogin(workerId: $workerId, pin: $pin) {\n      ...LoginPayloadFields\n    }\n  }\n"): typeof import('./graphql').PinLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadgeLogin($code: String!) {\n    badgeLogin(code: $code) {\n      ...LoginPayloadFields\n    }\n  }\n"): typeof import('./graphql').BadgeLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingValidations {\n    pendingValidations {\n      statementId\n      workerId\n      workerName\n      activityId\n      moduleVersionId\n      response\n      evidence\n      submittedAt\n      review\n    }\n    modules {\n      id\n      latestPublished {\n        id\n        content\n        title {\n          text\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PendingValidationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewPractical($statementId: ID!, $verdict: Verdict!, $comment: String) {\n    reviewPractical(statementId: $statementId, verdict: $verdict, comment: $comment) {\n      statementId\n      review\n      reviewComment\n      reviewedBy\n    }\n  }\n"): typeof import('./graphql').ReviewPracticalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on Me {\n    id\n    email\n    displayName\n    language\n    role\n    organisation {\n      id\n      slug\n      name\n      kind\n    }\n    memberships {\n      role\n      organisation {\n        id\n        slug\n        name\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').SessionUserFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LoginPayloadFields on LoginPayload {\n    accessToken\n    expiresAt\n    refreshToken\n    refreshExpiresAt\n    me {\n      ...SessionUser\n    }\n  }\n"): typeof import('./graphql').LoginPayloadFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Refresh($refreshToken: String!) {\n    refresh(refreshToken: $refreshToken) {\n      ...LoginPayloadFields\n    }\n  }\n"): typeof import('./graphql').RefreshDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n"): typeof import('./graphql').LogoutEverywhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchOrganisation($organisationId: ID!) {\n    switchOrganisation(organisationId: $organisationId) {\n      ...LoginPayloadFields\n    }\n  }\n"): typeof import('./graphql').SwitchOrganisationDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
