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
    "\n  fragment AfestFields on Afest {\n    id\n    title\n    workerId\n    workerName\n    trainerId\n    trainerName\n    targetUlos\n    heldUlos {\n      code\n      title\n      titleFr\n    }\n    positioningNote\n    positionedAt\n    lockedAt\n    sequences {\n      id\n      activity\n      moduleTitle\n      plannedOn\n      siteName\n      plannedMinutes\n      reflections {\n        id\n        done\n        learned\n        difficulties\n        dictated\n        recordedAt\n        afterLock\n      }\n    }\n    evaluations {\n      statementId\n      moduleTitle\n      review\n      reviewComment\n      reviewedBy\n      reviewedAt\n      submittedAt\n    }\n    signatures {\n      role\n      signerId\n      signerName\n      signedAt\n    }\n    additions {\n      id\n      authorName\n      reason\n      note\n      createdAt\n    }\n    hours {\n      plannedHours\n      realisedHours\n    }\n  }\n": typeof types.AfestFieldsFragmentDoc,
    "\n  query AfestList {\n    afests {\n      id\n      title\n      workerName\n      trainerName\n      lockedAt\n      hours {\n        plannedHours\n        realisedHours\n      }\n    }\n    workers {\n      id\n      displayName\n    }\n  }\n": typeof types.AfestListDocument,
    "\n  query Afest($id: ID!) {\n    afest(id: $id) {\n      ...AfestFields\n    }\n    sites {\n      id\n      name\n    }\n    modules {\n      id\n      latestPublished {\n        id\n        title {\n          text\n        }\n      }\n    }\n  }\n": typeof types.AfestDocument,
    "\n  query MyAfests {\n    myAfests {\n      id\n      title\n      trainerId\n      trainerName\n      lockedAt\n      sequences {\n        id\n        activity\n        plannedOn\n        reflections {\n          id\n          done\n          recordedAt\n        }\n      }\n      signatures {\n        role\n        signedAt\n      }\n    }\n  }\n": typeof types.MyAfestsDocument,
    "\n  query AfestPositioning($workerId: ID) {\n    passport(workerId: $workerId) {\n      workerId\n      ulos {\n        code\n        title\n        titleFr\n        state\n      }\n    }\n    passportInputs(workerId: $workerId) {\n      catalogue\n    }\n  }\n": typeof types.AfestPositioningDocument,
    "\n  mutation CreateAfest($input: CreateAfestInput!) {\n    createAfest(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateAfestDocument,
    "\n  mutation PlanAfestSequence($input: PlanAfestSequenceInput!) {\n    planAfestSequence(input: $input) {\n      ...AfestFields\n    }\n  }\n": typeof types.PlanAfestSequenceDocument,
    "\n  mutation SignAfest($afestId: ID!, $signature: DrawnSignatureInput!) {\n    signAfest(afestId: $afestId, signature: $signature) {\n      ...AfestFields\n    }\n  }\n": typeof types.SignAfestDocument,
    "\n  mutation AddAfestNote($afestId: ID!, $reason: String!, $note: String!) {\n    addAfestNote(afestId: $afestId, reason: $reason, note: $note) {\n      ...AfestFields\n    }\n  }\n": typeof types.AddAfestNoteDocument,
    "\n  query AssignTargets($siteId: ID) {\n    modules {\n      id\n      slug\n      latestPublished {\n        id\n        version\n        title {\n          text\n        }\n      }\n    }\n    teams {\n      id\n      name\n      members {\n        id\n      }\n    }\n    workers(siteId: $siteId) {\n      id\n      displayName\n      trade\n    }\n    # Nothing new is assigned at a closed site.\n    sites(status: active) {\n      id\n      timeZone\n      name\n    }\n  }\n": typeof types.AssignTargetsDocument,
    "\n  mutation AssignModule($input: AssignModuleInput!) {\n    assignModule(input: $input) {\n      batchId\n      assigned\n    }\n  }\n": typeof types.AssignModuleDocument,
    "\n  query MyDay {\n    myAssignments {\n      id\n      dueOn\n      reason\n      status\n      overdue\n      createdAt\n      moduleVersion {\n        id\n        version\n        content\n        title {\n          text\n          lang\n          fellBack\n        }\n      }\n      progress {\n        bestScore\n        completedAt\n        passedAt\n      }\n    }\n    myPracticalReviews {\n      statementId\n      review\n      reviewComment\n      reviewedBy\n      reviewedAt\n      moduleVersionId\n    }\n  }\n": typeof types.MyDayDocument,
    "\n  query Cohort($siteId: ID!, $teamId: ID) {\n    cohort(siteId: $siteId, teamId: $teamId) {\n      workers {\n        id\n        displayName\n        trade\n      }\n      moduleVersions {\n        id\n        version\n        title {\n          text\n        }\n      }\n      entries {\n        assignmentId\n        workerId\n        moduleVersionId\n        dueOn\n        status\n        overdue\n        lastActivityAt\n        bestScore\n      }\n    }\n    teams {\n      id\n      name\n    }\n    sites {\n      id\n      name\n    }\n    crew: workers(siteId: $siteId) {\n      id\n      displayName\n    }\n  }\n": typeof types.CohortDocument,
    "\n  fragment AttemptFields on ModuleAttempt {\n    id\n    version\n    outcome\n    score\n    startedAt\n    finishedAt\n    moduleVersion {\n      id\n      title {\n        text\n      }\n    }\n  }\n": typeof types.AttemptFieldsFragmentDoc,
    "\n  query WorkerAttempts($workerId: ID!) {\n    workerAttempts(workerId: $workerId) {\n      ...AttemptFields\n    }\n  }\n": typeof types.WorkerAttemptsDocument,
    "\n  query MyAttempts {\n    myAttempts {\n      ...AttemptFields\n    }\n  }\n": typeof types.MyAttemptsDocument,
    "\n  mutation CancelAssignment($id: ID!) {\n    cancelAssignment(id: $id) {\n      id\n      state\n    }\n  }\n": typeof types.CancelAssignmentDocument,
    "\n  mutation ReassignAssignment($id: ID!, $workerId: ID!) {\n    reassignAssignment(id: $id, workerId: $workerId) {\n      id\n      workerId\n    }\n  }\n": typeof types.ReassignAssignmentDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...LoginPayloadFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  query PasswordResetState($token: String!) {\n    passwordResetState(token: $token)\n  }\n": typeof types.PasswordResetStateDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation LeaveOrganisation($organisationId: ID!) {\n    leaveOrganisation(organisationId: $organisationId)\n  }\n": typeof types.LeaveOrganisationDocument,
    "\n  query Members {\n    members {\n      id\n      displayName\n      email\n      role\n      deactivatedAt\n      lastSignInAt\n    }\n  }\n": typeof types.MembersDocument,
    "\n  mutation DeactivateMember($userId: ID!) {\n    deactivateMember(userId: $userId) {\n      id\n      deactivatedAt\n    }\n  }\n": typeof types.DeactivateMemberDocument,
    "\n  mutation ReactivateMember($userId: ID!) {\n    reactivateMember(userId: $userId) {\n      id\n      deactivatedAt\n    }\n  }\n": typeof types.ReactivateMemberDocument,
    "\n  mutation PasswordResetLinkFor($email: String!) {\n    passwordResetLinkFor(email: $email) {\n      link\n      expiresAt\n    }\n  }\n": typeof types.PasswordResetLinkForDocument,
    "\n  query SiteReviewItems($siteId: ID!) {\n    siteReviewItems(siteId: $siteId) {\n      id\n      title\n      description\n      topicAuthor\n      labels\n      status\n      elements {\n        globalId\n        ifcClass\n        name\n        storey\n      }\n    }\n  }\n": typeof types.SiteReviewItemsDocument,
    "\n  mutation ResolveSiteReviewItem($id: ID!, $note: String) {\n    resolveSiteReviewItem(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.ResolveSiteReviewItemDocument,
    "\n  query SiteModels($siteId: ID!) {\n    siteModels(siteId: $siteId) {\n      id\n      version\n      fileName\n      sizeBytes\n      schema\n      status\n      progress\n      errorMessage\n      createdAt\n      geometry {\n        url\n      }\n      summary {\n        elements\n        byClass {\n          ifcClass\n          count\n        }\n        storeys {\n          name\n          elevation\n          elements\n        }\n      }\n    }\n  }\n": typeof types.SiteModelsDocument,
    "\n  query ModelChanges($modelId: ID!) {\n    modelChanges(modelId: $modelId) {\n      addedCount\n      removedCount\n      previousVersion\n    }\n  }\n": typeof types.ModelChangesDocument,
    "\n  query SiteRecommendations($siteId: ID!, $lang: String) {\n    siteRecommendations(siteId: $siteId, lang: $lang) {\n      moduleRef\n      topic\n      modelId\n      title\n      summary\n      elementCount\n      globalIds\n      storeys {\n        name\n        count\n      }\n    }\n  }\n": typeof types.SiteRecommendationsDocument,
    "\n  query RecommendedElements($modelId: ID!, $filter: ElementFilterInput) {\n    modelElements(modelId: $modelId, filter: $filter) {\n      total\n      items {\n        globalId\n        ifcClass\n        predefinedType\n        name\n        storey\n        materials\n        properties {\n          name\n          value\n        }\n      }\n    }\n  }\n": typeof types.RecommendedElementsDocument,
    "\n  mutation RetryModelParse($modelId: ID!) {\n    retryModelParse(modelId: $modelId) {\n      id\n      status\n      progress\n    }\n  }\n": typeof types.RetryModelParseDocument,
    "\n  query CurrentSiteModel($siteId: ID) {\n    currentSiteModel(siteId: $siteId) {\n      id\n      siteId\n      version\n      fileName\n      geometry {\n        url\n        bytes\n      }\n    }\n  }\n": typeof types.CurrentSiteModelDocument,
    "\n  query BimSites {\n    sites {\n      id\n      name\n    }\n  }\n": typeof types.BimSitesDocument,
    "\n  query Catalogue($filter: ModuleFilterInput, $lang: String) {\n    modules(filter: $filter) {\n      id\n      slug\n      draft {\n        id\n        version\n        title(lang: $lang) {\n          text\n          lang\n          fellBack\n        }\n      }\n      latestPublished {\n        id\n        version\n        content\n        title(lang: $lang) {\n          text\n          lang\n          fellBack\n        }\n      }\n      publishedVersions {\n        id\n        version\n        publishedAt\n      }\n    }\n  }\n": typeof types.CatalogueDocument,
    "\n  query Credentials($workerId: ID) {\n    credentials(workerId: $workerId) {\n      id\n      url\n      scheme\n      qualification\n      title\n      titleFr\n      issuerName\n      issuedAt\n      validUntil\n      state\n      revokedAt\n      revocationReason\n    }\n  }\n": typeof types.CredentialsDocument,
    "\n  mutation RevokeCredential($id: ID!, $reason: String!) {\n    revokeCredential(id: $id, reason: $reason) {\n      id\n      state\n      revokedAt\n      revocationReason\n    }\n  }\n": typeof types.RevokeCredentialDocument,
    "\n  query PassportElm($workerId: ID) {\n    passportElm(workerId: $workerId)\n  }\n": typeof types.PassportElmDocument,
    "\n  fragment WorkerFields on Worker {\n    id\n    displayName\n    email\n    language\n    trade\n    hasPin\n  }\n": typeof types.WorkerFieldsFragmentDoc,
    "\n  query Workers($siteId: ID) {\n    workers(siteId: $siteId) {\n      ...WorkerFields\n    }\n  }\n": typeof types.WorkersDocument,
    "\n  mutation AddWorker($input: AddWorkerInput!) {\n    addWorker(input: $input) {\n      worker {\n        ...WorkerFields\n      }\n      invitation {\n        id\n        email\n        link\n      }\n    }\n  }\n": typeof types.AddWorkerDocument,
    "\n  mutation SetWorkerPin($workerId: ID!, $pin: String!) {\n    setWorkerPin(workerId: $workerId, pin: $pin) {\n      ...WorkerFields\n    }\n  }\n": typeof types.SetWorkerPinDocument,
    "\n  query Teams {\n    teams {\n      id\n      name\n      members {\n        id\n      }\n    }\n  }\n": typeof types.TeamsDocument,
    "\n  mutation CreateTeam($name: String!) {\n    createTeam(name: $name) {\n      id\n    }\n  }\n": typeof types.CreateTeamDocument,
    "\n  mutation SetTeamMembers($teamId: ID!, $workerIds: [ID!]!) {\n    setTeamMembers(teamId: $teamId, workerIds: $workerIds) {\n      id\n    }\n  }\n": typeof types.SetTeamMembersDocument,
    "\n  query SiteCrew($siteId: ID!) {\n    sites {\n      id\n      name\n      address\n      status\n    }\n    all: workers {\n      id\n      displayName\n      trade\n    }\n    crew: workers(siteId: $siteId) {\n      id\n    }\n    tablets(siteId: $siteId) {\n      id\n      label\n      createdAt\n      lastSeenAt\n      revokedAt\n    }\n  }\n": typeof types.SiteCrewDocument,
    "\n  mutation SetSiteCrew($siteId: ID!, $workerIds: [ID!]!) {\n    setSiteCrew(siteId: $siteId, workerIds: $workerIds) {\n      id\n    }\n  }\n": typeof types.SetSiteCrewDocument,
    "\n  mutation RevokeTablet($id: ID!) {\n    revokeTablet(id: $id) {\n      id\n    }\n  }\n": typeof types.RevokeTabletDocument,
    "\n  query BadgeSheet($siteId: ID) {\n    badgeSheet(siteId: $siteId) {\n      workerId\n      displayName\n      trade\n      qrPayload\n    }\n  }\n": typeof types.BadgeSheetDocument,
    "\n  query LabelModules($siteId: ID!) {\n    labelModules(siteId: $siteId) {\n      moduleId\n      title\n      elementCount\n      ifcClasses\n      storeys\n    }\n  }\n": typeof types.LabelModulesDocument,
    "\n  query ForecastInputs($territoryId: ID!) {\n    forecastProjects(territoryId: $territoryId) {\n      id\n      name\n      years\n      buildingType\n      dwellings\n      floorArea\n      packages {\n        workPackage\n        quantity\n      }\n      source\n    }\n    forecastHeadcounts(territoryId: $territoryId) {\n      id\n      label\n      ulo\n      workers\n    }\n    forecastScenarios(territoryId: $territoryId) {\n      id\n      name\n      low\n      central\n      high\n      productiveHours\n    }\n  }\n": typeof types.ForecastInputsDocument,
    "\n  query ForecastRatios {\n    forecastRatios {\n      workPackage\n      unit\n      hoursPerUnit {\n        trade\n        hours\n      }\n      ulos\n      demoValue\n      source\n    }\n    forecastUlos {\n      code\n      title\n    }\n  }\n": typeof types.ForecastRatiosDocument,
    "\n  query Forecast($territoryId: ID!, $low: Float!, $central: Float!, $high: Float!, $productiveHours: Int!) {\n    forecast(territoryId: $territoryId, low: $low, central: $central, high: $high, productiveHours: $productiveHours) {\n      territoryName\n      sharingCompanies\n      scenarios {\n        kind\n        multiplier\n        totalHours\n        peakWorkers\n        peopleToTrain\n      }\n      years {\n        scenario\n        year\n        hours\n        workers\n        hoursByTrade {\n          trade\n          hours\n        }\n        ulos {\n          ulo\n          title\n          needed\n          held\n          expiring\n          gap\n        }\n        qualifications {\n          code\n          title\n          gap\n        }\n      }\n      plan {\n        modules {\n          moduleId\n          title\n          ulos\n          learners\n          hours\n        }\n        hours\n        uncovered\n      }\n    }\n  }\n": typeof types.ForecastDocument,
    "\n  mutation CreateForecastProject($input: ForecastProjectInput!) {\n    createForecastProject(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateForecastProjectDocument,
    "\n  mutation DeleteForecastProject($id: ID!) {\n    deleteForecastProject(id: $id)\n  }\n": typeof types.DeleteForecastProjectDocument,
    "\n  mutation ImportForecastProjects($territoryId: ID!, $csv: String!) {\n    importForecastProjects(territoryId: $territoryId, csv: $csv) {\n      created\n      errors {\n        line\n        field\n        problem\n      }\n    }\n  }\n": typeof types.ImportForecastProjectsDocument,
    "\n  mutation SaveForecastRatio($input: ForecastRatioInput!) {\n    saveForecastRatio(input: $input) {\n      workPackage\n    }\n  }\n": typeof types.SaveForecastRatioDocument,
    "\n  mutation AddForecastHeadcount($input: ForecastHeadcountInput!) {\n    addForecastHeadcount(input: $input) {\n      id\n    }\n  }\n": typeof types.AddForecastHeadcountDocument,
    "\n  mutation DeleteForecastHeadcount($id: ID!) {\n    deleteForecastHeadcount(id: $id)\n  }\n": typeof types.DeleteForecastHeadcountDocument,
    "\n  mutation SaveForecastScenario($input: ScenarioSetInput!) {\n    saveForecastScenario(input: $input) {\n      id\n    }\n  }\n": typeof types.SaveForecastScenarioDocument,
    "\n  query ForecastBuildingModels {\n    forecastBuildingModels {\n      modelId\n      siteName\n      companyName\n      fileName\n      version\n      windows\n      externalWalls\n      externalWallArea\n      externalWallAreaEstimated\n    }\n  }\n": typeof types.ForecastBuildingModelsDocument,
    "\n  query Sites {\n    sites(status: active) {\n      id\n      name\n      address\n      startsOn\n      endsOn\n    }\n  }\n": typeof types.SitesDocument,
    "\n  query PendingCount {\n    pendingValidations {\n      statementId\n    }\n  }\n": typeof types.PendingCountDocument,
    "\n  fragment EditorModule on LearningModule {\n    id\n    slug\n    draft {\n      id\n      version\n      content\n      updatedAt\n    }\n    latestPublished {\n      id\n      version\n      content\n    }\n    publishedVersions {\n      id\n      version\n      publishedAt\n    }\n  }\n": typeof types.EditorModuleFragmentDoc,
    "\n  query EditorModule($id: ID!) {\n    module(id: $id) {\n      ...EditorModule\n    }\n  }\n": typeof types.EditorModuleDocument,
    "\n  mutation CreateModule($input: CreateModuleInput!) {\n    createModule(input: $input) {\n      ...EditorModule\n    }\n  }\n": typeof types.CreateModuleDocument,
    "\n  mutation UpdateModuleDraft($input: UpdateModuleDraftInput!) {\n    updateModuleDraft(input: $input) {\n      ...EditorModule\n    }\n  }\n": typeof types.UpdateModuleDraftDocument,
    "\n  mutation PublishModule($id: ID!) {\n    publishModule(id: $id) {\n      ...EditorModule\n    }\n  }\n": typeof types.PublishModuleDocument,
    "\n  query PlayerVersion($id: ID!) {\n    moduleVersion(id: $id) {\n      id\n      moduleId\n      version\n      status\n      content\n    }\n  }\n": typeof types.PlayerVersionDocument,
    "\n  query NetworkFigures($months: Int!) {\n    networkFigures(months: $months) {\n      sharingCompanies\n      months\n      workersTrained {\n        label\n        columns\n        cells\n        total\n      }\n      trainingHours {\n        label\n        columns\n        cells\n        total\n      }\n      awardsByScheme {\n        label\n        columns\n        cells\n        total\n      }\n      expiringByScheme {\n        label\n        columns\n        cells\n        total\n      }\n      awardsByEqfLevel {\n        label\n        columns\n        cells\n        total\n      }\n      ulosAwarded {\n        label\n        columns\n        cells\n        total\n      }\n      clauseHoursByTerritory {\n        label\n        columns\n        cells\n        total\n      }\n      clauseTargets {\n        territory\n        targetHours\n        achievedHours\n        percent\n      }\n    }\n  }\n": typeof types.NetworkFiguresDocument,
    "\n  query Territories {\n    territories {\n      id\n      name\n      codes\n    }\n  }\n": typeof types.TerritoriesDocument,
    "\n  mutation CreateTerritory($input: TerritoryInput!) {\n    createTerritory(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateTerritoryDocument,
    "\n  mutation UpdateTerritory($id: ID!, $input: TerritoryInput!) {\n    updateTerritory(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateTerritoryDocument,
    "\n  query SharingAgreements {\n    sharingAgreements {\n      id\n      company {\n        id\n        name\n      }\n      network {\n        id\n        name\n      }\n      startedAt\n      endedAt\n    }\n  }\n": typeof types.SharingAgreementsDocument,
    "\n  query NetworkBodies {\n    networkBodies {\n      id\n      name\n    }\n  }\n": typeof types.NetworkBodiesDocument,
    "\n  mutation StartSharing($networkOrganisationId: ID!) {\n    startSharing(networkOrganisationId: $networkOrganisationId) {\n      id\n    }\n  }\n": typeof types.StartSharingDocument,
    "\n  mutation EndSharing($id: ID!) {\n    endSharing(id: $id) {\n      id\n    }\n  }\n": typeof types.EndSharingDocument,
    "\n  query MyNotifications {\n    myNotifications {\n      id\n      kind\n      message\n      createdAt\n      readAt\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query ManagedOrganisations {\n    managedOrganisations {\n      id\n      slug\n      name\n      kind\n    }\n  }\n": typeof types.ManagedOrganisationsDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      slug\n      name\n      kind\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    expiresAt\n    acceptedAt\n  }\n": typeof types.InvitationFieldsFragmentDoc,
    "\n  query Invitations($organisationId: ID!) {\n    invitations(organisationId: $organisationId) {\n      ...InvitationFields\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      ...InvitationFields\n      link\n      delivery\n    }\n  }\n": typeof types.CreateInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      organisationName\n      email\n      role\n      expiresAt\n      status\n      accountExists\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...LoginPayloadFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query FailedJobs {\n    failedJobs {\n      id\n      queue\n      error\n      retries\n      failedAt\n    }\n  }\n": typeof types.FailedJobsDocument,
    "\n  mutation RequestErasure($workerId: ID) {\n    requestErasure(workerId: $workerId) {\n      id\n      requestedAt\n    }\n  }\n": typeof types.RequestErasureDocument,
    "\n  query PersonalDataRequests {\n    personalDataRequests {\n      id\n      personName\n      requestedAt\n      requestedByName\n      executedAt\n      executedByName\n    }\n  }\n": typeof types.PersonalDataRequestsDocument,
    "\n  mutation ExecuteErasure($requestId: ID!) {\n    executeErasure(requestId: $requestId) {\n      id\n      personName\n      executedAt\n      executedByName\n    }\n  }\n": typeof types.ExecuteErasureDocument,
    "\n  query EvidenceRetention {\n    evidenceRetentionYears\n  }\n": typeof types.EvidenceRetentionDocument,
    "\n  mutation SetEvidenceRetention($years: Int) {\n    setEvidenceRetentionYears(years: $years)\n  }\n": typeof types.SetEvidenceRetentionDocument,
    "\n  query PositioningInvite($code: String!) {\n    positioningInvite(code: $code) {\n      sessionName\n      organisationName\n      language\n      retentionMonths\n    }\n  }\n": typeof types.PositioningInviteDocument,
    "\n  mutation JoinPositioning($input: JoinPositioningInput!) {\n    joinPositioning(input: $input) {\n      token\n    }\n  }\n": typeof types.JoinPositioningDocument,
    "\n  query PositioningProgress($token: String!) {\n    positioningProgress(token: $token) {\n      ...CandidateProgress\n    }\n  }\n": typeof types.PositioningProgressDocument,
    "\n  mutation AnswerPositioning($token: String!, $itemId: String!, $value: [Int!]!) {\n    answerPositioning(token: $token, itemId: $itemId, value: $value) {\n      ...CandidateProgress\n    }\n  }\n": typeof types.AnswerPositioningDocument,
    "\n  fragment CandidateProgress on PositioningProgress {\n    firstName\n    sessionName\n    language\n    completed\n    answers {\n      itemId\n      value\n    }\n    result {\n      fits\n      answered\n      total\n      families {\n        family\n        appetence\n        competence\n      }\n    }\n  }\n": typeof types.CandidateProgressFragmentDoc,
    "\n  query PositioningSessions {\n    positioningSessions {\n      id\n      name\n      date\n      language\n      code\n      candidateCount\n      completedCount\n    }\n  }\n": typeof types.PositioningSessionsDocument,
    "\n  mutation CreatePositioningSession($input: PositioningSessionInput!) {\n    createPositioningSession(input: $input) {\n      id\n    }\n  }\n": typeof types.CreatePositioningSessionDocument,
    "\n  query PositioningSessionResults($id: ID!) {\n    positioningSession(id: $id) {\n      id\n      name\n      date\n      code\n      candidateCount\n      completedCount\n    }\n    positioningCandidates(sessionId: $id) {\n      id\n      firstName\n      stage\n      handedOverAt\n      profile {\n        fits\n        answered\n        total\n        families {\n          family\n          appetence\n          competence\n        }\n      }\n      startingUlos {\n        code\n        title\n      }\n      suggestedModules\n    }\n    sharingAgreements {\n      id\n      endedAt\n      company {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PositioningSessionResultsDocument,
    "\n  mutation HandOverCandidate($candidateId: ID!, $companyId: ID!) {\n    handOverCandidate(candidateId: $candidateId, companyId: $companyId, candidateConsent: true) {\n      id\n      handedOverAt\n    }\n  }\n": typeof types.HandOverCandidateDocument,
    "\n  query PositioningHandovers {\n    positioningHandovers {\n      id\n      workerId\n      displayName\n      fromNetwork\n      trades\n      candidateConsentedAt\n      ulos {\n        code\n        title\n      }\n      modules {\n        moduleVersionId\n        title\n        assigned\n      }\n    }\n  }\n": typeof types.PositioningHandoversDocument,
    "\n  query FrameworkCatalogue {\n    frameworkCatalogue {\n      id\n      code\n      version\n      ulos {\n        code\n        title\n        titleFr\n        topic\n        eqfLevel\n        credits\n        esco\n        knowledge\n        skills\n        autonomy\n      }\n      schemes {\n        code\n        title\n        titleFr\n        units {\n          code\n          title\n          titleFr\n        }\n        qualifications {\n          scheme\n          code\n          title\n          titleFr\n          units\n          nOf\n          practicalValidation\n          validityMonths\n        }\n      }\n    }\n  }\n": typeof types.FrameworkCatalogueDocument,
    "\n  mutation SaveReferenceUlo($input: ReferenceUloInput!, $create: Boolean!) {\n    saveReferenceUlo(input: $input, create: $create) {\n      code\n    }\n  }\n": typeof types.SaveReferenceUloDocument,
    "\n  mutation UpdateSchemeQualification($schemeCode: String!, $code: String!, $input: SchemeQualificationInput!) {\n    updateSchemeQualification(schemeCode: $schemeCode, code: $code, input: $input) {\n      scheme\n      code\n    }\n  }\n": typeof types.UpdateSchemeQualificationDocument,
    "\n  mutation SaveUloMapping($schemeCode: String!, $schemeUnit: String!, $ulo: String!, $coverage: String!, $note: String!, $noteFr: String) {\n    saveUloMapping(schemeCode: $schemeCode, schemeUnit: $schemeUnit, ulo: $ulo, coverage: $coverage, note: $note, noteFr: $noteFr) {\n      id\n      approved\n    }\n  }\n": typeof types.SaveUloMappingDocument,
    "\n  mutation RemoveUloMapping($id: ID!) {\n    removeUloMapping(id: $id)\n  }\n": typeof types.RemoveUloMappingDocument,
    "\n  query FrameworkChanges($limit: Int!) {\n    frameworkChanges(limit: $limit) {\n      id\n      kind\n      code\n      action\n      fields\n      changedAt\n      changedBy\n    }\n  }\n": typeof types.FrameworkChangesDocument,
    "\n  query PassportInputs($workerId: ID) {\n    passportInputs(workerId: $workerId) {\n      workerId\n      displayName\n      today\n      catalogue\n      evidence {\n        ulo\n        moduleId\n        completedAt\n        passedAt\n        validatedAt\n        validationRequired\n        freshUntil\n      }\n      modules {\n        moduleId\n        versionId\n        title\n        outcomes\n        startable\n      }\n      awards {\n        id\n        scheme\n        qualification\n        awardedAt\n        expiresAt\n        expired\n        revoked\n        onHoldReason\n        evidenceChain {\n          moduleId\n          moduleTitle\n          moduleVersion\n          attempts\n          passedAt\n          completedAt\n          validatedAt\n          validatedBy\n          where\n        }\n      }\n    }\n  }\n": typeof types.PassportInputsDocument,
    "\n  query TeamMatrix($siteId: ID, $teamId: ID, $schemeCode: String, $withUlos: Boolean!) {\n    teamMatrix(siteId: $siteId, teamId: $teamId, schemeCode: $schemeCode) {\n      workers {\n        id\n        displayName\n      }\n      qualifications {\n        code\n        scheme\n        title\n        titleFr\n      }\n      rows {\n        workerId\n        statuses\n        percents\n        expiresAt\n      }\n      ulos @include(if: $withUlos) {\n        code\n        title\n        titleFr\n      }\n      uloEntries @include(if: $withUlos) {\n        workerId\n        ulo\n        state\n        expiresAt\n      }\n    }\n  }\n": typeof types.TeamMatrixDocument,
    "\n  query MatrixFilters {\n    sites {\n      id\n      name\n    }\n    teams {\n      id\n      name\n    }\n  }\n": typeof types.MatrixFiltersDocument,
    "\n  query TeamMatrixCsv($siteId: ID, $teamId: ID, $schemeCode: String) {\n    teamMatrixCsv(siteId: $siteId, teamId: $teamId, schemeCode: $schemeCode)\n  }\n": typeof types.TeamMatrixCsvDocument,
    "\n  query UloMappings {\n    uloMappings {\n      id\n      scheme\n      schemeUnit\n      ulo\n      coverage\n      note\n      noteFr\n      approved\n    }\n  }\n": typeof types.UloMappingsDocument,
    "\n  mutation ApproveUloMapping($id: ID!) {\n    approveUloMapping(id: $id) {\n      id\n      approved\n    }\n  }\n": typeof types.ApproveUloMappingDocument,
    "\n  fragment FrameworkImportFields on FrameworkImport {\n    id\n    code\n    version\n    ulos\n    schemes\n    qualifications\n    mappings\n    tasks\n  }\n": typeof types.FrameworkImportFieldsFragmentDoc,
    "\n  mutation ImportFramework($json: String!) {\n    importFramework(json: $json) {\n      ...FrameworkImportFields\n    }\n  }\n": typeof types.ImportFrameworkDocument,
    "\n  mutation ImportFrameworkCsv($csv: String!) {\n    importFrameworkCsv(csv: $csv) {\n      ...FrameworkImportFields\n    }\n  }\n": typeof types.ImportFrameworkCsvDocument,
    "\n  query ExportFrameworkCsv {\n    exportFrameworkCsv\n  }\n": typeof types.ExportFrameworkCsvDocument,
    "\n  query BilateralAgreements {\n    bilateralAgreements {\n      id\n      fromScheme\n      held\n      toScheme\n      recognised\n      note\n      noteFr\n      approved\n    }\n  }\n": typeof types.BilateralAgreementsDocument,
    "\n  mutation ApproveBilateralAgreement($id: ID!) {\n    approveBilateralAgreement(id: $id) {\n      id\n      approved\n    }\n  }\n": typeof types.ApproveBilateralAgreementDocument,
    "\n  query ExportFramework {\n    exportFramework\n  }\n": typeof types.ExportFrameworkDocument,
    "\n  query FrameworkTasks {\n    frameworkTasks {\n      code\n      title\n      titleFr\n      phase\n      professions {\n        name\n        nameFr\n      }\n      ulos\n    }\n  }\n": typeof types.FrameworkTasksDocument,
    "\n  query FrameworkUlos {\n    frameworkUlos {\n      code\n      title\n      titleFr\n      topic\n    }\n    retiredUlos {\n      code\n      title\n      titleFr\n      topic\n    }\n  }\n": typeof types.FrameworkUlosDocument,
    "\n  query RecallLapses($siteId: ID!) {\n    recallLapses(siteId: $siteId) {\n      teamId\n      teamName\n      ulo\n      uloTitle\n      uloTitleFr\n      workers\n      cards\n      recalls\n      lapses\n      lapseShare\n    }\n  }\n": typeof types.RecallLapsesDocument,
    "\n  query RecallPolicy {\n    recallPolicy {\n      keepsFresh\n      extendMonths\n      windowDays\n    }\n  }\n": typeof types.RecallPolicyDocument,
    "\n  mutation SetRecallPolicy($keepsFresh: Boolean!, $extendMonths: Int!, $windowDays: Int!) {\n    setRecallPolicy(keepsFresh: $keepsFresh, extendMonths: $extendMonths, windowDays: $windowDays) {\n      keepsFresh\n      extendMonths\n      windowDays\n    }\n  }\n": typeof types.SetRecallPolicyDocument,
    "\n  query UpcomingRenewals($siteId: ID, $days: Int) {\n    upcomingRenewals(siteId: $siteId, days: $days) {\n      workerId\n      workerName\n      ulo\n      expiresOn\n      qualification\n      modules\n      assigned\n    }\n  }\n": typeof types.UpcomingRenewalsDocument,
    "\n  fragment SiteFields on Site {\n    id\n    name\n    address\n    startsOn\n    endsOn\n    timeZone\n    client\n    contractReference\n    status\n    closedAt\n  }\n": typeof types.SiteFieldsFragmentDoc,
    "\n  query SiteList($status: SiteStatus) {\n    sites(status: $status) {\n      ...SiteFields\n    }\n  }\n": typeof types.SiteListDocument,
    "\n  mutation CreateSite($input: SiteInput!) {\n    createSite(input: $input) {\n      ...SiteFields\n    }\n  }\n": typeof types.CreateSiteDocument,
    "\n  mutation UpdateSite($id: ID!, $input: SiteInput!) {\n    updateSite(id: $id, input: $input) {\n      ...SiteFields\n    }\n  }\n": typeof types.UpdateSiteDocument,
    "\n  mutation CloseSite($id: ID!) {\n    closeSite(id: $id) {\n      ...SiteFields\n    }\n  }\n": typeof types.CloseSiteDocument,
    "\n  query EligibilityReadLog {\n    eligibilityReadLog {\n      id\n      personName\n      readerName\n      readerOrganisation\n      reason\n      readAt\n    }\n  }\n": typeof types.EligibilityReadLogDocument,
    "\n  query ClauseContracts {\n    clauseContracts {\n      id\n      reference\n      title\n      buyer\n      startsOn\n      endsOn\n      progress {\n        targetHours\n        achievedHours\n        pendingHours\n        achievedFte\n        percent\n      }\n    }\n  }\n": typeof types.ClauseContractsDocument,
    "\n  query ClauseContract($id: ID!, $reason: String!) {\n    clauseContract(id: $id) {\n      id\n      reference\n      title\n      buyer\n      startsOn\n      endsOn\n      territoryName\n      networkName\n      viewerSide\n      progress {\n        targetHours\n        achievedHours\n        pendingHours\n        achievedFte\n        targetFte\n        percent\n      }\n      lots {\n        id\n        label\n        targetHours\n        companies {\n          organisationId\n          name\n        }\n        sites {\n          id\n          name\n        }\n        progress {\n          achievedHours\n          pendingHours\n          percent\n        }\n      }\n      companies {\n        company {\n          name\n        }\n        progress {\n          targetHours\n          achievedHours\n          percent\n        }\n      }\n    }\n    clauseParticipants(contractId: $id, reason: $reason) {\n      id\n      personName\n      companyName\n      companyId\n      category\n      evidenceType\n      startsOn\n      endsOn\n      exitOutcome\n    }\n    clauseDeclarations(contractId: $id) {\n      id\n      participantId\n      personName\n      companyName\n      lotLabel\n      month\n      hoursWorked\n      trainingHours\n      trainingHoursComputed\n      trainingCorrectionReason\n      status\n      correctionReason\n      sentBackReason\n    }\n  }\n": typeof types.ClauseContractDocument,
    "\n  mutation DeclareClauseHours($input: ClauseHoursInput!) {\n    declareClauseHours(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DeclareClauseHoursDocument,
    "\n  mutation DecideClauseHours($declarationId: ID!, $verdict: String!, $reason: String) {\n    decideClauseHours(declarationId: $declarationId, verdict: $verdict, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.DecideClauseHoursDocument,
    "\n  query ClauseContractOptions {\n    territories {\n      id\n      name\n    }\n    sharingAgreements {\n      id\n      endedAt\n      company {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ClauseContractOptionsDocument,
    "\n  mutation CreateClauseContract($input: ClauseContractInput!) {\n    createClauseContract(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateClauseContractDocument,
    "\n  mutation RecordClauseExit($participantId: ID!, $outcome: String!, $exitOn: String!) {\n    recordClauseExit(participantId: $participantId, outcome: $outcome, exitOn: $exitOn) {\n      id\n      exitOutcome\n    }\n  }\n": typeof types.RecordClauseExitDocument,
    "\n  query ClauseCompanySites {\n    sites(status: active) {\n      id\n      name\n    }\n  }\n": typeof types.ClauseCompanySitesDocument,
    "\n  mutation LinkClauseLotSite($lotId: ID!, $siteId: ID!) {\n    linkClauseLotSite(lotId: $lotId, siteId: $siteId) {\n      id\n    }\n  }\n": typeof types.LinkClauseLotSiteDocument,
    "\n  query ClauseParticipantCandidates($contractId: ID!) {\n    clauseParticipantCandidates(contractId: $contractId) {\n      workerId\n      personName\n      companyName\n    }\n  }\n": typeof types.ClauseParticipantCandidatesDocument,
    "\n  mutation AddClauseParticipant($input: ClauseParticipantInput!) {\n    addClauseParticipant(input: $input) {\n      id\n      personName\n    }\n  }\n": typeof types.AddClauseParticipantDocument,
    "\n  query ClauseParticipantPath($participantId: ID!, $reason: String!, $language: String!) {\n    clauseParticipantPath(participantId: $participantId, reason: $reason, language: $language) {\n      personName\n      contracts {\n        participantId\n        contractId\n        reference\n        title\n        companyName\n        category\n        startsOn\n        endsOn\n        exitOutcome\n        exitOn\n      }\n      months {\n        month\n        reference\n        hoursWorked\n        trainingHours\n        status\n      }\n      modules {\n        title\n        completedOn\n      }\n      afests {\n        id\n        title\n        startedOn\n        signedOn\n        sequences\n      }\n      qualifications {\n        title\n        scheme\n        awardedOn\n      }\n    }\n  }\n": typeof types.ClauseParticipantPathDocument,
    "\n  mutation EnrolTabletWithCode($code: String!, $publicKey: String) {\n    enrolTabletWithCode(code: $code, publicKey: $publicKey) {\n      deviceToken\n      siteName\n      tablet {\n        id\n        label\n      }\n    }\n  }\n": typeof types.EnrolTabletWithCodeDocument,
    "\n  mutation SetupEnrolTablet($siteId: ID!, $label: String!, $publicKey: String) {\n    enrolTablet(siteId: $siteId, label: $label, publicKey: $publicKey) {\n      deviceToken\n      siteName\n      tablet {\n        id\n        label\n      }\n    }\n  }\n": typeof types.SetupEnrolTabletDocument,
    "\n  query SetupSites {\n    sites {\n      id\n      name\n    }\n  }\n": typeof types.SetupSitesDocument,
    "\n  mutation CreateTabletEnrolmentCode($siteId: ID!, $label: String!) {\n    createTabletEnrolmentCode(siteId: $siteId, label: $label) {\n      code\n      expiresAt\n    }\n  }\n": typeof types.CreateTabletEnrolmentCodeDocument,
    "\n  query TabletCrew {\n    tabletCrew {\n      id\n      displayName\n    }\n  }\n": typeof types.TabletCrewDocument,
    "\n  mutation PinLogin($workerId: ID!, $pin: String!) {\n    pinLogin(workerId: $workerId, pin: $pin) {\n      ...LoginPayloadFields\n    }\n  }\n": typeof types.PinLoginDocument,
    "\n  mutation BadgeLogin($code: String!) {\n    badgeLogin(code: $code) {\n      ...LoginPayloadFields\n    }\n  }\n": typeof types.BadgeLoginDocument,
    "\n  mutation ReportOfflineLockout($workerId: ID!, $lockedAt: DateTime!) {\n    reportOfflineLockout(workerId: $workerId, lockedAt: $lockedAt)\n  }\n": typeof types.ReportOfflineLockoutDocument,
    "\n  query SiteTender($siteId: ID!) {\n    sites {\n      id\n      name\n    }\n    siteTenderCheck(siteId: $siteId) {\n      siteId\n      requirements {\n        crewSize\n        metCount\n        metPercent\n        requirement {\n          id\n          title\n          clause\n          ulos\n          qualifications\n        }\n        members {\n          workerId\n          displayName\n          met\n          missingUlos\n          missingQualifications\n        }\n      }\n    }\n  }\n": typeof types.SiteTenderDocument,
    "\n  query TenderCatalogue {\n    passportInputs {\n      catalogue\n    }\n  }\n": typeof types.TenderCatalogueDocument,
    "\n  mutation CreateTenderRequirement($input: CreateTenderRequirementInput!) {\n    createTenderRequirement(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateTenderRequirementDocument,
    "\n  mutation UpdateTenderRequirement($id: ID!, $input: TenderRequirementInput!) {\n    updateTenderRequirement(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateTenderRequirementDocument,
    "\n  mutation DeleteTenderRequirement($id: ID!) {\n    deleteTenderRequirement(id: $id)\n  }\n": typeof types.DeleteTenderRequirementDocument,
    "\n  query PendingValidations {\n    pendingValidations {\n      statementId\n      workerId\n      workerName\n      activityId\n      moduleVersionId\n      response\n      evidence\n      submittedAt\n      review\n      moduleVersion {\n        id\n        version\n        content\n        title {\n          text\n        }\n      }\n    }\n    refusedStatements {\n      statementId\n      workerName\n      rule\n      reason\n      refusedAt\n    }\n    modules {\n      id\n      latestPublished {\n        id\n        version\n        content\n        title {\n          text\n        }\n      }\n    }\n  }\n": typeof types.PendingValidationsDocument,
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
    "\n  fragment AfestFields on Afest {\n    id\n    title\n    workerId\n    workerName\n    trainerId\n    trainerName\n    targetUlos\n    heldUlos {\n      code\n      title\n      titleFr\n    }\n    positioningNote\n    positionedAt\n    lockedAt\n    sequences {\n      id\n      activity\n      moduleTitle\n      plannedOn\n      siteName\n      plannedMinutes\n      reflections {\n        id\n        done\n        learned\n        difficulties\n        dictated\n        recordedAt\n        afterLock\n      }\n    }\n    evaluations {\n      statementId\n      moduleTitle\n      review\n      reviewComment\n      reviewedBy\n      reviewedAt\n      submittedAt\n    }\n    signatures {\n      role\n      signerId\n      signerName\n      signedAt\n    }\n    additions {\n      id\n      authorName\n      reason\n      note\n      createdAt\n    }\n    hours {\n      plannedHours\n      realisedHours\n    }\n  }\n": types.AfestFieldsFragmentDoc,
    "\n  query AfestList {\n    afests {\n      id\n      title\n      workerName\n      trainerName\n      lockedAt\n      hours {\n        plannedHours\n        realisedHours\n      }\n    }\n    workers {\n      id\n      displayName\n    }\n  }\n": types.AfestListDocument,
    "\n  query Afest($id: ID!) {\n    afest(id: $id) {\n      ...AfestFields\n    }\n    sites {\n      id\n      name\n    }\n    modules {\n      id\n      latestPublished {\n        id\n        title {\n          text\n        }\n      }\n    }\n  }\n": types.AfestDocument,
    "\n  query MyAfests {\n    myAfests {\n      id\n      title\n      trainerId\n      trainerName\n      lockedAt\n      sequences {\n        id\n        activity\n        plannedOn\n        reflections {\n          id\n          done\n          recordedAt\n        }\n      }\n      signatures {\n        role\n        signedAt\n      }\n    }\n  }\n": types.MyAfestsDocument,
    "\n  query AfestPositioning($workerId: ID) {\n    passport(workerId: $workerId) {\n      workerId\n      ulos {\n        code\n        title\n        titleFr\n        state\n      }\n    }\n    passportInputs(workerId: $workerId) {\n      catalogue\n    }\n  }\n": types.AfestPositioningDocument,
    "\n  mutation CreateAfest($input: CreateAfestInput!) {\n    createAfest(input: $input) {\n      id\n    }\n  }\n": types.CreateAfestDocument,
    "\n  mutation PlanAfestSequence($input: PlanAfestSequenceInput!) {\n    planAfestSequence(input: $input) {\n      ...AfestFields\n    }\n  }\n": types.PlanAfestSequenceDocument,
    "\n  mutation SignAfest($afestId: ID!, $signature: DrawnSignatureInput!) {\n    signAfest(afestId: $afestId, signature: $signature) {\n      ...AfestFields\n    }\n  }\n": types.SignAfestDocument,
    "\n  mutation AddAfestNote($afestId: ID!, $reason: String!, $note: String!) {\n    addAfestNote(afestId: $afestId, reason: $reason, note: $note) {\n      ...AfestFields\n    }\n  }\n": types.AddAfestNoteDocument,
    "\n  query AssignTargets($siteId: ID) {\n    modules {\n      id\n      slug\n      latestPublished {\n        id\n        version\n        title {\n          text\n        }\n      }\n    }\n    teams {\n      id\n      name\n      members {\n        id\n      }\n    }\n    workers(siteId: $siteId) {\n      id\n      displayName\n      trade\n    }\n    # Nothing new is assigned at a closed site.\n    sites(status: active) {\n      id\n      timeZone\n      name\n    }\n  }\n": types.AssignTargetsDocument,
    "\n  mutation AssignModule($input: AssignModuleInput!) {\n    assignModule(input: $input) {\n      batchId\n      assigned\n    }\n  }\n": types.AssignModuleDocument,
    "\n  query MyDay {\n    myAssignments {\n      id\n      dueOn\n      reason\n      status\n      overdue\n      createdAt\n      moduleVersion {\n        id\n        version\n        content\n        title {\n          text\n          lang\n          fellBack\n        }\n      }\n      progress {\n        bestScore\n        completedAt\n        passedAt\n      }\n    }\n    myPracticalReviews {\n      statementId\n      review\n      reviewComment\n      reviewedBy\n      reviewedAt\n      moduleVersionId\n    }\n  }\n": types.MyDayDocument,
    "\n  query Cohort($siteId: ID!, $teamId: ID) {\n    cohort(siteId: $siteId, teamId: $teamId) {\n      workers {\n        id\n        displayName\n        trade\n      }\n      moduleVersions {\n        id\n        version\n        title {\n          text\n        }\n      }\n      entries {\n        assignmentId\n        workerId\n        moduleVersionId\n        dueOn\n        status\n        overdue\n        lastActivityAt\n        bestScore\n      }\n    }\n    teams {\n      id\n      name\n    }\n    sites {\n      id\n      name\n    }\n    crew: workers(siteId: $siteId) {\n      id\n      displayName\n    }\n  }\n": types.CohortDocument,
    "\n  fragment AttemptFields on ModuleAttempt {\n    id\n    version\n    outcome\n    score\n    startedAt\n    finishedAt\n    moduleVersion {\n      id\n      title {\n        text\n      }\n    }\n  }\n": types.AttemptFieldsFragmentDoc,
    "\n  query WorkerAttempts($workerId: ID!) {\n    workerAttempts(workerId: $workerId) {\n      ...AttemptFields\n    }\n  }\n": types.WorkerAttemptsDocument,
    "\n  query MyAttempts {\n    myAttempts {\n      ...AttemptFields\n    }\n  }\n": types.MyAttemptsDocument,
    "\n  mutation CancelAssignment($id: ID!) {\n    cancelAssignment(id: $id) {\n      id\n      state\n    }\n  }\n": types.CancelAssignmentDocument,
    "\n  mutation ReassignAssignment($id: ID!, $workerId: ID!) {\n    reassignAssignment(id: $id, workerId: $workerId) {\n      id\n      workerId\n    }\n  }\n": types.ReassignAssignmentDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...LoginPayloadFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  query PasswordResetState($token: String!) {\n    passwordResetState(token: $token)\n  }\n": types.PasswordResetStateDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation LeaveOrganisation($organisationId: ID!) {\n    leaveOrganisation(organisationId: $organisationId)\n  }\n": types.LeaveOrganisationDocument,
    "\n  query Members {\n    members {\n      id\n      displayName\n      email\n      role\n      deactivatedAt\n      lastSignInAt\n    }\n  }\n": types.MembersDocument,
    "\n  mutation DeactivateMember($userId: ID!) {\n    deactivateMember(userId: $userId) {\n      id\n      deactivatedAt\n    }\n  }\n": types.DeactivateMemberDocument,
    "\n  mutation ReactivateMember($userId: ID!) {\n    reactivateMember(userId: $userId) {\n      id\n      deactivatedAt\n    }\n  }\n": types.ReactivateMemberDocument,
    "\n  mutation PasswordResetLinkFor($email: String!) {\n    passwordResetLinkFor(email: $email) {\n      link\n      expiresAt\n    }\n  }\n": types.PasswordResetLinkForDocument,
    "\n  query SiteReviewItems($siteId: ID!) {\n    siteReviewItems(siteId: $siteId) {\n      id\n      title\n      description\n      topicAuthor\n      labels\n      status\n      elements {\n        globalId\n        ifcClass\n        name\n        storey\n      }\n    }\n  }\n": types.SiteReviewItemsDocument,
    "\n  mutation ResolveSiteReviewItem($id: ID!, $note: String) {\n    resolveSiteReviewItem(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n": types.ResolveSiteReviewItemDocument,
    "\n  query SiteModels($siteId: ID!) {\n    siteModels(siteId: $siteId) {\n      id\n      version\n      fileName\n      sizeBytes\n      schema\n      status\n      progress\n      errorMessage\n      createdAt\n      geometry {\n        url\n      }\n      summary {\n        elements\n        byClass {\n          ifcClass\n          count\n        }\n        storeys {\n          name\n          elevation\n          elements\n        }\n      }\n    }\n  }\n": types.SiteModelsDocument,
    "\n  query ModelChanges($modelId: ID!) {\n    modelChanges(modelId: $modelId) {\n      addedCount\n      removedCount\n      previousVersion\n    }\n  }\n": types.ModelChangesDocument,
    "\n  query SiteRecommendations($siteId: ID!, $lang: String) {\n    siteRecommendations(siteId: $siteId, lang: $lang) {\n      moduleRef\n      topic\n      modelId\n      title\n      summary\n      elementCount\n      globalIds\n      storeys {\n        name\n        count\n      }\n    }\n  }\n": types.SiteRecommendationsDocument,
    "\n  query RecommendedElements($modelId: ID!, $filter: ElementFilterInput) {\n    modelElements(modelId: $modelId, filter: $filter) {\n      total\n      items {\n        globalId\n        ifcClass\n        predefinedType\n        name\n        storey\n        materials\n        properties {\n          name\n          value\n        }\n      }\n    }\n  }\n": types.RecommendedElementsDocument,
    "\n  mutation RetryModelParse($modelId: ID!) {\n    retryModelParse(modelId: $modelId) {\n      id\n      status\n      progress\n    }\n  }\n": types.RetryModelParseDocument,
    "\n  query CurrentSiteModel($siteId: ID) {\n    currentSiteModel(siteId: $siteId) {\n      id\n      siteId\n      version\n      fileName\n      geometry {\n        url\n        bytes\n      }\n    }\n  }\n": types.CurrentSiteModelDocument,
    "\n  query BimSites {\n    sites {\n      id\n      name\n    }\n  }\n": types.BimSitesDocument,
    "\n  query Catalogue($filter: ModuleFilterInput, $lang: String) {\n    modules(filter: $filter) {\n      id\n      slug\n      draft {\n        id\n        version\n        title(lang: $lang) {\n          text\n          lang\n          fellBack\n        }\n      }\n      latestPublished {\n        id\n        version\n        content\n        title(lang: $lang) {\n          text\n          lang\n          fellBack\n        }\n      }\n      publishedVersions {\n        id\n        version\n        publishedAt\n      }\n    }\n  }\n": types.CatalogueDocument,
    "\n  query Credentials($workerId: ID) {\n    credentials(workerId: $workerId) {\n      id\n      url\n      scheme\n      qualification\n      title\n      titleFr\n      issuerName\n      issuedAt\n      validUntil\n      state\n      revokedAt\n      revocationReason\n    }\n  }\n": types.CredentialsDocument,
    "\n  mutation RevokeCredential($id: ID!, $reason: String!) {\n    revokeCredential(id: $id, reason: $reason) {\n      id\n      state\n      revokedAt\n      revocationReason\n    }\n  }\n": types.RevokeCredentialDocument,
    "\n  query PassportElm($workerId: ID) {\n    passportElm(workerId: $workerId)\n  }\n": types.PassportElmDocument,
    "\n  fragment WorkerFields on Worker {\n    id\n    displayName\n    email\n    language\n    trade\n    hasPin\n  }\n": types.WorkerFieldsFragmentDoc,
    "\n  query Workers($siteId: ID) {\n    workers(siteId: $siteId) {\n      ...WorkerFields\n    }\n  }\n": types.WorkersDocument,
    "\n  mutation AddWorker($input: AddWorkerInput!) {\n    addWorker(input: $input) {\n      worker {\n        ...WorkerFields\n      }\n      invitation {\n        id\n        email\n        link\n      }\n    }\n  }\n": types.AddWorkerDocument,
    "\n  mutation SetWorkerPin($workerId: ID!, $pin: String!) {\n    setWorkerPin(workerId: $workerId, pin: $pin) {\n      ...WorkerFields\n    }\n  }\n": types.SetWorkerPinDocument,
    "\n  query Teams {\n    teams {\n      id\n      name\n      members {\n        id\n      }\n    }\n  }\n": types.TeamsDocument,
    "\n  mutation CreateTeam($name: String!) {\n    createTeam(name: $name) {\n      id\n    }\n  }\n": types.CreateTeamDocument,
    "\n  mutation SetTeamMembers($teamId: ID!, $workerIds: [ID!]!) {\n    setTeamMembers(teamId: $teamId, workerIds: $workerIds) {\n      id\n    }\n  }\n": types.SetTeamMembersDocument,
    "\n  query SiteCrew($siteId: ID!) {\n    sites {\n      id\n      name\n      address\n      status\n    }\n    all: workers {\n      id\n      displayName\n      trade\n    }\n    crew: workers(siteId: $siteId) {\n      id\n    }\n    tablets(siteId: $siteId) {\n      id\n      label\n      createdAt\n      lastSeenAt\n      revokedAt\n    }\n  }\n": types.SiteCrewDocument,
    "\n  mutation SetSiteCrew($siteId: ID!, $workerIds: [ID!]!) {\n    setSiteCrew(siteId: $siteId, workerIds: $workerIds) {\n      id\n    }\n  }\n": types.SetSiteCrewDocument,
    "\n  mutation RevokeTablet($id: ID!) {\n    revokeTablet(id: $id) {\n      id\n    }\n  }\n": types.RevokeTabletDocument,
    "\n  query BadgeSheet($siteId: ID) {\n    badgeSheet(siteId: $siteId) {\n      workerId\n      displayName\n      trade\n      qrPayload\n    }\n  }\n": types.BadgeSheetDocument,
    "\n  query LabelModules($siteId: ID!) {\n    labelModules(siteId: $siteId) {\n      moduleId\n      title\n      elementCount\n      ifcClasses\n      storeys\n    }\n  }\n": types.LabelModulesDocument,
    "\n  query ForecastInputs($territoryId: ID!) {\n    forecastProjects(territoryId: $territoryId) {\n      id\n      name\n      years\n      buildingType\n      dwellings\n      floorArea\n      packages {\n        workPackage\n        quantity\n      }\n      source\n    }\n    forecastHeadcounts(territoryId: $territoryId) {\n      id\n      label\n      ulo\n      workers\n    }\n    forecastScenarios(territoryId: $territoryId) {\n      id\n      name\n      low\n      central\n      high\n      productiveHours\n    }\n  }\n": types.ForecastInputsDocument,
    "\n  query ForecastRatios {\n    forecastRatios {\n      workPackage\n      unit\n      hoursPerUnit {\n        trade\n        hours\n      }\n      ulos\n      demoValue\n      source\n    }\n    forecastUlos {\n      code\n      title\n    }\n  }\n": types.ForecastRatiosDocument,
    "\n  query Forecast($territoryId: ID!, $low: Float!, $central: Float!, $high: Float!, $productiveHours: Int!) {\n    forecast(territoryId: $territoryId, low: $low, central: $central, high: $high, productiveHours: $productiveHours) {\n      territoryName\n      sharingCompanies\n      scenarios {\n        kind\n        multiplier\n        totalHours\n        peakWorkers\n        peopleToTrain\n      }\n      years {\n        scenario\n        year\n        hours\n        workers\n        hoursByTrade {\n          trade\n          hours\n        }\n        ulos {\n          ulo\n          title\n          needed\n          held\n          expiring\n          gap\n        }\n        qualifications {\n          code\n          title\n          gap\n        }\n      }\n      plan {\n        modules {\n          moduleId\n          title\n          ulos\n          learners\n          hours\n        }\n        hours\n        uncovered\n      }\n    }\n  }\n": types.ForecastDocument,
    "\n  mutation CreateForecastProject($input: ForecastProjectInput!) {\n    createForecastProject(input: $input) {\n      id\n    }\n  }\n": types.CreateForecastProjectDocument,
    "\n  mutation DeleteForecastProject($id: ID!) {\n    deleteForecastProject(id: $id)\n  }\n": types.DeleteForecastProjectDocument,
    "\n  mutation ImportForecastProjects($territoryId: ID!, $csv: String!) {\n    importForecastProjects(territoryId: $territoryId, csv: $csv) {\n      created\n      errors {\n        line\n        field\n        problem\n      }\n    }\n  }\n": types.ImportForecastProjectsDocument,
    "\n  mutation SaveForecastRatio($input: ForecastRatioInput!) {\n    saveForecastRatio(input: $input) {\n      workPackage\n    }\n  }\n": types.SaveForecastRatioDocument,
    "\n  mutation AddForecastHeadcount($input: ForecastHeadcountInput!) {\n    addForecastHeadcount(input: $input) {\n      id\n    }\n  }\n": types.AddForecastHeadcountDocument,
    "\n  mutation DeleteForecastHeadcount($id: ID!) {\n    deleteForecastHeadcount(id: $id)\n  }\n": types.DeleteForecastHeadcountDocument,
    "\n  mutation SaveForecastScenario($input: ScenarioSetInput!) {\n    saveForecastScenario(input: $input) {\n      id\n    }\n  }\n": types.SaveForecastScenarioDocument,
    "\n  query ForecastBuildingModels {\n    forecastBuildingModels {\n      modelId\n      siteName\n      companyName\n      fileName\n      version\n      windows\n      externalWalls\n      externalWallArea\n      externalWallAreaEstimated\n    }\n  }\n": types.ForecastBuildingModelsDocument,
    "\n  query Sites {\n    sites(status: active) {\n      id\n      name\n      address\n      startsOn\n      endsOn\n    }\n  }\n": types.SitesDocument,
    "\n  query PendingCount {\n    pendingValidations {\n      statementId\n    }\n  }\n": types.PendingCountDocument,
    "\n  fragment EditorModule on LearningModule {\n    id\n    slug\n    draft {\n      id\n      version\n      content\n      updatedAt\n    }\n    latestPublished {\n      id\n      version\n      content\n    }\n    publishedVersions {\n      id\n      version\n      publishedAt\n    }\n  }\n": types.EditorModuleFragmentDoc,
    "\n  query EditorModule($id: ID!) {\n    module(id: $id) {\n      ...EditorModule\n    }\n  }\n": types.EditorModuleDocument,
    "\n  mutation CreateModule($input: CreateModuleInput!) {\n    createModule(input: $input) {\n      ...EditorModule\n    }\n  }\n": types.CreateModuleDocument,
    "\n  mutation UpdateModuleDraft($input: UpdateModuleDraftInput!) {\n    updateModuleDraft(input: $input) {\n      ...EditorModule\n    }\n  }\n": types.UpdateModuleDraftDocument,
    "\n  mutation PublishModule($id: ID!) {\n    publishModule(id: $id) {\n      ...EditorModule\n    }\n  }\n": types.PublishModuleDocument,
    "\n  query PlayerVersion($id: ID!) {\n    moduleVersion(id: $id) {\n      id\n      moduleId\n      version\n      status\n      content\n    }\n  }\n": types.PlayerVersionDocument,
    "\n  query NetworkFigures($months: Int!) {\n    networkFigures(months: $months) {\n      sharingCompanies\n      months\n      workersTrained {\n        label\n        columns\n        cells\n        total\n      }\n      trainingHours {\n        label\n        columns\n        cells\n        total\n      }\n      awardsByScheme {\n        label\n        columns\n        cells\n        total\n      }\n      expiringByScheme {\n        label\n        columns\n        cells\n        total\n      }\n      awardsByEqfLevel {\n        label\n        columns\n        cells\n        total\n      }\n      ulosAwarded {\n        label\n        columns\n        cells\n        total\n      }\n      clauseHoursByTerritory {\n        label\n        columns\n        cells\n        total\n      }\n      clauseTargets {\n        territory\n        targetHours\n        achievedHours\n        percent\n      }\n    }\n  }\n": types.NetworkFiguresDocument,
    "\n  query Territories {\n    territories {\n      id\n      name\n      codes\n    }\n  }\n": types.TerritoriesDocument,
    "\n  mutation CreateTerritory($input: TerritoryInput!) {\n    createTerritory(input: $input) {\n      id\n    }\n  }\n": types.CreateTerritoryDocument,
    "\n  mutation UpdateTerritory($id: ID!, $input: TerritoryInput!) {\n    updateTerritory(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateTerritoryDocument,
    "\n  query SharingAgreements {\n    sharingAgreements {\n      id\n      company {\n        id\n        name\n      }\n      network {\n        id\n        name\n      }\n      startedAt\n      endedAt\n    }\n  }\n": types.SharingAgreementsDocument,
    "\n  query NetworkBodies {\n    networkBodies {\n      id\n      name\n    }\n  }\n": types.NetworkBodiesDocument,
    "\n  mutation StartSharing($networkOrganisationId: ID!) {\n    startSharing(networkOrganisationId: $networkOrganisationId) {\n      id\n    }\n  }\n": types.StartSharingDocument,
    "\n  mutation EndSharing($id: ID!) {\n    endSharing(id: $id) {\n      id\n    }\n  }\n": types.EndSharingDocument,
    "\n  query MyNotifications {\n    myNotifications {\n      id\n      kind\n      message\n      createdAt\n      readAt\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query ManagedOrganisations {\n    managedOrganisations {\n      id\n      slug\n      name\n      kind\n    }\n  }\n": types.ManagedOrganisationsDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      slug\n      name\n      kind\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    expiresAt\n    acceptedAt\n  }\n": types.InvitationFieldsFragmentDoc,
    "\n  query Invitations($organisationId: ID!) {\n    invitations(organisationId: $organisationId) {\n      ...InvitationFields\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      ...InvitationFields\n      link\n      delivery\n    }\n  }\n": types.CreateInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": types.RevokeInvitationDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      organisationName\n      email\n      role\n      expiresAt\n      status\n      accountExists\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...LoginPayloadFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query FailedJobs {\n    failedJobs {\n      id\n      queue\n      error\n      retries\n      failedAt\n    }\n  }\n": types.FailedJobsDocument,
    "\n  mutation RequestErasure($workerId: ID) {\n    requestErasure(workerId: $workerId) {\n      id\n      requestedAt\n    }\n  }\n": types.RequestErasureDocument,
    "\n  query PersonalDataRequests {\n    personalDataRequests {\n      id\n      personName\n      requestedAt\n      requestedByName\n      executedAt\n      executedByName\n    }\n  }\n": types.PersonalDataRequestsDocument,
    "\n  mutation ExecuteErasure($requestId: ID!) {\n    executeErasure(requestId: $requestId) {\n      id\n      personName\n      executedAt\n      executedByName\n    }\n  }\n": types.ExecuteErasureDocument,
    "\n  query EvidenceRetention {\n    evidenceRetentionYears\n  }\n": types.EvidenceRetentionDocument,
    "\n  mutation SetEvidenceRetention($years: Int) {\n    setEvidenceRetentionYears(years: $years)\n  }\n": types.SetEvidenceRetentionDocument,
    "\n  query PositioningInvite($code: String!) {\n    positioningInvite(code: $code) {\n      sessionName\n      organisationName\n      language\n      retentionMonths\n    }\n  }\n": types.PositioningInviteDocument,
    "\n  mutation JoinPositioning($input: JoinPositioningInput!) {\n    joinPositioning(input: $input) {\n      token\n    }\n  }\n": types.JoinPositioningDocument,
    "\n  query PositioningProgress($token: String!) {\n    positioningProgress(token: $token) {\n      ...CandidateProgress\n    }\n  }\n": types.PositioningProgressDocument,
    "\n  mutation AnswerPositioning($token: String!, $itemId: String!, $value: [Int!]!) {\n    answerPositioning(token: $token, itemId: $itemId, value: $value) {\n      ...CandidateProgress\n    }\n  }\n": types.AnswerPositioningDocument,
    "\n  fragment CandidateProgress on PositioningProgress {\n    firstName\n    sessionName\n    language\n    completed\n    answers {\n      itemId\n      value\n    }\n    result {\n      fits\n      answered\n      total\n      families {\n        family\n        appetence\n        competence\n      }\n    }\n  }\n": types.CandidateProgressFragmentDoc,
    "\n  query PositioningSessions {\n    positioningSessions {\n      id\n      name\n      date\n      language\n      code\n      candidateCount\n      completedCount\n    }\n  }\n": types.PositioningSessionsDocument,
    "\n  mutation CreatePositioningSession($input: PositioningSessionInput!) {\n    createPositioningSession(input: $input) {\n      id\n    }\n  }\n": types.CreatePositioningSessionDocument,
    "\n  query PositioningSessionResults($id: ID!) {\n    positioningSession(id: $id) {\n      id\n      name\n      date\n      code\n      candidateCount\n      completedCount\n    }\n    positioningCandidates(sessionId: $id) {\n      id\n      firstName\n      stage\n      handedOverAt\n      profile {\n        fits\n        answered\n        total\n        families {\n          family\n          appetence\n          competence\n        }\n      }\n      startingUlos {\n        code\n        title\n      }\n      suggestedModules\n    }\n    sharingAgreements {\n      id\n      endedAt\n      company {\n        id\n        name\n      }\n    }\n  }\n": types.PositioningSessionResultsDocument,
    "\n  mutation HandOverCandidate($candidateId: ID!, $companyId: ID!) {\n    handOverCandidate(candidateId: $candidateId, companyId: $companyId, candidateConsent: true) {\n      id\n      handedOverAt\n    }\n  }\n": types.HandOverCandidateDocument,
    "\n  query PositioningHandovers {\n    positioningHandovers {\n      id\n      workerId\n      displayName\n      fromNetwork\n      trades\n      candidateConsentedAt\n      ulos {\n        code\n        title\n      }\n      modules {\n        moduleVersionId\n        title\n        assigned\n      }\n    }\n  }\n": types.PositioningHandoversDocument,
    "\n  query FrameworkCatalogue {\n    frameworkCatalogue {\n      id\n      code\n      version\n      ulos {\n        code\n        title\n        titleFr\n        topic\n        eqfLevel\n        credits\n        esco\n        knowledge\n        skills\n        autonomy\n      }\n      schemes {\n        code\n        title\n        titleFr\n        units {\n          code\n          title\n          titleFr\n        }\n        qualifications {\n          scheme\n          code\n          title\n          titleFr\n          units\n          nOf\n          practicalValidation\n          validityMonths\n        }\n      }\n    }\n  }\n": types.FrameworkCatalogueDocument,
    "\n  mutation SaveReferenceUlo($input: ReferenceUloInput!, $create: Boolean!) {\n    saveReferenceUlo(input: $input, create: $create) {\n      code\n    }\n  }\n": types.SaveReferenceUloDocument,
    "\n  mutation UpdateSchemeQualification($schemeCode: String!, $code: String!, $input: SchemeQualificationInput!) {\n    updateSchemeQualification(schemeCode: $schemeCode, code: $code, input: $input) {\n      scheme\n      code\n    }\n  }\n": types.UpdateSchemeQualificationDocument,
    "\n  mutation SaveUloMapping($schemeCode: String!, $schemeUnit: String!, $ulo: String!, $coverage: String!, $note: String!, $noteFr: String) {\n    saveUloMapping(schemeCode: $schemeCode, schemeUnit: $schemeUnit, ulo: $ulo, coverage: $coverage, note: $note, noteFr: $noteFr) {\n      id\n      approved\n    }\n  }\n": types.SaveUloMappingDocument,
    "\n  mutation RemoveUloMapping($id: ID!) {\n    removeUloMapping(id: $id)\n  }\n": types.RemoveUloMappingDocument,
    "\n  query FrameworkChanges($limit: Int!) {\n    frameworkChanges(limit: $limit) {\n      id\n      kind\n      code\n      action\n      fields\n      changedAt\n      changedBy\n    }\n  }\n": types.FrameworkChangesDocument,
    "\n  query PassportInputs($workerId: ID) {\n    passportInputs(workerId: $workerId) {\n      workerId\n      displayName\n      today\n      catalogue\n      evidence {\n        ulo\n        moduleId\n        completedAt\n        passedAt\n        validatedAt\n        validationRequired\n        freshUntil\n      }\n      modules {\n        moduleId\n        versionId\n        title\n        outcomes\n        startable\n      }\n      awards {\n        id\n        scheme\n        qualification\n        awardedAt\n        expiresAt\n        expired\n        revoked\n        onHoldReason\n        evidenceChain {\n          moduleId\n          moduleTitle\n          moduleVersion\n          attempts\n          passedAt\n          completedAt\n          validatedAt\n          validatedBy\n          where\n        }\n      }\n    }\n  }\n": types.PassportInputsDocument,
    "\n  query TeamMatrix($siteId: ID, $teamId: ID, $schemeCode: String, $withUlos: Boolean!) {\n    teamMatrix(siteId: $siteId, teamId: $teamId, schemeCode: $schemeCode) {\n      workers {\n        id\n        displayName\n      }\n      qualifications {\n        code\n        scheme\n        title\n        titleFr\n      }\n      rows {\n        workerId\n        statuses\n        percents\n        expiresAt\n      }\n      ulos @include(if: $withUlos) {\n        code\n        title\n        titleFr\n      }\n      uloEntries @include(if: $withUlos) {\n        workerId\n        ulo\n        state\n        expiresAt\n      }\n    }\n  }\n": types.TeamMatrixDocument,
    "\n  query MatrixFilters {\n    sites {\n      id\n      name\n    }\n    teams {\n      id\n      name\n    }\n  }\n": types.MatrixFiltersDocument,
    "\n  query TeamMatrixCsv($siteId: ID, $teamId: ID, $schemeCode: String) {\n    teamMatrixCsv(siteId: $siteId, teamId: $teamId, schemeCode: $schemeCode)\n  }\n": types.TeamMatrixCsvDocument,
    "\n  query UloMappings {\n    uloMappings {\n      id\n      scheme\n      schemeUnit\n      ulo\n      coverage\n      note\n      noteFr\n      approved\n    }\n  }\n": types.UloMappingsDocument,
    "\n  mutation ApproveUloMapping($id: ID!) {\n    approveUloMapping(id: $id) {\n      id\n      approved\n    }\n  }\n": types.ApproveUloMappingDocument,
    "\n  fragment FrameworkImportFields on FrameworkImport {\n    id\n    code\n    version\n    ulos\n    schemes\n    qualifications\n    mappings\n    tasks\n  }\n": types.FrameworkImportFieldsFragmentDoc,
    "\n  mutation ImportFramework($json: String!) {\n    importFramework(json: $json) {\n      ...FrameworkImportFields\n    }\n  }\n": types.ImportFrameworkDocument,
    "\n  mutation ImportFrameworkCsv($csv: String!) {\n    importFrameworkCsv(csv: $csv) {\n      ...FrameworkImportFields\n    }\n  }\n": types.ImportFrameworkCsvDocument,
    "\n  query ExportFrameworkCsv {\n    exportFrameworkCsv\n  }\n": types.ExportFrameworkCsvDocument,
    "\n  query BilateralAgreements {\n    bilateralAgreements {\n      id\n      fromScheme\n      held\n      toScheme\n      recognised\n      note\n      noteFr\n      approved\n    }\n  }\n": types.BilateralAgreementsDocument,
    "\n  mutation ApproveBilateralAgreement($id: ID!) {\n    approveBilateralAgreement(id: $id) {\n      id\n      approved\n    }\n  }\n": types.ApproveBilateralAgreementDocument,
    "\n  query ExportFramework {\n    exportFramework\n  }\n": types.ExportFrameworkDocument,
    "\n  query FrameworkTasks {\n    frameworkTasks {\n      code\n      title\n      titleFr\n      phase\n      professions {\n        name\n        nameFr\n      }\n      ulos\n    }\n  }\n": types.FrameworkTasksDocument,
    "\n  query FrameworkUlos {\n    frameworkUlos {\n      code\n      title\n      titleFr\n      topic\n    }\n    retiredUlos {\n      code\n      title\n      titleFr\n      topic\n    }\n  }\n": types.FrameworkUlosDocument,
    "\n  query RecallLapses($siteId: ID!) {\n    recallLapses(siteId: $siteId) {\n      teamId\n      teamName\n      ulo\n      uloTitle\n      uloTitleFr\n      workers\n      cards\n      recalls\n      lapses\n      lapseShare\n    }\n  }\n": types.RecallLapsesDocument,
    "\n  query RecallPolicy {\n    recallPolicy {\n      keepsFresh\n      extendMonths\n      windowDays\n    }\n  }\n": types.RecallPolicyDocument,
    "\n  mutation SetRecallPolicy($keepsFresh: Boolean!, $extendMonths: Int!, $windowDays: Int!) {\n    setRecallPolicy(keepsFresh: $keepsFresh, extendMonths: $extendMonths, windowDays: $windowDays) {\n      keepsFresh\n      extendMonths\n      windowDays\n    }\n  }\n": types.SetRecallPolicyDocument,
    "\n  query UpcomingRenewals($siteId: ID, $days: Int) {\n    upcomingRenewals(siteId: $siteId, days: $days) {\n      workerId\n      workerName\n      ulo\n      expiresOn\n      qualification\n      modules\n      assigned\n    }\n  }\n": types.UpcomingRenewalsDocument,
    "\n  fragment SiteFields on Site {\n    id\n    name\n    address\n    startsOn\n    endsOn\n    timeZone\n    client\n    contractReference\n    status\n    closedAt\n  }\n": types.SiteFieldsFragmentDoc,
    "\n  query SiteList($status: SiteStatus) {\n    sites(status: $status) {\n      ...SiteFields\n    }\n  }\n": types.SiteListDocument,
    "\n  mutation CreateSite($input: SiteInput!) {\n    createSite(input: $input) {\n      ...SiteFields\n    }\n  }\n": types.CreateSiteDocument,
    "\n  mutation UpdateSite($id: ID!, $input: SiteInput!) {\n    updateSite(id: $id, input: $input) {\n      ...SiteFields\n    }\n  }\n": types.UpdateSiteDocument,
    "\n  mutation CloseSite($id: ID!) {\n    closeSite(id: $id) {\n      ...SiteFields\n    }\n  }\n": types.CloseSiteDocument,
    "\n  query EligibilityReadLog {\n    eligibilityReadLog {\n      id\n      personName\n      readerName\n      readerOrganisation\n      reason\n      readAt\n    }\n  }\n": types.EligibilityReadLogDocument,
    "\n  query ClauseContracts {\n    clauseContracts {\n      id\n      reference\n      title\n      buyer\n      startsOn\n      endsOn\n      progress {\n        targetHours\n        achievedHours\n        pendingHours\n        achievedFte\n        percent\n      }\n    }\n  }\n": types.ClauseContractsDocument,
    "\n  query ClauseContract($id: ID!, $reason: String!) {\n    clauseContract(id: $id) {\n      id\n      reference\n      title\n      buyer\n      startsOn\n      endsOn\n      territoryName\n      networkName\n      viewerSide\n      progress {\n        targetHours\n        achievedHours\n        pendingHours\n        achievedFte\n        targetFte\n        percent\n      }\n      lots {\n        id\n        label\n        targetHours\n        companies {\n          organisationId\n          name\n        }\n        sites {\n          id\n          name\n        }\n        progress {\n          achievedHours\n          pendingHours\n          percent\n        }\n      }\n      companies {\n        company {\n          name\n        }\n        progress {\n          targetHours\n          achievedHours\n          percent\n        }\n      }\n    }\n    clauseParticipants(contractId: $id, reason: $reason) {\n      id\n      personName\n      companyName\n      companyId\n      category\n      evidenceType\n      startsOn\n      endsOn\n      exitOutcome\n    }\n    clauseDeclarations(contractId: $id) {\n      id\n      participantId\n      personName\n      companyName\n      lotLabel\n      month\n      hoursWorked\n      trainingHours\n      trainingHoursComputed\n      trainingCorrectionReason\n      status\n      correctionReason\n      sentBackReason\n    }\n  }\n": types.ClauseContractDocument,
    "\n  mutation DeclareClauseHours($input: ClauseHoursInput!) {\n    declareClauseHours(input: $input) {\n      id\n      status\n    }\n  }\n": types.DeclareClauseHoursDocument,
    "\n  mutation DecideClauseHours($declarationId: ID!, $verdict: String!, $reason: String) {\n    decideClauseHours(declarationId: $declarationId, verdict: $verdict, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.DecideClauseHoursDocument,
    "\n  query ClauseContractOptions {\n    territories {\n      id\n      name\n    }\n    sharingAgreements {\n      id\n      endedAt\n      company {\n        id\n        name\n      }\n    }\n  }\n": types.ClauseContractOptionsDocument,
    "\n  mutation CreateClauseContract($input: ClauseContractInput!) {\n    createClauseContract(input: $input) {\n      id\n    }\n  }\n": types.CreateClauseContractDocument,
    "\n  mutation RecordClauseExit($participantId: ID!, $outcome: String!, $exitOn: String!) {\n    recordClauseExit(participantId: $participantId, outcome: $outcome, exitOn: $exitOn) {\n      id\n      exitOutcome\n    }\n  }\n": types.RecordClauseExitDocument,
    "\n  query ClauseCompanySites {\n    sites(status: active) {\n      id\n      name\n    }\n  }\n": types.ClauseCompanySitesDocument,
    "\n  mutation LinkClauseLotSite($lotId: ID!, $siteId: ID!) {\n    linkClauseLotSite(lotId: $lotId, siteId: $siteId) {\n      id\n    }\n  }\n": types.LinkClauseLotSiteDocument,
    "\n  query ClauseParticipantCandidates($contractId: ID!) {\n    clauseParticipantCandidates(contractId: $contractId) {\n      workerId\n      personName\n      companyName\n    }\n  }\n": types.ClauseParticipantCandidatesDocument,
    "\n  mutation AddClauseParticipant($input: ClauseParticipantInput!) {\n    addClauseParticipant(input: $input) {\n      id\n      personName\n    }\n  }\n": types.AddClauseParticipantDocument,
    "\n  query ClauseParticipantPath($participantId: ID!, $reason: String!, $language: String!) {\n    clauseParticipantPath(participantId: $participantId, reason: $reason, language: $language) {\n      personName\n      contracts {\n        participantId\n        contractId\n        reference\n        title\n        companyName\n        category\n        startsOn\n        endsOn\n        exitOutcome\n        exitOn\n      }\n      months {\n        month\n        reference\n        hoursWorked\n        trainingHours\n        status\n      }\n      modules {\n        title\n        completedOn\n      }\n      afests {\n        id\n        title\n        startedOn\n        signedOn\n        sequences\n      }\n      qualifications {\n        title\n        scheme\n        awardedOn\n      }\n    }\n  }\n": types.ClauseParticipantPathDocument,
    "\n  mutation EnrolTabletWithCode($code: String!, $publicKey: String) {\n    enrolTabletWithCode(code: $code, publicKey: $publicKey) {\n      deviceToken\n      siteName\n      tablet {\n        id\n        label\n      }\n    }\n  }\n": types.EnrolTabletWithCodeDocument,
    "\n  mutation SetupEnrolTablet($siteId: ID!, $label: String!, $publicKey: String) {\n    enrolTablet(siteId: $siteId, label: $label, publicKey: $publicKey) {\n      deviceToken\n      siteName\n      tablet {\n        id\n        label\n      }\n    }\n  }\n": types.SetupEnrolTabletDocument,
    "\n  query SetupSites {\n    sites {\n      id\n      name\n    }\n  }\n": types.SetupSitesDocument,
    "\n  mutation CreateTabletEnrolmentCode($siteId: ID!, $label: String!) {\n    createTabletEnrolmentCode(siteId: $siteId, label: $label) {\n      code\n      expiresAt\n    }\n  }\n": types.CreateTabletEnrolmentCodeDocument,
    "\n  query TabletCrew {\n    tabletCrew {\n      id\n      displayName\n    }\n  }\n": types.TabletCrewDocument,
    "\n  mutation PinLogin($workerId: ID!, $pin: String!) {\n    pinLogin(workerId: $workerId, pin: $pin) {\n      ...LoginPayloadFields\n    }\n  }\n": types.PinLoginDocument,
    "\n  mutation BadgeLogin($code: String!) {\n    badgeLogin(code: $code) {\n      ...LoginPayloadFields\n    }\n  }\n": types.BadgeLoginDocument,
    "\n  mutation ReportOfflineLockout($workerId: ID!, $lockedAt: DateTime!) {\n    reportOfflineLockout(workerId: $workerId, lockedAt: $lockedAt)\n  }\n": types.ReportOfflineLockoutDocument,
    "\n  query SiteTender($siteId: ID!) {\n    sites {\n      id\n      name\n    }\n    siteTenderCheck(siteId: $siteId) {\n      siteId\n      requirements {\n        crewSize\n        metCount\n        metPercent\n        requirement {\n          id\n          title\n          clause\n          ulos\n          qualifications\n        }\n        members {\n          workerId\n          displayName\n          met\n          missingUlos\n          missingQualifications\n        }\n      }\n    }\n  }\n": types.SiteTenderDocument,
    "\n  query TenderCatalogue {\n    passportInputs {\n      catalogue\n    }\n  }\n": types.TenderCatalogueDocument,
    "\n  mutation CreateTenderRequirement($input: CreateTenderRequirementInput!) {\n    createTenderRequirement(input: $input) {\n      id\n    }\n  }\n": types.CreateTenderRequirementDocument,
    "\n  mutation UpdateTenderRequirement($id: ID!, $input: TenderRequirementInput!) {\n    updateTenderRequirement(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateTenderRequirementDocument,
    "\n  mutation DeleteTenderRequirement($id: ID!) {\n    deleteTenderRequirement(id: $id)\n  }\n": types.DeleteTenderRequirementDocument,
    "\n  query PendingValidations {\n    pendingValidations {\n      statementId\n      workerId\n      workerName\n      activityId\n      moduleVersionId\n      response\n      evidence\n      submittedAt\n      review\n      moduleVersion {\n        id\n        version\n        content\n        title {\n          text\n        }\n      }\n    }\n    refusedStatements {\n      statementId\n      workerName\n      rule\n      reason\n      refusedAt\n    }\n    modules {\n      id\n      latestPublished {\n        id\n        version\n        content\n        title {\n          text\n        }\n      }\n    }\n  }\n": types.PendingValidationsDocument,
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
export function graphql(source: "\n  fragment AfestFields on Afest {\n    id\n    title\n    workerId\n    workerName\n    trainerId\n    trainerName\n    targetUlos\n    heldUlos {\n      code\n      title\n      titleFr\n    }\n    positioningNote\n    positionedAt\n    lockedAt\n    sequences {\n      id\n      activity\n      moduleTitle\n      plannedOn\n      siteName\n      plannedMinutes\n      reflections {\n        id\n        done\n        learned\n        difficulties\n        dictated\n        recordedAt\n        afterLock\n      }\n    }\n    evaluations {\n      statementId\n      moduleTitle\n      review\n      reviewComment\n      reviewedBy\n      reviewedAt\n      submittedAt\n    }\n    signatures {\n      role\n      signerId\n      signerName\n      signedAt\n    }\n    additions {\n      id\n      authorName\n      reason\n      note\n      createdAt\n    }\n    hours {\n      plannedHours\n      realisedHours\n    }\n  }\n"): typeof import('./graphql').AfestFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AfestList {\n    afests {\n      id\n      title\n      workerName\n      trainerName\n      lockedAt\n      hours {\n        plannedHours\n        realisedHours\n      }\n    }\n    workers {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').AfestListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Afest($id: ID!) {\n    afest(id: $id) {\n      ...AfestFields\n    }\n    sites {\n      id\n      name\n    }\n    modules {\n      id\n      latestPublished {\n        id\n        title {\n          text\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AfestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAfests {\n    myAfests {\n      id\n      title\n      trainerId\n      trainerName\n      lockedAt\n      sequences {\n        id\n        activity\n        plannedOn\n        reflections {\n          id\n          done\n          recordedAt\n        }\n      }\n      signatures {\n        role\n        signedAt\n      }\n    }\n  }\n"): typeof import('./graphql').MyAfestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AfestPositioning($workerId: ID) {\n    passport(workerId: $workerId) {\n      workerId\n      ulos {\n        code\n        title\n        titleFr\n        state\n      }\n    }\n    passportInputs(workerId: $workerId) {\n      catalogue\n    }\n  }\n"): typeof import('./graphql').AfestPositioningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAfest($input: CreateAfestInput!) {\n    createAfest(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateAfestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanAfestSequence($input: PlanAfestSequenceInput!) {\n    planAfestSequence(input: $input) {\n      ...AfestFields\n    }\n  }\n"): typeof import('./graphql').PlanAfestSequenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignAfest($afestId: ID!, $signature: DrawnSignatureInput!) {\n    signAfest(afestId: $afestId, signature: $signature) {\n      ...AfestFields\n    }\n  }\n"): typeof import('./graphql').SignAfestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAfestNote($afestId: ID!, $reason: String!, $note: String!) {\n    addAfestNote(afestId: $afestId, reason: $reason, note: $note) {\n      ...AfestFields\n    }\n  }\n"): typeof import('./graphql').AddAfestNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignTargets($siteId: ID) {\n    modules {\n      id\n      slug\n      latestPublished {\n        id\n        version\n        title {\n          text\n        }\n      }\n    }\n    teams {\n      id\n      name\n      members {\n        id\n      }\n    }\n    workers(siteId: $siteId) {\n      id\n      displayName\n      trade\n    }\n    # Nothing new is assigned at a closed site.\n    sites(status: active) {\n      id\n      timeZone\n      name\n    }\n  }\n"): typeof import('./graphql').AssignTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignModule($input: AssignModuleInput!) {\n    assignModule(input: $input) {\n      batchId\n      assigned\n    }\n  }\n"): typeof import('./graphql').AssignModuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDay {\n    myAssignments {\n      id\n      dueOn\n      reason\n      status\n      overdue\n      createdAt\n      moduleVersion {\n        id\n        version\n        content\n        title {\n          text\n          lang\n          fellBack\n        }\n      }\n      progress {\n        bestScore\n        completedAt\n        passedAt\n      }\n    }\n    myPracticalReviews {\n      statementId\n      review\n      reviewComment\n      reviewedBy\n      reviewedAt\n      moduleVersionId\n    }\n  }\n"): typeof import('./graphql').MyDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cohort($siteId: ID!, $teamId: ID) {\n    cohort(siteId: $siteId, teamId: $teamId) {\n      workers {\n        id\n        displayName\n        trade\n      }\n      moduleVersions {\n        id\n        version\n        title {\n          text\n        }\n      }\n      entries {\n        assignmentId\n        workerId\n        moduleVersionId\n        dueOn\n        status\n        overdue\n        lastActivityAt\n        bestScore\n      }\n    }\n    teams {\n      id\n      name\n    }\n    sites {\n      id\n      name\n    }\n    crew: workers(siteId: $siteId) {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').CohortDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttemptFields on ModuleAttempt {\n    id\n    version\n    outcome\n    score\n    startedAt\n    finishedAt\n    moduleVersion {\n      id\n      title {\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').AttemptFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkerAttempts($workerId: ID!) {\n    workerAttempts(workerId: $workerId) {\n      ...AttemptFields\n    }\n  }\n"): typeof import('./graphql').WorkerAttemptsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAttempts {\n    myAttempts {\n      ...AttemptFields\n    }\n  }\n"): typeof import('./graphql').MyAttemptsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAssignment($id: ID!) {\n    cancelAssignment(id: $id) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').CancelAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignAssignment($id: ID!, $workerId: ID!) {\n    reassignAssignment(id: $id, workerId: $workerId) {\n      id\n      workerId\n    }\n  }\n"): typeof import('./graphql').ReassignAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...LoginPayloadFields\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordResetState($token: String!) {\n    passwordResetState(token: $token)\n  }\n"): typeof import('./graphql').PasswordResetStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveOrganisation($organisationId: ID!) {\n    leaveOrganisation(organisationId: $organisationId)\n  }\n"): typeof import('./graphql').LeaveOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members {\n    members {\n      id\n      displayName\n      email\n      role\n      deactivatedAt\n      lastSignInAt\n    }\n  }\n"): typeof import('./graphql').MembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateMember($userId: ID!) {\n    deactivateMember(userId: $userId) {\n      id\n      deactivatedAt\n    }\n  }\n"): typeof import('./graphql').DeactivateMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateMember($userId: ID!) {\n    reactivateMember(userId: $userId) {\n      id\n      deactivatedAt\n    }\n  }\n"): typeof import('./graphql').ReactivateMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasswordResetLinkFor($email: String!) {\n    passwordResetLinkFor(email: $email) {\n      link\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').PasswordResetLinkForDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteReviewItems($siteId: ID!) {\n    siteReviewItems(siteId: $siteId) {\n      id\n      title\n      description\n      topicAuthor\n      labels\n      status\n      elements {\n        globalId\n        ifcClass\n        name\n        storey\n      }\n    }\n  }\n"): typeof import('./graphql').SiteReviewItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveSiteReviewItem($id: ID!, $note: String) {\n    resolveSiteReviewItem(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ResolveSiteReviewItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteModels($siteId: ID!) {\n    siteModels(siteId: $siteId) {\n      id\n      version\n      fileName\n      sizeBytes\n      schema\n      status\n      progress\n      errorMessage\n      createdAt\n      geometry {\n        url\n      }\n      summary {\n        elements\n        byClass {\n          ifcClass\n          count\n        }\n        storeys {\n          name\n          elevation\n          elements\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SiteModelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModelChanges($modelId: ID!) {\n    modelChanges(modelId: $modelId) {\n      addedCount\n      removedCount\n      previousVersion\n    }\n  }\n"): typeof import('./graphql').ModelChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteRecommendations($siteId: ID!, $lang: String) {\n    siteRecommendations(siteId: $siteId, lang: $lang) {\n      moduleRef\n      topic\n      modelId\n      title\n      summary\n      elementCount\n      globalIds\n      storeys {\n        name\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').SiteRecommendationsDocument;
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
export function graphql(source: "\n  query CurrentSiteModel($siteId: ID) {\n    currentSiteModel(siteId: $siteId) {\n      id\n      siteId\n      version\n      fileName\n      geometry {\n        url\n        bytes\n      }\n    }\n  }\n"): typeof import('./graphql').CurrentSiteModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BimSites {\n    sites {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').BimSitesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Catalogue($filter: ModuleFilterInput, $lang: String) {\n    modules(filter: $filter) {\n      id\n      slug\n      draft {\n        id\n        version\n        title(lang: $lang) {\n          text\n          lang\n          fellBack\n        }\n      }\n      latestPublished {\n        id\n        version\n        content\n        title(lang: $lang) {\n          text\n          lang\n          fellBack\n        }\n      }\n      publishedVersions {\n        id\n        version\n        publishedAt\n      }\n    }\n  }\n"): typeof import('./graphql').CatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Credentials($workerId: ID) {\n    credentials(workerId: $workerId) {\n      id\n      url\n      scheme\n      qualification\n      title\n      titleFr\n      issuerName\n      issuedAt\n      validUntil\n      state\n      revokedAt\n      revocationReason\n    }\n  }\n"): typeof import('./graphql').CredentialsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCredential($id: ID!, $reason: String!) {\n    revokeCredential(id: $id, reason: $reason) {\n      id\n      state\n      revokedAt\n      revocationReason\n    }\n  }\n"): typeof import('./graphql').RevokeCredentialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PassportElm($workerId: ID) {\n    passportElm(workerId: $workerId)\n  }\n"): typeof import('./graphql').PassportElmDocument;
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
export function graphql(source: "\n  mutation AddWorker($input: AddWorkerInput!) {\n    addWorker(input: $input) {\n      worker {\n        ...WorkerFields\n      }\n      invitation {\n        id\n        email\n        link\n      }\n    }\n  }\n"): typeof import('./graphql').AddWorkerDocument;
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
export function graphql(source: "\n  query SiteCrew($siteId: ID!) {\n    sites {\n      id\n      name\n      address\n      status\n    }\n    all: workers {\n      id\n      displayName\n      trade\n    }\n    crew: workers(siteId: $siteId) {\n      id\n    }\n    tablets(siteId: $siteId) {\n      id\n      label\n      createdAt\n      lastSeenAt\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').SiteCrewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSiteCrew($siteId: ID!, $workerIds: [ID!]!) {\n    setSiteCrew(siteId: $siteId, workerIds: $workerIds) {\n      id\n    }\n  }\n"): typeof import('./graphql').SetSiteCrewDocument;
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
export function graphql(source: "\n  query LabelModules($siteId: ID!) {\n    labelModules(siteId: $siteId) {\n      moduleId\n      title\n      elementCount\n      ifcClasses\n      storeys\n    }\n  }\n"): typeof import('./graphql').LabelModulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForecastInputs($territoryId: ID!) {\n    forecastProjects(territoryId: $territoryId) {\n      id\n      name\n      years\n      buildingType\n      dwellings\n      floorArea\n      packages {\n        workPackage\n        quantity\n      }\n      source\n    }\n    forecastHeadcounts(territoryId: $territoryId) {\n      id\n      label\n      ulo\n      workers\n    }\n    forecastScenarios(territoryId: $territoryId) {\n      id\n      name\n      low\n      central\n      high\n      productiveHours\n    }\n  }\n"): typeof import('./graphql').ForecastInputsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForecastRatios {\n    forecastRatios {\n      workPackage\n      unit\n      hoursPerUnit {\n        trade\n        hours\n      }\n      ulos\n      demoValue\n      source\n    }\n    forecastUlos {\n      code\n      title\n    }\n  }\n"): typeof import('./graphql').ForecastRatiosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Forecast($territoryId: ID!, $low: Float!, $central: Float!, $high: Float!, $productiveHours: Int!) {\n    forecast(territoryId: $territoryId, low: $low, central: $central, high: $high, productiveHours: $productiveHours) {\n      territoryName\n      sharingCompanies\n      scenarios {\n        kind\n        multiplier\n        totalHours\n        peakWorkers\n        peopleToTrain\n      }\n      years {\n        scenario\n        year\n        hours\n        workers\n        hoursByTrade {\n          trade\n          hours\n        }\n        ulos {\n          ulo\n          title\n          needed\n          held\n          expiring\n          gap\n        }\n        qualifications {\n          code\n          title\n          gap\n        }\n      }\n      plan {\n        modules {\n          moduleId\n          title\n          ulos\n          learners\n          hours\n        }\n        hours\n        uncovered\n      }\n    }\n  }\n"): typeof import('./graphql').ForecastDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateForecastProject($input: ForecastProjectInput!) {\n    createForecastProject(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateForecastProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteForecastProject($id: ID!) {\n    deleteForecastProject(id: $id)\n  }\n"): typeof import('./graphql').DeleteForecastProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportForecastProjects($territoryId: ID!, $csv: String!) {\n    importForecastProjects(territoryId: $territoryId, csv: $csv) {\n      created\n      errors {\n        line\n        field\n        problem\n      }\n    }\n  }\n"): typeof import('./graphql').ImportForecastProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveForecastRatio($input: ForecastRatioInput!) {\n    saveForecastRatio(input: $input) {\n      workPackage\n    }\n  }\n"): typeof import('./graphql').SaveForecastRatioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddForecastHeadcount($input: ForecastHeadcountInput!) {\n    addForecastHeadcount(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddForecastHeadcountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteForecastHeadcount($id: ID!) {\n    deleteForecastHeadcount(id: $id)\n  }\n"): typeof import('./graphql').DeleteForecastHeadcountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveForecastScenario($input: ScenarioSetInput!) {\n    saveForecastScenario(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SaveForecastScenarioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForecastBuildingModels {\n    forecastBuildingModels {\n      modelId\n      siteName\n      companyName\n      fileName\n      version\n      windows\n      externalWalls\n      externalWallArea\n      externalWallAreaEstimated\n    }\n  }\n"): typeof import('./graphql').ForecastBuildingModelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sites {\n    sites(status: active) {\n      id\n      name\n      address\n      startsOn\n      endsOn\n    }\n  }\n"): typeof import('./graphql').SitesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingCount {\n    pendingValidations {\n      statementId\n    }\n  }\n"): typeof import('./graphql').PendingCountDocument;
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
export function graphql(source: "\n  query NetworkFigures($months: Int!) {\n    networkFigures(months: $months) {\n      sharingCompanies\n      months\n      workersTrained {\n        label\n        columns\n        cells\n        total\n      }\n      trainingHours {\n        label\n        columns\n        cells\n        total\n      }\n      awardsByScheme {\n        label\n        columns\n        cells\n        total\n      }\n      expiringByScheme {\n        label\n        columns\n        cells\n        total\n      }\n      awardsByEqfLevel {\n        label\n        columns\n        cells\n        total\n      }\n      ulosAwarded {\n        label\n        columns\n        cells\n        total\n      }\n      clauseHoursByTerritory {\n        label\n        columns\n        cells\n        total\n      }\n      clauseTargets {\n        territory\n        targetHours\n        achievedHours\n        percent\n      }\n    }\n  }\n"): typeof import('./graphql').NetworkFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Territories {\n    territories {\n      id\n      name\n      codes\n    }\n  }\n"): typeof import('./graphql').TerritoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTerritory($input: TerritoryInput!) {\n    createTerritory(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateTerritoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTerritory($id: ID!, $input: TerritoryInput!) {\n    updateTerritory(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateTerritoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharingAgreements {\n    sharingAgreements {\n      id\n      company {\n        id\n        name\n      }\n      network {\n        id\n        name\n      }\n      startedAt\n      endedAt\n    }\n  }\n"): typeof import('./graphql').SharingAgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkBodies {\n    networkBodies {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').NetworkBodiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSharing($networkOrganisationId: ID!) {\n    startSharing(networkOrganisationId: $networkOrganisationId) {\n      id\n    }\n  }\n"): typeof import('./graphql').StartSharingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSharing($id: ID!) {\n    endSharing(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').EndSharingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications {\n    myNotifications {\n      id\n      kind\n      message\n      createdAt\n      readAt\n    }\n  }\n"): typeof import('./graphql').MyNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagedOrganisations {\n    managedOrganisations {\n      id\n      slug\n      name\n      kind\n    }\n  }\n"): typeof import('./graphql').ManagedOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      slug\n      name\n      kind\n    }\n  }\n"): typeof import('./graphql').CreateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    expiresAt\n    acceptedAt\n  }\n"): typeof import('./graphql').InvitationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations($organisationId: ID!) {\n    invitations(organisationId: $organisationId) {\n      ...InvitationFields\n    }\n  }\n"): typeof import('./graphql').InvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      ...InvitationFields\n      link\n      delivery\n    }\n  }\n"): typeof import('./graphql').CreateInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n"): typeof import('./graphql').RevokeInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      organisationName\n      email\n      role\n      expiresAt\n      status\n      accountExists\n    }\n  }\n"): typeof import('./graphql').InvitationPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...LoginPayloadFields\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FailedJobs {\n    failedJobs {\n      id\n      queue\n      error\n      retries\n      failedAt\n    }\n  }\n"): typeof import('./graphql').FailedJobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestErasure($workerId: ID) {\n    requestErasure(workerId: $workerId) {\n      id\n      requestedAt\n    }\n  }\n"): typeof import('./graphql').RequestErasureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonalDataRequests {\n    personalDataRequests {\n      id\n      personName\n      requestedAt\n      requestedByName\n      executedAt\n      executedByName\n    }\n  }\n"): typeof import('./graphql').PersonalDataRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExecuteErasure($requestId: ID!) {\n    executeErasure(requestId: $requestId) {\n      id\n      personName\n      executedAt\n      executedByName\n    }\n  }\n"): typeof import('./graphql').ExecuteErasureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceRetention {\n    evidenceRetentionYears\n  }\n"): typeof import('./graphql').EvidenceRetentionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetEvidenceRetention($years: Int) {\n    setEvidenceRetentionYears(years: $years)\n  }\n"): typeof import('./graphql').SetEvidenceRetentionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PositioningInvite($code: String!) {\n    positioningInvite(code: $code) {\n      sessionName\n      organisationName\n      language\n      retentionMonths\n    }\n  }\n"): typeof import('./graphql').PositioningInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinPositioning($input: JoinPositioningInput!) {\n    joinPositioning(input: $input) {\n      token\n    }\n  }\n"): typeof import('./graphql').JoinPositioningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PositioningProgress($token: String!) {\n    positioningProgress(token: $token) {\n      ...CandidateProgress\n    }\n  }\n"): typeof import('./graphql').PositioningProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerPositioning($token: String!, $itemId: String!, $value: [Int!]!) {\n    answerPositioning(token: $token, itemId: $itemId, value: $value) {\n      ...CandidateProgress\n    }\n  }\n"): typeof import('./graphql').AnswerPositioningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CandidateProgress on PositioningProgress {\n    firstName\n    sessionName\n    language\n    completed\n    answers {\n      itemId\n      value\n    }\n    result {\n      fits\n      answered\n      total\n      families {\n        family\n        appetence\n        competence\n      }\n    }\n  }\n"): typeof import('./graphql').CandidateProgressFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PositioningSessions {\n    positioningSessions {\n      id\n      name\n      date\n      language\n      code\n      candidateCount\n      completedCount\n    }\n  }\n"): typeof import('./graphql').PositioningSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePositioningSession($input: PositioningSessionInput!) {\n    createPositioningSession(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreatePositioningSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PositioningSessionResults($id: ID!) {\n    positioningSession(id: $id) {\n      id\n      name\n      date\n      code\n      candidateCount\n      completedCount\n    }\n    positioningCandidates(sessionId: $id) {\n      id\n      firstName\n      stage\n      handedOverAt\n      profile {\n        fits\n        answered\n        total\n        families {\n          family\n          appetence\n          competence\n        }\n      }\n      startingUlos {\n        code\n        title\n      }\n      suggestedModules\n    }\n    sharingAgreements {\n      id\n      endedAt\n      company {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').PositioningSessionResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandOverCandidate($candidateId: ID!, $companyId: ID!) {\n    handOverCandidate(candidateId: $candidateId, companyId: $companyId, candidateConsent: true) {\n      id\n      handedOverAt\n    }\n  }\n"): typeof import('./graphql').HandOverCandidateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PositioningHandovers {\n    positioningHandovers {\n      id\n      workerId\n      displayName\n      fromNetwork\n      trades\n      candidateConsentedAt\n      ulos {\n        code\n        title\n      }\n      modules {\n        moduleVersionId\n        title\n        assigned\n      }\n    }\n  }\n"): typeof import('./graphql').PositioningHandoversDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FrameworkCatalogue {\n    frameworkCatalogue {\n      id\n      code\n      version\n      ulos {\n        code\n        title\n        titleFr\n        topic\n        eqfLevel\n        credits\n        esco\n        knowledge\n        skills\n        autonomy\n      }\n      schemes {\n        code\n        title\n        titleFr\n        units {\n          code\n          title\n          titleFr\n        }\n        qualifications {\n          scheme\n          code\n          title\n          titleFr\n          units\n          nOf\n          practicalValidation\n          validityMonths\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FrameworkCatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveReferenceUlo($input: ReferenceUloInput!, $create: Boolean!) {\n    saveReferenceUlo(input: $input, create: $create) {\n      code\n    }\n  }\n"): typeof import('./graphql').SaveReferenceUloDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSchemeQualification($schemeCode: String!, $code: String!, $input: SchemeQualificationInput!) {\n    updateSchemeQualification(schemeCode: $schemeCode, code: $code, input: $input) {\n      scheme\n      code\n    }\n  }\n"): typeof import('./graphql').UpdateSchemeQualificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveUloMapping($schemeCode: String!, $schemeUnit: String!, $ulo: String!, $coverage: String!, $note: String!, $noteFr: String) {\n    saveUloMapping(schemeCode: $schemeCode, schemeUnit: $schemeUnit, ulo: $ulo, coverage: $coverage, note: $note, noteFr: $noteFr) {\n      id\n      approved\n    }\n  }\n"): typeof import('./graphql').SaveUloMappingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveUloMapping($id: ID!) {\n    removeUloMapping(id: $id)\n  }\n"): typeof import('./graphql').RemoveUloMappingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FrameworkChanges($limit: Int!) {\n    frameworkChanges(limit: $limit) {\n      id\n      kind\n      code\n      action\n      fields\n      changedAt\n      changedBy\n    }\n  }\n"): typeof import('./graphql').FrameworkChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PassportInputs($workerId: ID) {\n    passportInputs(workerId: $workerId) {\n      workerId\n      displayName\n      today\n      catalogue\n      evidence {\n        ulo\n        moduleId\n        completedAt\n        passedAt\n        validatedAt\n        validationRequired\n        freshUntil\n      }\n      modules {\n        moduleId\n        versionId\n        title\n        outcomes\n        startable\n      }\n      awards {\n        id\n        scheme\n        qualification\n        awardedAt\n        expiresAt\n        expired\n        revoked\n        onHoldReason\n        evidenceChain {\n          moduleId\n          moduleTitle\n          moduleVersion\n          attempts\n          passedAt\n          completedAt\n          validatedAt\n          validatedBy\n          where\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PassportInputsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamMatrix($siteId: ID, $teamId: ID, $schemeCode: String, $withUlos: Boolean!) {\n    teamMatrix(siteId: $siteId, teamId: $teamId, schemeCode: $schemeCode) {\n      workers {\n        id\n        displayName\n      }\n      qualifications {\n        code\n        scheme\n        title\n        titleFr\n      }\n      rows {\n        workerId\n        statuses\n        percents\n        expiresAt\n      }\n      ulos @include(if: $withUlos) {\n        code\n        title\n        titleFr\n      }\n      uloEntries @include(if: $withUlos) {\n        workerId\n        ulo\n        state\n        expiresAt\n      }\n    }\n  }\n"): typeof import('./graphql').TeamMatrixDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixFilters {\n    sites {\n      id\n      name\n    }\n    teams {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').MatrixFiltersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamMatrixCsv($siteId: ID, $teamId: ID, $schemeCode: String) {\n    teamMatrixCsv(siteId: $siteId, teamId: $teamId, schemeCode: $schemeCode)\n  }\n"): typeof import('./graphql').TeamMatrixCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UloMappings {\n    uloMappings {\n      id\n      scheme\n      schemeUnit\n      ulo\n      coverage\n      note\n      noteFr\n      approved\n    }\n  }\n"): typeof import('./graphql').UloMappingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveUloMapping($id: ID!) {\n    approveUloMapping(id: $id) {\n      id\n      approved\n    }\n  }\n"): typeof import('./graphql').ApproveUloMappingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FrameworkImportFields on FrameworkImport {\n    id\n    code\n    version\n    ulos\n    schemes\n    qualifications\n    mappings\n    tasks\n  }\n"): typeof import('./graphql').FrameworkImportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportFramework($json: String!) {\n    importFramework(json: $json) {\n      ...FrameworkImportFields\n    }\n  }\n"): typeof import('./graphql').ImportFrameworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportFrameworkCsv($csv: String!) {\n    importFrameworkCsv(csv: $csv) {\n      ...FrameworkImportFields\n    }\n  }\n"): typeof import('./graphql').ImportFrameworkCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportFrameworkCsv {\n    exportFrameworkCsv\n  }\n"): typeof import('./graphql').ExportFrameworkCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BilateralAgreements {\n    bilateralAgreements {\n      id\n      fromScheme\n      held\n      toScheme\n      recognised\n      note\n      noteFr\n      approved\n    }\n  }\n"): typeof import('./graphql').BilateralAgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveBilateralAgreement($id: ID!) {\n    approveBilateralAgreement(id: $id) {\n      id\n      approved\n    }\n  }\n"): typeof import('./graphql').ApproveBilateralAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportFramework {\n    exportFramework\n  }\n"): typeof import('./graphql').ExportFrameworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FrameworkTasks {\n    frameworkTasks {\n      code\n      title\n      titleFr\n      phase\n      professions {\n        name\n        nameFr\n      }\n      ulos\n    }\n  }\n"): typeof import('./graphql').FrameworkTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FrameworkUlos {\n    frameworkUlos {\n      code\n      title\n      titleFr\n      topic\n    }\n    retiredUlos {\n      code\n      title\n      titleFr\n      topic\n    }\n  }\n"): typeof import('./graphql').FrameworkUlosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecallLapses($siteId: ID!) {\n    recallLapses(siteId: $siteId) {\n      teamId\n      teamName\n      ulo\n      uloTitle\n      uloTitleFr\n      workers\n      cards\n      recalls\n      lapses\n      lapseShare\n    }\n  }\n"): typeof import('./graphql').RecallLapsesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecallPolicy {\n    recallPolicy {\n      keepsFresh\n      extendMonths\n      windowDays\n    }\n  }\n"): typeof import('./graphql').RecallPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRecallPolicy($keepsFresh: Boolean!, $extendMonths: Int!, $windowDays: Int!) {\n    setRecallPolicy(keepsFresh: $keepsFresh, extendMonths: $extendMonths, windowDays: $windowDays) {\n      keepsFresh\n      extendMonths\n      windowDays\n    }\n  }\n"): typeof import('./graphql').SetRecallPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UpcomingRenewals($siteId: ID, $days: Int) {\n    upcomingRenewals(siteId: $siteId, days: $days) {\n      workerId\n      workerName\n      ulo\n      expiresOn\n      qualification\n      modules\n      assigned\n    }\n  }\n"): typeof import('./graphql').UpcomingRenewalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SiteFields on Site {\n    id\n    name\n    address\n    startsOn\n    endsOn\n    timeZone\n    client\n    contractReference\n    status\n    closedAt\n  }\n"): typeof import('./graphql').SiteFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteList($status: SiteStatus) {\n    sites(status: $status) {\n      ...SiteFields\n    }\n  }\n"): typeof import('./graphql').SiteListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSite($input: SiteInput!) {\n    createSite(input: $input) {\n      ...SiteFields\n    }\n  }\n"): typeof import('./graphql').CreateSiteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSite($id: ID!, $input: SiteInput!) {\n    updateSite(id: $id, input: $input) {\n      ...SiteFields\n    }\n  }\n"): typeof import('./graphql').UpdateSiteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseSite($id: ID!) {\n    closeSite(id: $id) {\n      ...SiteFields\n    }\n  }\n"): typeof import('./graphql').CloseSiteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EligibilityReadLog {\n    eligibilityReadLog {\n      id\n      personName\n      readerName\n      readerOrganisation\n      reason\n      readAt\n    }\n  }\n"): typeof import('./graphql').EligibilityReadLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClauseContracts {\n    clauseContracts {\n      id\n      reference\n      title\n      buyer\n      startsOn\n      endsOn\n      progress {\n        targetHours\n        achievedHours\n        pendingHours\n        achievedFte\n        percent\n      }\n    }\n  }\n"): typeof import('./graphql').ClauseContractsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClauseContract($id: ID!, $reason: String!) {\n    clauseContract(id: $id) {\n      id\n      reference\n      title\n      buyer\n      startsOn\n      endsOn\n      territoryName\n      networkName\n      viewerSide\n      progress {\n        targetHours\n        achievedHours\n        pendingHours\n        achievedFte\n        targetFte\n        percent\n      }\n      lots {\n        id\n        label\n        targetHours\n        companies {\n          organisationId\n          name\n        }\n        sites {\n          id\n          name\n        }\n        progress {\n          achievedHours\n          pendingHours\n          percent\n        }\n      }\n      companies {\n        company {\n          name\n        }\n        progress {\n          targetHours\n          achievedHours\n          percent\n        }\n      }\n    }\n    clauseParticipants(contractId: $id, reason: $reason) {\n      id\n      personName\n      companyName\n      companyId\n      category\n      evidenceType\n      startsOn\n      endsOn\n      exitOutcome\n    }\n    clauseDeclarations(contractId: $id) {\n      id\n      participantId\n      personName\n      companyName\n      lotLabel\n      month\n      hoursWorked\n      trainingHours\n      trainingHoursComputed\n      trainingCorrectionReason\n      status\n      correctionReason\n      sentBackReason\n    }\n  }\n"): typeof import('./graphql').ClauseContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareClauseHours($input: ClauseHoursInput!) {\n    declareClauseHours(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').DeclareClauseHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideClauseHours($declarationId: ID!, $verdict: String!, $reason: String) {\n    decideClauseHours(declarationId: $declarationId, verdict: $verdict, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').DecideClauseHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClauseContractOptions {\n    territories {\n      id\n      name\n    }\n    sharingAgreements {\n      id\n      endedAt\n      company {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ClauseContractOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateClauseContract($input: ClauseContractInput!) {\n    createClauseContract(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateClauseContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordClauseExit($participantId: ID!, $outcome: String!, $exitOn: String!) {\n    recordClauseExit(participantId: $participantId, outcome: $outcome, exitOn: $exitOn) {\n      id\n      exitOutcome\n    }\n  }\n"): typeof import('./graphql').RecordClauseExitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClauseCompanySites {\n    sites(status: active) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ClauseCompanySitesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkClauseLotSite($lotId: ID!, $siteId: ID!) {\n    linkClauseLotSite(lotId: $lotId, siteId: $siteId) {\n      id\n    }\n  }\n"): typeof import('./graphql').LinkClauseLotSiteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClauseParticipantCandidates($contractId: ID!) {\n    clauseParticipantCandidates(contractId: $contractId) {\n      workerId\n      personName\n      companyName\n    }\n  }\n"): typeof import('./graphql').ClauseParticipantCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddClauseParticipant($input: ClauseParticipantInput!) {\n    addClauseParticipant(input: $input) {\n      id\n      personName\n    }\n  }\n"): typeof import('./graphql').AddClauseParticipantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClauseParticipantPath($participantId: ID!, $reason: String!, $language: String!) {\n    clauseParticipantPath(participantId: $participantId, reason: $reason, language: $language) {\n      personName\n      contracts {\n        participantId\n        contractId\n        reference\n        title\n        companyName\n        category\n        startsOn\n        endsOn\n        exitOutcome\n        exitOn\n      }\n      months {\n        month\n        reference\n        hoursWorked\n        trainingHours\n        status\n      }\n      modules {\n        title\n        completedOn\n      }\n      afests {\n        id\n        title\n        startedOn\n        signedOn\n        sequences\n      }\n      qualifications {\n        title\n        scheme\n        awardedOn\n      }\n    }\n  }\n"): typeof import('./graphql').ClauseParticipantPathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrolTabletWithCode($code: String!, $publicKey: String) {\n    enrolTabletWithCode(code: $code, publicKey: $publicKey) {\n      deviceToken\n      siteName\n      tablet {\n        id\n        label\n      }\n    }\n  }\n"): typeof import('./graphql').EnrolTabletWithCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetupEnrolTablet($siteId: ID!, $label: String!, $publicKey: String) {\n    enrolTablet(siteId: $siteId, label: $label, publicKey: $publicKey) {\n      deviceToken\n      siteName\n      tablet {\n        id\n        label\n      }\n    }\n  }\n"): typeof import('./graphql').SetupEnrolTabletDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SetupSites {\n    sites {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').SetupSitesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTabletEnrolmentCode($siteId: ID!, $label: String!) {\n    createTabletEnrolmentCode(siteId: $siteId, label: $label) {\n      code\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').CreateTabletEnrolmentCodeDocument;
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
export function graphql(source: "\n  mutation ReportOfflineLockout($workerId: ID!, $lockedAt: DateTime!) {\n    reportOfflineLockout(workerId: $workerId, lockedAt: $lockedAt)\n  }\n"): typeof import('./graphql').ReportOfflineLockoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteTender($siteId: ID!) {\n    sites {\n      id\n      name\n    }\n    siteTenderCheck(siteId: $siteId) {\n      siteId\n      requirements {\n        crewSize\n        metCount\n        metPercent\n        requirement {\n          id\n          title\n          clause\n          ulos\n          qualifications\n        }\n        members {\n          workerId\n          displayName\n          met\n          missingUlos\n          missingQualifications\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SiteTenderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenderCatalogue {\n    passportInputs {\n      catalogue\n    }\n  }\n"): typeof import('./graphql').TenderCatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTenderRequirement($input: CreateTenderRequirementInput!) {\n    createTenderRequirement(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateTenderRequirementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTenderRequirement($id: ID!, $input: TenderRequirementInput!) {\n    updateTenderRequirement(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateTenderRequirementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTenderRequirement($id: ID!) {\n    deleteTenderRequirement(id: $id)\n  }\n"): typeof import('./graphql').DeleteTenderRequirementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingValidations {\n    pendingValidations {\n      statementId\n      workerId\n      workerName\n      activityId\n      moduleVersionId\n      response\n      evidence\n      submittedAt\n      review\n      moduleVersion {\n        id\n        version\n        content\n        title {\n          text\n        }\n      }\n    }\n    refusedStatements {\n      statementId\n      workerName\n      rule\n      reason\n      refusedAt\n    }\n    modules {\n      id\n      latestPublished {\n        id\n        version\n        content\n        title {\n          text\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PendingValidationsDocument;
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
