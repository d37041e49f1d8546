import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { hashSecret } from './features/identity/passwords.js';
import { CredentialsIssuer } from './features/credentials/credentials-issuer.service.js';
import { moduleContent } from './test-support/module-content.js';
import { startTestApp, type GqlResult, type TestApp } from './test-support/test-app.js';
import { basicAuthFor, xapiClient } from './test-support/xapi-client.js';
import { querySingle } from './common/sql.js';

// Everything organisation B owns is named with this marker, so a leak shows up in any answer to A.
const B = 'Zéphyrine';
const LEAK = /Zéphyrine|zephyrine|b-manager@/;

/** Root fields that take no organisation-owned id and return only the caller's own data. */
const NOT_ORG_SCOPED = new Set([
  'Mutation.login',
  'Mutation.refresh',
  'Mutation.logout',
  'Mutation.logoutEverywhere',
  'Mutation.acceptInvitation',
  // Public: the one-time set-up code is the secret; it yields a tablet of the code's own site only.
  'Mutation.enrolTabletWithCode',
  // Public: the invitation link's token is the secret; it answers for that one invitation only.
  'Query.invitationPreview',
  'Mutation.createOrganisation',
  // The device's own key, for the tablet the device token names (a header, not an id).
  'Mutation.registerTabletKey',
  // The renewal check of the caller's own organisation.
  'Mutation.runRenewals',
  // A scheme's renewal lead time: platform-wide reference data, like the framework below.
  'Mutation.setRenewalLeadDays',
  // The job queue's failures, for admins of a network body: kinds, times and errors, no organisation's data.
  'Query.failedJobs',
  // Network bodies: a territory is created in the caller's own body; a company starts sharing for itself, naming a
  // body from the public directory of network bodies' names.
  'Mutation.createTerritory',
  'Mutation.startSharing',
  'Query.networkBodies',
  // A facilitator records a clause contract in their own body, naming only companies that share with it.
  'Mutation.createClauseContract',
  // Creates in the caller's own organisation from content the caller sends.
  'Mutation.createModule',
  // The caller's own data, keyed by their user id within their active organisation.
  'Query.myLearningProgress',
  'Query.myAssignments',
  'Query.myPracticalReviews',
  'Query.myAttempts',
  'Query.myAfests',
  // The skills catalogue (reference framework, schemes, mappings) is platform-wide reference data, owned by no organisation.
  'Mutation.importFramework',
  'Query.exportFramework',
  'Query.uloMappings',
  'Mutation.approveUloMapping',
  'Mutation.importFrameworkCsv',
  'Query.exportFrameworkCsv',
  'Query.bilateralAgreements',
  'Mutation.approveBilateralAgreement',
  'Query.frameworkTasks',
  'Query.frameworkUlos',
  'Query.retiredUlos',
  // The framework editor: the same reference data, edited in place by the network's admins, whose names the record shows.
  'Query.frameworkCatalogue',
  'Query.frameworkChanges',
  'Mutation.saveReferenceUlo',
  'Mutation.updateSchemeQualification',
  'Mutation.saveUloMapping',
  'Mutation.removeUloMapping',
  // Public: the reset link's token is the secret; the request answers the same whether or not the address exists.
  'Mutation.requestPasswordReset',
  'Query.passwordResetState',
  'Mutation.resetPassword',
  // The caller's own account and organisation.
  'Mutation.changePassword',
  'Mutation.createSite',
  'Query.members',
  'Query.personalDataRequests',
  'Query.evidenceRetentionYears',
  'Mutation.setEvidenceRetentionYears',
  'Query.recallPolicy',
  'Mutation.setRecallPolicy',
  // The forecast's ratios and ULO labels: the caller's own network body's settings over the platform-wide framework.
  'Query.forecastRatios',
  'Mutation.saveForecastRatio',
  'Query.forecastUlos',
  // Building models for quantities: taken with no argument, from the caller's own body's sharing companies only.
  'Query.forecastBuildingModels',
  // Positioning: a session is created in the caller's own body, whose retention setting is its own.
  'Mutation.createPositioningSession',
  'Query.positioningRetentionMonths',
  'Mutation.setPositioningRetentionMonths',
  // Public: the session code is the secret for the invite and joining; the candidate's token answers for that
  // candidate's own answers only.
  'Query.positioningInvite',
  'Mutation.joinPositioning',
  'Query.positioningProgress',
  'Mutation.answerPositioning',
]);

interface World {
  otherPositioningSessionId: string;
  otherCandidateId: string;
  aVersionId: string;
  bModelId: string;
  bOrgId: string;
  bAssignmentId: string;
  bSubmissionId: string;
  bModuleId: string;
  bVersionId: string;
  bSiteId: string;
  bWorkerId: string;
  bTeamId: string;
  bTabletId: string;
  bDevice: string;
  bBadge: string;
  aSiteId: string;
  aWorkerId: string;
  aTeamId: string;
  aDevice: string;
  bTenderId: string;
  bInvitationId: string;
  bNotificationId: string;
  bReviewItemId: string;
  bManagerId: string;
  bCredentialId: string;
  bErasureRequestId: string;
  otherTerritoryId: string;
  bAgreementId: string;
  bAfestId: string;
  otherProjectId: string;
  otherHeadcountId: string;
  otherScenarioId: string;
  bContractId: string;
  bLotId: string;
  bParticipantId: string;
  bDeclarationId: string;
}

describe('no data across organisations: a user of A using ids of B', () => {
  let sut: TestApp;
  let aManager: string;
  let aAdmin: string;
  let aTrainer: string;
  let bManager: string;
  let w: World;
  const covered = new Set<string>();
  const answersToA: GqlResult<unknown>[] = [];

  const asA = async (field: string, query: string, variables: Record<string, unknown> = {}, token = aManager, headers?: Record<string, string>) => {
    covered.add(field);
    const result = await sut.gql<unknown>(query, variables, token, headers);
    answersToA.push(result);
    return result;
  };
  const code = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    sut = await startTestApp();
    const db = sut.dataSource;
    const [bOrg] = await db.query<{ id: string }[]>(`insert into organisations (slug, name, kind) values ('b-org', '${B} Bâtiment', 'sme') returning id`);
    const [bUser] = await db.query<{ id: string }[]>(
      `insert into users (email, display_name, password_hash) values ('b-manager@b.fr', '${B} Manager', $1) returning id`,
      [await hashSecret('fit-demo')],
    );
    await db.query(`insert into memberships (user_id, organisation_id, role) values ($1, $2, 'manager')`, [bUser!.id, bOrg!.id]);
    const [bSite] = await db.query<{ id: string }[]>(`insert into sites (organisation_id, name) values ($1, '${B} chantier secret') returning id`, [bOrg!.id]);
    const [bTrainer] = await db.query<{ id: string }[]>(
      `insert into users (email, display_name, password_hash) values ('b-trainer@b.fr', '${B} Formateur', $1) returning id`,
      [await hashSecret('fit-demo')],
    );
    await db.query(`insert into memberships (user_id, organisation_id, role) values ($1, $2, 'trainer')`, [bTrainer!.id, bOrg!.id]);
    bManager = await sut.login('b-manager@b.fr');
    const bTrainerToken = await sut.login('b-trainer@b.fr');
    const bContent = moduleContent();
    bContent.title = { fr: `${B} module secret`, en: `${B} secret module` };
    const bModule = await sut.gql<{ createModule: { id: string } }>(
      'mutation($i: CreateModuleInput!) { createModule(input: $i) { id } }',
      { i: { content: bContent, slug: 'zephyrine-secret' } },
      bTrainerToken,
    );
    const bModuleId = bModule.data!.createModule.id;
    const published = await sut.gql<{ publishModule: { latestPublished: { id: string } } }>(
      'mutation($id: ID!) { publishModule(id: $id) { latestPublished { id } } }',
      { id: bModuleId },
      bTrainerToken,
    );
    aManager = await sut.login('manager@fit.demo');
    aAdmin = await sut.login('admin@fit.demo');
    aTrainer = await sut.login('trainer@fit.demo');

    const setUp = async (token: string, siteId: string, name: string, trade: string, team: string, email?: string) => {
      const worker = await sut.gql<{ addWorker: { worker: { id: string } } }>(
        'mutation($i: AddWorkerInput!) { addWorker(input: $i) { worker { id } } }',
        { i: { displayName: name, language: 'fr', trade, email } },
        token,
      );
      const workerId = worker.data!.addWorker.worker.id;
      await sut.gql('mutation($w: ID!) { setWorkerPin(workerId: $w, pin: "123400") { id } }', { w: workerId }, token);
      await sut.gql('mutation($s: ID!, $w: [ID!]!) { setSiteCrew(siteId: $s, workerIds: $w) { id } }', { s: siteId, w: [workerId] }, token);
      const t = await sut.gql<{ createTeam: { id: string } }>('mutation($n: String!) { createTeam(name: $n) { id } }', { n: team }, token);
      await sut.gql('mutation($t: ID!, $w: [ID!]!) { setTeamMembers(teamId: $t, workerIds: $w) { id } }', { t: t.data!.createTeam.id, w: [workerId] }, token);
      const tablet = await sut.gql<{ enrolTablet: { deviceToken: string; tablet: { id: string } } }>(
        'mutation($s: ID!, $l: String!) { enrolTablet(siteId: $s, label: $l) { deviceToken tablet { id } } }',
        { s: siteId, l: `${name} tablette` },
        token,
      );
      const sheet = await sut.gql<{ badgeSheet: { qrPayload: string }[] }>('query($s: ID) { badgeSheet(siteId: $s) { qrPayload } }', { s: siteId }, token);
      return { workerId, teamId: t.data!.createTeam.id, tablet: tablet.data!.enrolTablet, badge: sheet.data!.badgeSheet[0]!.qrPayload };
    };
    // The worker's own name is theirs (it follows them to A); their trade, team and site are B's.
    const b = await setUp(bManager, bSite!.id, 'Wassim Partagé', `${B} façadier`, `${B} équipe`, 'b-worker@b.fr');
    const aSiteId = (await sut.gql<{ sites: { id: string }[] }>('{ sites { id } }', {}, aManager)).data!.sites[0]!.id;
    const a = await setUp(aManager, aSiteId, 'Adèle Ouvrière', 'plaquiste', 'Équipe A');
    // B's manager gets a notification (a lock-out) and B invites someone: both must stay invisible to A.
    for (let i = 0; i < 5; i++) {
      await sut.gql('mutation($w: ID!) { pinLogin(workerId: $w, pin: "000000") { accessToken } }', { w: b.workerId }, undefined, { 'x-device-token': b.tablet.deviceToken });
    }
    const bInvitation = await sut.gql<{ createInvitation: { id: string } }>('mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { id } }', { i: { organisationId: bOrg!.id, email: 'zephyrine-invitee@b.fr', role: 'trainer' } }, bManager);
    const [bNotification] = await db.query<{ id: string }[]>('select id from notifications where organisation_id = $1 limit 1', [bOrg!.id]);
    const [bReviewItem] = await db.query<{ id: string }[]>(
      `insert into site_review_items (organisation_id, site_id, topic_guid, title, global_ids) values ($1, $2, $3, $4, '{}') returning id`,
      [bOrg!.id, bSite!.id, randomUUID(), `${B} à revoir`],
    );
    const due = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await sut.gql('mutation($i: AssignModuleInput!) { assignModule(input: $i) { assigned } }', {
      i: { moduleVersionId: published.data!.publishModule.latestPublished.id, workerIds: [b.workerId], dueOn: due, reason: `${B} phase` },
    }, bTrainerToken);
    const [bAssignment] = await db.query<{ id: string }[]>('select id from assignments where worker_id = $1', [b.workerId]);
    const [bSubmission] = await db.query<{ id: string }[]>(
      `insert into xapi_statements (id, organisation_id, actor_user_id, actor_ifi, verb_id, object_id, statement, content_hash, timestamp, source)
       values (gen_random_uuid(), $1, $2, 'x', 'http://adlnet.gov/expapi/verbs/completed', 'https://w3id.org/fit/module-versions/x/steps/p',
               '{"result": {"response": "${B} checklist", "extensions": {"https://w3id.org/fit/xapi/extensions/sign-off-requested": true}}}', 'h', now(), 'xapi')
       returning id`,
      [bOrg!.id, b.workerId],
    );
    const [bModel] = await db.query<{ id: string }[]>(
      `insert into bim_models (id, site_id, version, file_name, size_bytes, sha256, schema, status, error_message)
       values (gen_random_uuid(), $1, 1, '${B}.ifc', 10, 'x', 'IFC4', 'failed', '${B} parse error') returning id`,
      [bSite!.id],
    );
    const [bTender] = await db.query<{ id: string }[]>(
      `insert into tender_requirements (organisation_id, site_id, title, clause, ulos) values ($1, $2, '${B} clause', '${B} art. 1', '{ULO-AIR-01}') returning id`,
      [bOrg!.id, bSite!.id],
    );
    // An Open Badge B issued to its worker.
    const [bAward] = await db.query<{ id: string }[]>(
      `insert into qualification_awards (user_id, qualification_id, awarded_at, evidence) select $1, id, current_date, '[]'::jsonb from scheme_qualifications limit 1 returning id`,
      [b.workerId],
    );
    const bCredential = await sut.app.get(CredentialsIssuer).issueCredentialForAward(bAward!.id);
    const aModules = await sut.gql<{ modules: { latestPublished: { id: string } | null }[] }>('{ modules { latestPublished { id } } }', {}, aManager);
    const bErasure = await sut.gql<{ requestErasure: { id: string } }>(
      'mutation($w: ID) { requestErasure(workerId: $w) { id } }',
      { w: b.workerId },
      bManager,
    );
    // A territory of a network body A is not part of, and B's agreement to share with that body.
    const [otherTerritory] = await db.query<{ id: string }[]>(
      `select t.id from territories t join organisations o on o.id = t.organisation_id where o.slug = 'demo-network'`,
    );
    const [bAgreement] = await db.query<{ id: string }[]>(
      `insert into sharing_agreements (company_organisation_id, network_organisation_id)
       select $1, id from organisations where slug = 'demo-network' returning id`,
      [bOrg!.id],
    );
    const [bAfest] = await db.query<{ id: string }[]>(
      `insert into afests (organisation_id, worker_id, trainer_id, title, positioning_note) values ($1, $2, $3, '${B} AFEST', '${B} positionnement') returning id`,
      [bOrg!.id, b.workerId, bTrainer!.id],
    );
    // The other network body's forecast inputs, named with B's marker so a leak shows.
    const forecastRow = (table: string, columns: string, values: string) =>
      db.query<{ id: string }[]>(
        `insert into ${table} (organisation_id, territory_id, ${columns}) select organisation_id, id, ${values} from territories where id = $1 returning id`,
        [otherTerritory!.id],
      );
    const [otherProject] = await forecastRow('forecast_projects', 'name, years, building_type, quantities', `'${B} résidence', '{2027}', 'house', '{"heatPump": 3}'`);
    const [otherHeadcount] = await forecastRow('forecast_headcounts', 'label, ulo, workers', `'${B} survey', 'ULO-HP-01', 4`);
    const [otherScenario] = await forecastRow('forecast_scenarios', 'name, low, central, high, productive_hours', `'${B} scenario', 0.5, 1, 2, 1400`);
    // A clause contract of another network body, awarded to B, with B's worker as participant and a month declared.
    const [bContract] = await db.query<{ id: string }[]>(
      `with body as (insert into organisations (slug, name, kind) values ('zephyrine-network', '${B} réseau', 'network') returning id)
       insert into clause_contracts (network_organisation_id, buyer, reference, title, starts_on, ends_on)
       select id, '${B} acheteur', '${B}-001', '${B} marché', '2026-01-01', '2027-12-31' from body returning id`,
    );
    const [bLot] = await db.query<{ id: string }[]>(`insert into clause_lots (contract_id, label, target_hours) values ($1, '${B} lot', 500) returning id`, [bContract!.id]);
    await db.query<never[]>('insert into clause_lot_awards (lot_id, company_organisation_id) values ($1, $2)', [bLot!.id, bOrg!.id]);
    const [bParticipant] = await db.query<{ id: string }[]>(
      `insert into clause_participants (contract_id, organisation_id, user_id, category, evidence_type, starts_on) values ($1, $2, $3, 'rsa', 'other', '2026-01-01') returning id`,
      [bContract!.id, bOrg!.id, b.workerId],
    );
    const [bDeclaration] = await db.query<{ id: string }[]>(
      `insert into clause_hour_declarations (participant_id, lot_id, organisation_id, user_id, month, hours_worked, training_hours, training_hours_computed)
       values ($1, $2, $3, $4, '2026-03', 100, 0, 0) returning id`,
      [bParticipant!.id, bLot!.id, bOrg!.id, b.workerId],
    );
    await db.query<never[]>(
      `insert into eligibility_reads (organisation_id, user_id, participant_id, reader_user_id, reader_organisation_id, reason) values ($1, $2, $3, $4, $1, '${B} contrôle')`,
      [bOrg!.id, b.workerId, bParticipant!.id, bUser!.id],
    );
    // The demo network body's positioning session and one of its candidates: not A's.
    const [otherCandidate] = await db.query<{ id: string; session_id: string }[]>(`select id, session_id from positioning_candidates limit 1`);
    w = {
      otherProjectId: otherProject!.id,
      otherHeadcountId: otherHeadcount!.id,
      otherScenarioId: otherScenario!.id,
      bContractId: bContract!.id,
      bLotId: bLot!.id,
      bParticipantId: bParticipant!.id,
      bDeclarationId: bDeclaration!.id,
      otherPositioningSessionId: otherCandidate!.session_id,
      otherCandidateId: otherCandidate!.id,
      otherTerritoryId: otherTerritory!.id,
      bAgreementId: bAgreement!.id,
      bAfestId: bAfest!.id,
      bModelId: bModel!.id,
      aVersionId: aModules.data!.modules.find((m) => m.latestPublished)!.latestPublished!.id,
      bOrgId: bOrg!.id,
      bAssignmentId: bAssignment!.id,
      bSubmissionId: bSubmission!.id,
      bModuleId,
      bVersionId: published.data!.publishModule.latestPublished.id,
      bSiteId: bSite!.id,
      bWorkerId: b.workerId,
      bTeamId: b.teamId,
      bTabletId: b.tablet.tablet.id,
      bDevice: b.tablet.deviceToken,
      bBadge: b.badge,
      aSiteId,
      aWorkerId: a.workerId,
      aTeamId: a.teamId,
      aDevice: a.tablet.deviceToken,
      bTenderId: bTender!.id,
      bInvitationId: bInvitation.data!.createInvitation.id,
      bNotificationId: bNotification!.id,
      bReviewItemId: bReviewItem!.id,
      bManagerId: bUser!.id,
      bCredentialId: bCredential!.id,
      bErasureRequestId: bErasure.data!.requestErasure.id,
    };
  });
  afterAll(() => sut.close());

  describe('lists show only A', () => {
    it.each([
      ['Query.me', '{ me { displayName organisation { name } memberships { organisation { name } } } }'],
      ['Query.sites', '{ sites { id name } }'],
      ['Query.sharingAgreements', '{ sharingAgreements { id company { name } network { name } } }'],
      ['Query.workers', '{ workers { id displayName trade } }'],
      ['Query.teams', '{ teams { id name members { id displayName trade } } }'],
      ['Query.badgeSheet', '{ badgeSheet { workerId displayName qrPayload } }'],
      ['Query.myNotifications', '{ myNotifications { kind message } }'],
      ['Query.managedOrganisations', '{ managedOrganisations { id name } }'],
      ['Query.modules', '{ modules { id slug latestPublished { content } } }'],
      ['Query.pendingValidations', '{ pendingValidations { statementId workerName response } }'],
      ['Query.refusedStatements', '{ refusedStatements { statementId workerName sentByName rule reason } }'],
      ['Query.afests', '{ afests { id title workerName positioningNote } }'],
      ['Query.clauseContracts', '{ clauseContracts { id reference title lots { label companies { name } } companies { company { name } } } }'],
    ])('%s lists nothing of B', async (field, query) => {
      for (const token of [aManager, aAdmin]) {
        const result = await asA(field, query, {}, token);
        expect(result.errors).toBeUndefined();
        expect(JSON.stringify(result)).not.toMatch(LEAK);
      }
    });

    it("Query.eligibilityReadLog shows A's admin no read of B's participants", async () => {
      const result = await asA('Query.eligibilityReadLog', '{ eligibilityReadLog { personName readerName readerOrganisation reason } }', {}, aAdmin);
      expect(result.errors).toBeUndefined();
      expect(JSON.stringify(result)).not.toMatch(LEAK);
    });

    it.each([
      ['Query.positioningSessions', '{ positioningSessions { id name code } }', 'positioningSessions'],
      ['Query.positioningHandovers', '{ positioningHandovers { id displayName } }', 'positioningHandovers'],
    ])("%s gives a company's admin none of the network body's", async (field, query, key) => {
      const result = await asA(field, query, {}, aAdmin);
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ [key]: [] });
    });

    it("Query.networkFigures gives a company's admin no company's figures (only network bodies have sharers)", async () => {
      const result = await asA('Query.networkFigures', '{ networkFigures { sharingCompanies awardsByScheme { label cells } expiringByScheme { columns } } }', {}, aAdmin);
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ networkFigures: { sharingCompanies: 0, awardsByScheme: [], expiringByScheme: { columns: [] } } });
    });

    it("Query.territories gives a company's admin none (territories are network bodies')", async () => {
      const result = await asA('Query.territories', '{ territories { id name codes } }', {}, aAdmin);
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ territories: [] });
    });

    it("Query.tabletCrew on A's tablet names A's crew only", async () => {
      const result = await asA('Query.tabletCrew', '{ tabletCrew { id displayName } }', {}, undefined as never, { 'x-device-token': w.aDevice });
      expect(result.errors).toBeUndefined();
      expect(JSON.stringify(result)).not.toMatch(LEAK);
    });
  });

  describe("B's ids are NOT_FOUND for A", () => {
    const cases: [string, string, (w: World) => Record<string, unknown>, 'manager' | 'admin' | 'trainer'][] = [
      ['Query.workers', 'query($s: ID) { workers(siteId: $s) { id displayName } }', (x) => ({ s: x.bSiteId }), 'manager'],
      ['Query.labelModules', 'query($s: ID!) { labelModules(siteId: $s) { moduleId } }', (x) => ({ s: x.bSiteId }), 'trainer'],
      ['Query.siteReviewItems', 'query($s: ID!) { siteReviewItems(siteId: $s) { id title } }', (x) => ({ s: x.bSiteId }), 'manager'],
      ['Query.upcomingRenewals', 'query($s: ID) { upcomingRenewals(siteId: $s) { workerName } }', (x) => ({ s: x.bSiteId }), 'manager'],
      ['Mutation.resolveSiteReviewItem', 'mutation($i: ID!) { resolveSiteReviewItem(id: $i, note: "intrus") { id } }', (x) => ({ i: x.bReviewItemId }), 'trainer'],
      ['Query.passport', 'query($w: ID) { passport(workerId: $w) { displayName ulos { code } } }', (x) => ({ w: x.bWorkerId }), 'manager'],
      ['Query.passport', 'query($w: ID) { passport(workerId: $w) { displayName ulos { code } } }', (x) => ({ w: x.bWorkerId }), 'trainer'],
      ['Query.passportInputs', 'query($w: ID) { passportInputs(workerId: $w) { displayName evidence { ulo } } }', (x) => ({ w: x.bWorkerId }), 'manager'],
      ['Query.credentials', 'query($w: ID) { credentials(workerId: $w) { id workerName } }', (x) => ({ w: x.bWorkerId }), 'manager'],
      ['Query.passportElm', 'query($w: ID) { passportElm(workerId: $w) }', (x) => ({ w: x.bWorkerId }), 'trainer'],
      ['Mutation.revokeCredential', 'mutation($c: ID!) { revokeCredential(id: $c, reason: "intrus") { id } }', (x) => ({ c: x.bCredentialId }), 'manager'],
      ['Mutation.revokeCredential', 'mutation($c: ID!) { revokeCredential(id: $c, reason: "intrus") { id } }', (x) => ({ c: x.bCredentialId }), 'admin'],
      ['Query.teamMatrix', 'query($s: ID) { teamMatrix(siteId: $s) { workers { displayName } } }', (x) => ({ s: x.bSiteId }), 'manager'],
      ['Query.teamMatrix', 'query($t: ID) { teamMatrix(teamId: $t) { workers { displayName } } }', (x) => ({ t: x.bTeamId }), 'trainer'],
      ['Query.teamMatrixCsv', 'query($s: ID) { teamMatrixCsv(siteId: $s) }', (x) => ({ s: x.bSiteId }), 'manager'],
      ['Query.teamMatrixCsv', 'query($t: ID) { teamMatrixCsv(teamId: $t) }', (x) => ({ t: x.bTeamId }), 'admin'],
      ['Query.badgeSheet', 'query($s: ID) { badgeSheet(siteId: $s) { qrPayload } }', (x) => ({ s: x.bSiteId }), 'trainer'],
      ['Query.tablets', 'query($s: ID!) { tablets(siteId: $s) { id label } }', (x) => ({ s: x.bSiteId }), 'manager'],
      ['Query.invitations', 'query($o: ID!) { invitations(organisationId: $o) { email } }', (x) => ({ o: x.bOrgId }), 'admin'],
      ['Query.invitations', 'query($o: ID!) { invitations(organisationId: $o) { email } }', (x) => ({ o: x.bOrgId }), 'manager'],
      ['Mutation.removeWorker', 'mutation($w: ID!) { removeWorker(workerId: $w) }', (x) => ({ w: x.bWorkerId }), 'manager'],
      ['Mutation.setWorkerPin', 'mutation($w: ID!) { setWorkerPin(workerId: $w, pin: "999900") { id } }', (x) => ({ w: x.bWorkerId }), 'trainer'],
      ['Mutation.regenerateBadge', 'mutation($w: ID!) { regenerateBadge(workerId: $w) { qrPayload } }', (x) => ({ w: x.bWorkerId }), 'manager'],
      ['Mutation.setTeamMembers', 'mutation($t: ID!, $w: [ID!]!) { setTeamMembers(teamId: $t, workerIds: $w) { id } }', (x) => ({ t: x.bTeamId, w: [x.aWorkerId] }), 'manager'],
      ['Mutation.setTeamMembers', 'mutation($t: ID!, $w: [ID!]!) { setTeamMembers(teamId: $t, workerIds: $w) { id } }', (x) => ({ t: x.aTeamId, w: [x.bWorkerId] }), 'manager'],
      ['Mutation.setSiteCrew', 'mutation($s: ID!, $w: [ID!]!) { setSiteCrew(siteId: $s, workerIds: $w) { id } }', (x) => ({ s: x.bSiteId, w: [] }), 'manager'],
      ['Mutation.setSiteCrew', 'mutation($s: ID!, $w: [ID!]!) { setSiteCrew(siteId: $s, workerIds: $w) { id } }', (x) => ({ s: x.aSiteId, w: [x.bWorkerId] }), 'trainer'],
      ['Mutation.enrolTablet', 'mutation($s: ID!) { enrolTablet(siteId: $s, label: "intrus") { deviceToken } }', (x) => ({ s: x.bSiteId }), 'manager'],
      ['Mutation.createTabletEnrolmentCode', 'mutation($s: ID!) { createTabletEnrolmentCode(siteId: $s, label: "intrus") { code } }', (x) => ({ s: x.bSiteId }), 'manager'],
      ['Mutation.revokeTablet', 'mutation($t: ID!) { revokeTablet(id: $t) { id } }', (x) => ({ t: x.bTabletId }), 'manager'],
      ['Mutation.createInvitation', 'mutation($o: ID!) { createInvitation(input: { organisationId: $o, email: "spy@a.fr", role: "manager" }) { link } }', (x) => ({ o: x.bOrgId }), 'admin'],
      ['Mutation.createInvitation', 'mutation($o: ID!) { createInvitation(input: { organisationId: $o, email: "spy@a.fr", role: "trainer" }) { link } }', (x) => ({ o: x.bOrgId }), 'manager'],
      ['Mutation.revokeInvitation', 'mutation($i: ID!) { revokeInvitation(id: $i) }', (x) => ({ i: x.bInvitationId }), 'admin'],
      ['Mutation.revokeInvitation', 'mutation($i: ID!) { revokeInvitation(id: $i) }', (x) => ({ i: x.bInvitationId }), 'manager'],
      ['Mutation.markNotificationsRead', 'mutation($n: [ID!]!) { markNotificationsRead(ids: $n) }', (x) => ({ n: [x.bNotificationId] }), 'manager'],
      ['Query.module', 'query($m: ID!) { module(id: $m) { slug } }', (x) => ({ m: x.bModuleId }), 'trainer'],
      ['Query.moduleVersion', 'query($v: ID!) { moduleVersion(id: $v) { content } }', (x) => ({ v: x.bVersionId }), 'manager'],
      ['Mutation.updateModuleDraft', 'mutation($m: ID!) { updateModuleDraft(input: { moduleId: $m, content: {} }) { id } }', (x) => ({ m: x.bModuleId }), 'trainer'],
      ['Mutation.publishModule', 'mutation($m: ID!) { publishModule(id: $m) { id } }', (x) => ({ m: x.bModuleId }), 'admin'],
      ['Query.cohort', 'query($s: ID!) { cohort(siteId: $s) { entries { assignmentId } } }', (x) => ({ s: x.bSiteId }), 'trainer'],
      ['Query.pendingValidations', 'query($s: ID) { pendingValidations(siteId: $s) { statementId } }', (x) => ({ s: x.bSiteId }), 'trainer'],
      ['Query.workerAttempts', 'query($w: ID!) { workerAttempts(workerId: $w) { id version } }', (x) => ({ w: x.bWorkerId }), 'trainer'],
      ['Mutation.assignModule', 'mutation($v: ID!, $w: [ID!]) { assignModule(input: { moduleVersionId: $v, workerIds: $w, dueOn: "2099-01-01" }) { assigned } }', (x) => ({ v: x.bVersionId, w: [x.aWorkerId] }), 'trainer'],
      ['Mutation.assignModule', 'mutation($v: ID!, $w: [ID!]) { assignModule(input: { moduleVersionId: $v, workerIds: $w, dueOn: "2099-01-01" }) { assigned } }', (x) => ({ v: x.aVersionId, w: [x.bWorkerId] }), 'manager'],
      ['Mutation.cancelAssignment', 'mutation($a: ID!) { cancelAssignment(id: $a) { id reason } }', (x) => ({ a: x.bAssignmentId }), 'trainer'],
      ['Mutation.reassignAssignment', 'mutation($a: ID!, $w: ID!) { reassignAssignment(id: $a, workerId: $w) { id } }', (x) => ({ a: x.bAssignmentId, w: x.aWorkerId }), 'manager'],
      ['Mutation.changeAssignmentDueDate', 'mutation($a: ID!) { changeAssignmentDueDate(id: $a, dueOn: "2099-01-01") { id } }', (x) => ({ a: x.bAssignmentId }), 'admin'],
      ['Mutation.reviewPractical', 'mutation($s: ID!) { reviewPractical(statementId: $s, verdict: validated) { response } }', (x) => ({ s: x.bSubmissionId }), 'trainer'],
      ['Query.siteModels', 'query($s: ID!) { siteModels(siteId: $s) { id fileName } }', (x) => ({ s: x.bSiteId }), 'trainer'],
      ['Query.currentSiteModel', 'query($s: ID!) { currentSiteModel(siteId: $s) { id geometry { url } } }', (x) => ({ s: x.bSiteId }), 'trainer'],
      ['Query.siteRecommendations', 'query($s: ID!) { siteRecommendations(siteId: $s) { moduleRef elementCount } }', (x) => ({ s: x.bSiteId }), 'manager'],
      ['Query.modelChanges', 'query($m: ID!) { modelChanges(modelId: $m) { addedCount } }', (x) => ({ m: x.bModelId }), 'trainer'],
      ['Query.modelElements', 'query($m: ID!) { modelElements(modelId: $m) { total } }', (x) => ({ m: x.bModelId }), 'admin'],
      ['Mutation.retryModelParse', 'mutation($m: ID!) { retryModelParse(modelId: $m) { id errorMessage } }', (x) => ({ m: x.bModelId }), 'trainer'],
      ['Query.tenderRequirements', 'query($s: ID!) { tenderRequirements(siteId: $s) { id title } }', (x) => ({ s: x.bSiteId }), 'manager'],
      ['Query.siteTenderCheck', 'query($s: ID!) { siteTenderCheck(siteId: $s) { requirements { members { displayName } } } }', (x) => ({ s: x.bSiteId }), 'trainer'],
      ['Mutation.createTenderRequirement', 'mutation($s: ID!) { createTenderRequirement(input: { siteId: $s, title: "intrus", ulos: ["ULO-AIR-01"] }) { id } }', (x) => ({ s: x.bSiteId }), 'manager'],
      ['Mutation.updateTenderRequirement', 'mutation($t: ID!) { updateTenderRequirement(id: $t, input: { title: "intrus", ulos: ["ULO-AIR-01"] }) { id title } }', (x) => ({ t: x.bTenderId }), 'trainer'],
      ['Mutation.deleteTenderRequirement', 'mutation($t: ID!) { deleteTenderRequirement(id: $t) }', (x) => ({ t: x.bTenderId }), 'admin'],
      ['Mutation.switchOrganisation', 'mutation($o: ID!) { switchOrganisation(organisationId: $o) { accessToken } }', (x) => ({ o: x.bOrgId }), 'manager'],
      ['Mutation.updateSite', 'mutation($s: ID!) { updateSite(id: $s, input: { name: "intrus", timeZone: "Europe/Paris" }) { id } }', (x) => ({ s: x.bSiteId }), 'manager'],
      ['Mutation.closeSite', 'mutation($s: ID!) { closeSite(id: $s) { id } }', (x) => ({ s: x.bSiteId }), 'admin'],
      ['Mutation.deactivateMember', 'mutation($u: ID!) { deactivateMember(userId: $u) { displayName } }', (x) => ({ u: x.bManagerId }), 'admin'],
      ['Mutation.reactivateMember', 'mutation($u: ID!) { reactivateMember(userId: $u) { displayName } }', (x) => ({ u: x.bWorkerId }), 'manager'],
      ['Mutation.leaveOrganisation', 'mutation($o: ID!) { leaveOrganisation(organisationId: $o) }', (x) => ({ o: x.bOrgId }), 'trainer'],
      ['Mutation.passwordResetLinkFor', 'mutation { passwordResetLinkFor(email: "b-manager@b.fr") { link } }', () => ({}), 'admin'],
      ['Mutation.requestErasure', 'mutation($w: ID) { requestErasure(workerId: $w) { id } }', (x) => ({ w: x.bWorkerId }), 'manager'],
      ['Mutation.executeErasure', 'mutation($r: ID!) { executeErasure(requestId: $r) { id } }', (x) => ({ r: x.bErasureRequestId }), 'admin'],
      ['Mutation.updateTerritory', 'mutation($t: ID!) { updateTerritory(id: $t, input: { name: "intrus", codes: ["69383"] }) { id } }', (x) => ({ t: x.otherTerritoryId }), 'admin'],
      ['Mutation.deleteTerritory', 'mutation($t: ID!) { deleteTerritory(id: $t) }', (x) => ({ t: x.otherTerritoryId }), 'admin'],
      ['Query.forecastProjects', 'query($t: ID!) { forecastProjects(territoryId: $t) { id name } }', (x) => ({ t: x.otherTerritoryId }), 'admin'],
      ['Mutation.createForecastProject', 'mutation($t: ID!) { createForecastProject(input: { territoryId: $t, name: "intrus", years: [2027], buildingType: "house", packages: [{ workPackage: "heatPump", quantity: 1 }] }) { id } }', (x) => ({ t: x.otherTerritoryId }), 'admin'],
      ['Mutation.deleteForecastProject', 'mutation($p: ID!) { deleteForecastProject(id: $p) }', (x) => ({ p: x.otherProjectId }), 'admin'],
      ['Mutation.importForecastProjects', 'mutation($t: ID!) { importForecastProjects(territoryId: $t, csv: "name,years,buildingType,heatPump\\nx,2027,house,1") { created } }', (x) => ({ t: x.otherTerritoryId }), 'admin'],
      ['Query.forecastHeadcounts', 'query($t: ID!) { forecastHeadcounts(territoryId: $t) { id label } }', (x) => ({ t: x.otherTerritoryId }), 'admin'],
      ['Mutation.addForecastHeadcount', 'mutation($t: ID!) { addForecastHeadcount(input: { territoryId: $t, label: "intrus", ulo: "ULO-HP-01", workers: 1 }) { id } }', (x) => ({ t: x.otherTerritoryId }), 'admin'],
      ['Mutation.deleteForecastHeadcount', 'mutation($h: ID!) { deleteForecastHeadcount(id: $h) }', (x) => ({ h: x.otherHeadcountId }), 'admin'],
      ['Query.forecastScenarios', 'query($t: ID!) { forecastScenarios(territoryId: $t) { id name } }', (x) => ({ t: x.otherTerritoryId }), 'admin'],
      ['Mutation.saveForecastScenario', 'mutation($t: ID!) { saveForecastScenario(input: { territoryId: $t, name: "intrus", low: 0.5, central: 1, high: 1.5, productiveHours: 1400 }) { id } }', (x) => ({ t: x.otherTerritoryId }), 'admin'],
      ['Mutation.deleteForecastScenario', 'mutation($s: ID!) { deleteForecastScenario(id: $s) }', (x) => ({ s: x.otherScenarioId }), 'admin'],
      ['Query.forecast', 'query($t: ID!) { forecast(territoryId: $t) { territoryName scenarios { totalHours } } }', (x) => ({ t: x.otherTerritoryId }), 'admin'],
      ['Query.positioningSession', 'query($s: ID!) { positioningSession(id: $s) { id name code } }', (x) => ({ s: x.otherPositioningSessionId }), 'admin'],
      ['Query.positioningCandidates', 'query($s: ID!) { positioningCandidates(sessionId: $s) { id firstName } }', (x) => ({ s: x.otherPositioningSessionId }), 'admin'],
      [
        'Mutation.handOverCandidate',
        'mutation($c: ID!, $o: ID!) { handOverCandidate(candidateId: $c, companyId: $o, candidateConsent: true) { id } }',
        (x) => ({ c: x.otherCandidateId, o: x.bOrgId }),
        'admin',
      ],
      ['Mutation.endSharing', 'mutation($a: ID!) { endSharing(id: $a) { id } }', (x) => ({ a: x.bAgreementId }), 'manager'],
      ['Query.recallLapses', 'query($s: ID!) { recallLapses(siteId: $s) { ulo teamName } }', (x) => ({ s: x.bSiteId }), 'trainer'],
      ['Query.afest', 'query($a: ID!) { afest(id: $a) { title positioningNote } }', (x) => ({ a: x.bAfestId }), 'manager'],
      ['Mutation.createAfest', 'mutation($w: ID!) { createAfest(input: { workerId: $w, title: "intrus", targetUlos: [], positioningNote: "intrus" }) { id } }', (x) => ({ w: x.bWorkerId }), 'trainer'],
      ['Mutation.planAfestSequence', 'mutation($a: ID!) { planAfestSequence(input: { afestId: $a, activity: "intrus", plannedOn: "2026-01-05", plannedMinutes: 60 }) { id } }', (x) => ({ a: x.bAfestId }), 'trainer'],
      ['Mutation.signAfest', 'mutation($a: ID!) { signAfest(afestId: $a, signature: { path: "M1 1 L2 2 L3 3 L4 4 L5 5 L6 6 L7 7 L8 8", width: 100, height: 50 }) { id } }', (x) => ({ a: x.bAfestId }), 'admin'],
      ['Mutation.addAfestNote', 'mutation($a: ID!) { addAfestNote(afestId: $a, reason: "intrus", note: "intrus") { id } }', (x) => ({ a: x.bAfestId }), 'trainer'],
      ['Query.clauseContract', 'query($c: ID!) { clauseContract(id: $c) { id title } }', (x) => ({ c: x.bContractId }), 'manager'],
      ['Query.clauseParticipants', 'query($c: ID!) { clauseParticipants(contractId: $c, reason: "contrôle") { personName category } }', (x) => ({ c: x.bContractId }), 'admin'],
      ['Query.clauseDeclarations', 'query($c: ID!) { clauseDeclarations(contractId: $c) { personName hoursWorked } }', (x) => ({ c: x.bContractId }), 'manager'],
      ['Mutation.linkClauseLotSite', 'mutation($l: ID!, $s: ID!) { linkClauseLotSite(lotId: $l, siteId: $s) { id } }', (x) => ({ l: x.bLotId, s: x.aSiteId }), 'manager'],
      ['Query.clauseParticipantCandidates', 'query($c: ID!) { clauseParticipantCandidates(contractId: $c) { personName companyName } }', (x) => ({ c: x.bContractId }), 'manager'],
      ['Query.clauseParticipantPath', 'query($p: ID!) { clauseParticipantPath(participantId: $p, reason: "contrôle") { personName contracts { category } } }', (x) => ({ p: x.bParticipantId }), 'admin'],
      ['Mutation.addClauseParticipant', 'mutation($c: ID!, $w: ID!) { addClauseParticipant(input: { contractId: $c, workerId: $w, category: "rsa", evidenceType: "other", startsOn: "2026-01-01" }) { id } }', (x) => ({ c: x.bContractId, w: x.aWorkerId }), 'manager'],
      ['Mutation.declareClauseHours', 'mutation($p: ID!, $l: ID!) { declareClauseHours(input: { participantId: $p, lotId: $l, month: "2026-04", hoursWorked: 10, trainingHours: 0 }) { id } }', (x) => ({ p: x.bParticipantId, l: x.bLotId }), 'admin'],
      ['Mutation.correctClauseTrainingHours', 'mutation($d: ID!) { correctClauseTrainingHours(declarationId: $d, trainingHours: 1, reason: "intrus") { id } }', (x) => ({ d: x.bDeclarationId }), 'trainer'],
    ];

    it.each(cases.map(([f, q, v, role]) => [`${f} as A's ${role}`, f, q, v, role] as const))(
      '%s',
      async (_label, field, query, variables, role) => {
        const token = { manager: aManager, admin: aAdmin, trainer: aTrainer }[role];
        const result = await asA(field, query, variables(w), token);
        // A nullable root field answers { field: null } next to its error: nothing of B either way.
        expect(Object.values(result.data ?? {}).filter((value) => value !== null)).toEqual([]);
        expect(code(result)).toBe('NOT_FOUND');
        expect(JSON.stringify(result)).not.toMatch(LEAK);
      },
    );

    it("a facilitator of another network body gets NOT_FOUND for B's contract, participant and declaration", async () => {
      const facilitator = await sut.login('facilitator@fit.demo');
      const attempts: [string, string, Record<string, unknown>][] = [
        ['Query.clauseContract', 'query($c: ID!) { clauseContract(id: $c) { id title } }', { c: w.bContractId }],
        ['Query.clauseParticipants', 'query($c: ID!) { clauseParticipants(contractId: $c, reason: "contrôle") { personName category } }', { c: w.bContractId }],
        ['Mutation.recordClauseExit', 'mutation($p: ID!) { recordClauseExit(participantId: $p, outcome: "job", exitOn: "2026-05-01") { id } }', { p: w.bParticipantId }],
        ['Mutation.decideClauseHours', 'mutation($d: ID!) { decideClauseHours(declarationId: $d, verdict: "validate") { id status } }', { d: w.bDeclarationId }],
      ];
      for (const [field, query, variables] of attempts) {
        const result = await asA(field, query, variables, facilitator);
        expect(code(result)).toBe('NOT_FOUND');
      }
      const [left] = await sut.dataSource.query<{ status: string }[]>('select status from clause_hour_declarations where id = $1', [w.bDeclarationId]);
      expect(left!.status).toBe('declared');
    });

    it("Mutation.pinLogin on A's tablet with B's worker is NOT_FOUND", async () => {
      const result = await asA('Mutation.pinLogin', 'mutation($w: ID!) { pinLogin(workerId: $w, pin: "123400") { accessToken } }', { w: w.bWorkerId }, undefined as never, {
        'x-device-token': w.aDevice,
      });
      expect(code(result)).toBe('NOT_FOUND');
    });

    it("Mutation.reportOfflineLockout on A's tablet with B's worker is NOT_FOUND, and no manager of B is told", async () => {
      const result = await asA(
        'Mutation.reportOfflineLockout',
        'mutation($w: ID!, $at: DateTime!) { reportOfflineLockout(workerId: $w, lockedAt: $at) }',
        { w: w.bWorkerId, at: new Date(Date.now() - 60_000).toISOString() },
        undefined as never,
        { 'x-device-token': w.aDevice },
      );
      expect(code(result)).toBe('NOT_FOUND');
      expect(await querySingle<{ n: number }>(sut.dataSource, 'select count(*)::int as n from offline_lockouts')).toEqual({ n: 0 });
    });

    it("Mutation.badgeLogin on A's tablet with B's badge is refused", async () => {
      const result = await asA('Mutation.badgeLogin', 'mutation($c: String!) { badgeLogin(code: $c) { accessToken } }', { c: w.bBadge }, undefined as never, {
        'x-device-token': w.aDevice,
      });
      expect(code(result)).toBe('INVALID_CREDENTIALS');
    });

    it('Mutation.createTeam with the name of one of B\'s teams succeeds in A: names are per organisation, nothing is revealed', async () => {
      const result = await asA('Mutation.createTeam', 'mutation($n: String!) { createTeam(name: $n) { name members { id } } }', { n: `${B} équipe` });
      expect(result.errors).toBeUndefined();
      answersToA.pop(); // the name came from the caller, not from B
      await sut.dataSource.query(`delete from teams where name = $1 and organisation_id <> $2`, [`${B} équipe`, w.bOrgId]);
    });

    it('Mutation.addWorker never links B\'s worker into A: the person is invited, and nothing of B shows', async () => {
      const result = await asA(
        'Mutation.addWorker',
        'mutation { addWorker(input: { displayName: "Autre nom", language: "fr", trade: "plombier", email: "b-worker@b.fr" }) { worker { id trade } invitation { role } } }',
      );
      expect(result.errors).toBeUndefined();
      expect(result.data).toMatchObject({ addWorker: { worker: null, invitation: { role: 'worker' } } });
      const teams = await asA('Query.teams', '{ teams { name members { trade } } }');
      expect(JSON.stringify(teams)).not.toMatch(LEAK);
    });
  });

  describe("B's evidence never counts in A's views", () => {
    it("a validation of A's worker in B's ledger moves neither A's passport, nor A's matrix, nor A's tender check", async () => {
      const [etics] = await sut.dataSource.query<{ id: string }[]>(
        `select v.id from module_versions v join learning_modules m on m.id = v.module_id
          where m.slug = 'etics-fixing-thermal-bridges' and v.status = 'published' order by v.version desc limit 1`,
      );
      const module = `https://w3id.org/fit/module-versions/${etics!.id}`;
      const actor = { objectType: 'Agent', account: { homePage: 'https://w3id.org/fit/users', name: w.aWorkerId } };
      // A's worker finishes A's module on A's tablet: the practical step waits for A's trainer.
      const pin = await sut.gql<{ pinLogin: { accessToken: string } }>('mutation($w: ID!) { pinLogin(workerId: $w, pin: "123400") { accessToken } }', { w: w.aWorkerId }, undefined, {
        'x-device-token': w.aDevice,
      });
      const submissionId = randomUUID();
      const sent = await xapiClient(sut.url, `Bearer ${pin.data!.pinLogin.accessToken}`)('POST', '', [
        { id: submissionId, actor, verb: { id: 'http://adlnet.gov/expapi/verbs/completed' }, object: { id: `${module}/steps/task` }, result: { completion: true, response: 'rail', extensions: { 'https://w3id.org/fit/xapi/extensions/sign-off-requested': true } } },
        { id: randomUUID(), actor, verb: { id: 'http://adlnet.gov/expapi/verbs/passed' }, object: { id: module }, result: { success: true, completion: true } },
      ]);
      expect(sent.status).toBe(200);
      // The marker: B states A's worker was validated. Refused by the API; and the same row written straight into B's
      // ledger (as it could be before the rule) is still never counted by A.
      const forged = {
        id: randomUUID(),
        actor: { objectType: 'Agent', account: { homePage: 'https://w3id.org/fit/users', name: w.bManagerId } },
        verb: { id: 'https://w3id.org/fit/xapi/verbs/validated' },
        object: { id: `${module}/steps/task` },
        result: { success: true, response: `${B} a validé` },
        context: {
          statement: { objectType: 'StatementRef', id: submissionId },
          extensions: { 'https://w3id.org/fit/xapi/extensions/learner': actor },
          contextActivities: { parent: [{ id: module }] },
        },
      };
      expect((await xapiClient(sut.url, await basicAuthFor(sut.dataSource, 'b-org'))('POST', '', forged)).status).toBe(403);
      await sut.dataSource.query(
        `insert into xapi_statements (id, organisation_id, actor_user_id, actor_ifi, verb_id, object_id, statement, content_hash, timestamp, source)
         values ($1, $2, $3, 'x', $4, $5, $6, 'h', now(), 'xapi')`,
        [forged.id, w.bOrgId, w.bManagerId, forged.verb.id, forged.object.id, JSON.stringify(forged)],
      );

      const passport = await asA('Query.passport', 'query($w: ID) { passport(workerId: $w) { ulos { code state evidence { validatedAt } } awards { qualification } } }', { w: w.aWorkerId });
      const ulo = (passport.data as { passport: { ulos: { code: string; state: string; evidence: { validatedAt: string | null }[] }[] } }).passport.ulos.find((u) => u.code === 'ULO-INS-01');
      expect(ulo).toMatchObject({ state: 'awaiting_validation', evidence: [{ validatedAt: null }] });
      const matrix = await asA('Query.teamMatrix', 'query($s: ID) { teamMatrix(siteId: $s) { uloEntries { workerId ulo state } } }', { s: w.aSiteId });
      const cell = (matrix.data as { teamMatrix: { uloEntries: { workerId: string; ulo: string; state: string }[] } }).teamMatrix.uloEntries.find((e) => e.workerId === w.aWorkerId && e.ulo === 'ULO-INS-01');
      expect(cell?.state).toBe('awaiting_validation');
      await asA('Mutation.createTenderRequirement', 'mutation($s: ID!) { createTenderRequirement(input: { siteId: $s, title: "ITE", ulos: ["ULO-INS-01"] }) { id } }', { s: w.aSiteId });
      const check = await asA('Query.siteTenderCheck', 'query($s: ID!) { siteTenderCheck(siteId: $s) { requirements { members { workerId met missingUlos } } } }', { s: w.aSiteId });
      const member = (check.data as { siteTenderCheck: { requirements: { members: { workerId: string; met: boolean }[] }[] } }).siteTenderCheck.requirements
        .flatMap((r) => r.members)
        .find((m) => m.workerId === w.aWorkerId);
      expect(member).toMatchObject({ met: false, missingUlos: ['ULO-INS-01'] });
    });
  });

  it("B's data is intact after all of A's attempts", async () => {
    const workers = await sut.gql<{ workers: { hasPin: boolean }[] }>('{ workers { hasPin } }', {}, bManager);
    expect(workers.data?.workers).toHaveLength(1);
    const crew = await sut.gql('{ tabletCrew { displayName } }', {}, undefined, { 'x-device-token': w.bDevice });
    expect(crew.errors).toBeUndefined();
    const tenders = await sut.gql<{ tenderRequirements: { title: string }[] }>('query($s: ID!) { tenderRequirements(siteId: $s) { title } }', { s: w.bSiteId }, bManager);
    expect(tenders.data?.tenderRequirements).toEqual([{ title: `${B} clause` }]);
  });

  it('no answer given to A, data or error, contains anything of B', () => {
    expect(answersToA.length).toBeGreaterThan(20);
    for (const answer of answersToA) expect(JSON.stringify(answer)).not.toMatch(LEAK);
  });

  it('covers every root field of the schema, or lists it as taking no organisation ids', () => {
    const schema = sut.app.get(GraphQLSchemaHost).schema;
    const rootFields = [schema.getQueryType(), schema.getMutationType()]
      .filter((t) => t !== null && t !== undefined)
      .flatMap((t) => Object.keys(t.getFields()).map((f) => `${t.name}.${f}`));
    const missing = rootFields.filter((f) => !covered.has(f) && !NOT_ORG_SCOPED.has(f));
    expect(missing).toEqual([]);
  });
});
