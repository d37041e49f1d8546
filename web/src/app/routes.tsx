// Which screen each address shows: login, the site tablet, the role redirect at "/", role homes, crew admin,
// the module catalogue, editor and player, assigning, cohort progress, on-site validation, and qualifications.
import { ROLES, type BimStep, type Role } from '@fit/shared';
import { lazy, Suspense, useCallback, useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useNavigate, useSearchParams } from 'react-router';
import { LoginPage, type LoginPayload } from '../features/auth/components/LoginPage';
import type { HomeProps } from '../features/home/homeProps';
import type { PlayerEvent } from '../features/module-player/playerProgress';
import { appOutbox } from '../features/sync/outbox-db';
import { recordPlayerEvent } from '../features/sync/record-learning';
import { useSyncController } from '../features/sync/SyncContext';
import { useGraphQLClient } from '../graphql/GraphQLClientContext';
import { useDevice } from './device-token';
import { enrolThisTablet } from '../features/tablet-setup/enrol-tablet';
import { sessionFromPayload } from './session-refresh';
import type { SessionUser } from '../graphql/session-user';
import { sessionStore, useSessionState } from './session';
import { signOut } from './session-actions';
import { LoadingState } from '../ui/LoadingState';
import { Shell } from './Shell';
import { SignedInLayout } from './SignedInLayout';
import { TabletRoutes } from './TabletRoutes';
import { ElementBanner } from '../features/element-labels/ElementBanner';

// Each role's home is its own chunk: a worker's tablet never parses the manager's screens up front.
const HOMES: Record<Role, ComponentType<HomeProps>> = {
  worker: lazy(() =>
    import('../features/assignments/components/WorkerDayHome').then((m) => ({ default: m.WorkerDayHome })),
  ),
  trainer: lazy(() =>
    import('../features/home/components/TrainerHome').then((m) => ({ default: m.TrainerHome })),
  ),
  manager: lazy(() =>
    import('../features/home/components/ManagerHome').then((m) => ({ default: m.ManagerHome })),
  ),
  admin: lazy(() => import('../features/home/components/AdminHome').then((m) => ({ default: m.AdminHome }))),
  facilitator: lazy(() =>
    import('../features/home/components/NetworkHome').then((m) => ({ default: m.NetworkHome })),
  ),
  planner: lazy(() =>
    import('../features/home/components/NetworkHome').then((m) => ({ default: m.NetworkHome })),
  ),
};
const WorkersPage = lazy(() =>
  import('../features/crew/components/WorkersPage').then((m) => ({ default: m.WorkersPage })),
);
const SitePage = lazy(() =>
  import('../features/crew/components/SitePage').then((m) => ({ default: m.SitePage })),
);
const ElementScanPage = lazy(() =>
  import('../features/element-labels/ElementScanPage').then((m) => ({ default: m.ElementScanPage })),
);
const RecallPage = lazy(() =>
  import('../features/recall/components/RecallPage').then((m) => ({ default: m.RecallPage })),
);
const SiteModelPage = lazy(() =>
  import('../features/bim/components/SiteModelPage').then((m) => ({ default: m.SiteModelPage })),
);
const BadgeSheetPage = lazy(() =>
  import('../features/crew/components/BadgeSheetPage').then((m) => ({ default: m.BadgeSheetPage })),
);

const STAFF: Role[] = ['manager', 'trainer', 'admin'];

const SitesPage = lazy(() =>
  import('../features/sites/components/SitesPage').then((m) => ({ default: m.SitesPage })),
);
const SiteCreatePage = lazy(() =>
  import('../features/sites/components/SiteCreatePage').then((m) => ({ default: m.SiteCreatePage })),
);
const SiteEditPage = lazy(() =>
  import('../features/sites/components/SiteEditPage').then((m) => ({ default: m.SiteEditPage })),
);
const SITE_WRITERS: Role[] = ['manager', 'admin'];
/** The social clause's contract screen: the network body's people and the awarded companies' managers and admins. */
const CLAUSE_ROLES: Role[] = ['facilitator', 'planner', 'manager', 'admin'];
const ForgotPasswordPage = lazy(() =>
  import('../features/auth/components/ForgotPasswordPage').then((m) => ({ default: m.ForgotPasswordPage })),
);
const ResetPasswordPage = lazy(() =>
  import('../features/auth/components/ResetPasswordPage').then((m) => ({ default: m.ResetPasswordPage })),
);
const AccountPage = lazy(() =>
  import('../features/auth/components/AccountPage').then((m) => ({ default: m.AccountPage })),
);
const MembersPage = lazy(() =>
  import('../features/auth/components/MembersPage').then((m) => ({ default: m.MembersPage })),
);

// Authoring and playing load on demand: the editor never weighs on a worker's first load, nor the player on a manager's.
const CataloguePage = lazy(() =>
  import('../features/catalogue/CataloguePage').then((m) => ({ default: m.CataloguePage })),
);
const ModuleEditorRoute = lazy(() =>
  import('./ModuleEditorRoute').then((m) => ({ default: m.ModuleEditorRoute })),
);
const PlayerPage = lazy(() =>
  import('../features/module-player/components/PlayerPage').then((m) => ({ default: m.PlayerPage })),
);
const BimStepModel = lazy(() =>
  import('../features/bim/components/BimStepModel').then((m) => ({ default: m.BimStepModel })),
);

const AssignPage = lazy(() =>
  import('../features/assignments/components/AssignPage').then((m) => ({ default: m.AssignPage })),
);
const CohortPage = lazy(() =>
  import('../features/assignments/components/CohortPage').then((m) => ({ default: m.CohortPage })),
);
const ValidationsPage = lazy(() =>
  import('../features/validation/ValidationsPage').then((m) => ({ default: m.ValidationsPage })),
);
const MyResultsPage = lazy(() =>
  import('../features/assignments/components/MyResultsPage').then((m) => ({ default: m.MyResultsPage })),
);
const AfestListPage = lazy(() => import('../features/afest').then((m) => ({ default: m.AfestListPage })));
const AfestPage = lazy(() => import('../features/afest').then((m) => ({ default: m.AfestPage })));
const MyAfestPage = lazy(() => import('../features/afest').then((m) => ({ default: m.MyAfestPage })));
const PassportPage = lazy(() =>
  import('../features/qualifications/components/PassportPage').then((m) => ({ default: m.PassportPage })),
);
const TeamMatrixPage = lazy(() =>
  import('../features/qualifications/components/TeamMatrixPage').then((m) => ({ default: m.TeamMatrixPage })),
);
const TenderPage = lazy(() =>
  import('../features/tender-requirements/TenderPage').then((m) => ({ default: m.TenderPage })),
);
const FrameworkAdminPage = lazy(() =>
  import('../features/qualifications/components/FrameworkAdminPage').then((m) => ({
    default: m.FrameworkAdminPage,
  })),
);

const PersonalDataPage = lazy(() =>
  import('../features/personal-data/PersonalDataPage').then((m) => ({ default: m.PersonalDataPage })),
);
const OrganisationsPage = lazy(() =>
  import('../features/organisations/components/OrganisationsPage').then((m) => ({
    default: m.OrganisationsPage,
  })),
);
const InvitationsPage = lazy(() =>
  import('../features/organisations/components/InvitationsPage').then((m) => ({
    default: m.InvitationsPage,
  })),
);
const AcceptInvitationPage = lazy(() =>
  import('../features/organisations/components/AcceptInvitationPage').then((m) => ({
    default: m.AcceptInvitationPage,
  })),
);
const NotificationsPage = lazy(() =>
  import('../features/notifications/NotificationsPage').then((m) => ({ default: m.NotificationsPage })),
);
const ForecastPage = lazy(() =>
  import('../features/forecast/ForecastPage').then((m) => ({ default: m.ForecastPage })),
);
const NetworkFiguresPage = lazy(() =>
  import('../features/network-figures/NetworkFiguresPage').then((m) => ({ default: m.NetworkFiguresPage })),
);
const ContractPage = lazy(() =>
  import('../features/social-clause/ContractPage').then((m) => ({ default: m.ContractPage })),
);
const ParticipantPathPage = lazy(() =>
  import('../features/social-clause/ParticipantPathPage').then((m) => ({ default: m.ParticipantPathPage })),
);
// A candidate's phone loads only the positioning screens, never the staff app.
const CodeEntryPage = lazy(() =>
  import('../features/positioning/CodeEntryPage').then((m) => ({ default: m.CodeEntryPage })),
);
const CandidatePage = lazy(() =>
  import('../features/positioning/CandidatePage').then((m) => ({ default: m.CandidatePage })),
);
const CandidateResultPage = lazy(() =>
  import('../features/positioning/CandidateResult').then((m) => ({ default: m.CandidateResultPage })),
);
const PositioningSessionPage = lazy(() =>
  import('../features/positioning/SessionPage').then((m) => ({ default: m.SessionPage })),
);
const HandoversPage = lazy(() =>
  import('../features/positioning/HandoversPage').then((m) => ({ default: m.HandoversPage })),
);
const VerifyPage = lazy(() =>
  import('../features/credentials/VerifyPage').then((m) => ({ default: m.VerifyPage })),
);
const INVITER_ROLES: Role[] = ['admin', 'manager'];

const CATALOGUE_ROLES: Role[] = ['trainer', 'manager', 'admin'];
const AUTHOR_ROLES: Role[] = ['trainer', 'admin'];
const ASSIGN_ROLES: Role[] = ['trainer', 'manager'];

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginRoute />} />
      <Route path="/tablet/*" element={<TabletRoutes />} />
      <Route path="/invite/:token" element={<AcceptInvitationRoute />} />
      <Route
        path="/forgot-password"
        element={
          <PublicPage>
            <ForgotPasswordPage />
          </PublicPage>
        }
      />
      <Route
        path="/reset-password/:token"
        element={
          <PublicPage>
            <ResetPasswordPage />
          </PublicPage>
        }
      />
      <Route path="/verify" element={<VerifyRoute />} />
      <Route
        path="/p"
        element={
          <CandidateRoute>
            <CodeEntryPage />
          </CandidateRoute>
        }
      />
      <Route
        path="/p/r/:token"
        element={
          <CandidateRoute>
            <CandidateResultPage />
          </CandidateRoute>
        }
      />
      <Route
        path="/p/:code"
        element={
          <CandidateRoute>
            <CandidatePage />
          </CandidateRoute>
        }
      />
      <Route element={<SignedInLayout />}>
        <Route index element={<RoleRedirect />} />
        <Route path="/worker" element={<RoleHome role="worker" />} />
        <Route path="/trainer" element={<RoleHome role="trainer" />} />
        <Route path="/manager" element={<RoleHome role="manager" />} />
        <Route path="/admin" element={<RoleHome role="admin" />} />
        <Route path="/facilitator" element={<RoleHome role="facilitator" />} />
        <Route path="/planner" element={<RoleHome role="planner" />} />
        <Route
          path="/positioning/:id"
          element={<ForRoles roles={['facilitator', 'admin']}>{() => <PositioningSessionPage />}</ForRoles>}
        />
        <Route
          path="/crew"
          element={<ForRoles roles={STAFF}>{(user) => <WorkersPage role={user.role} />}</ForRoles>}
        />
        <Route
          path="/sites"
          element={<ForRoles roles={SITE_WRITERS}>{(user) => <SitesPage role={user.role} />}</ForRoles>}
        />
        <Route
          path="/sites/new"
          element={<ForRoles roles={SITE_WRITERS}>{(user) => <SiteCreatePage role={user.role} />}</ForRoles>}
        />
        <Route
          path="/sites/:siteId/edit"
          element={<ForRoles roles={SITE_WRITERS}>{() => <SiteEditPage />}</ForRoles>}
        />
        <Route
          path="/account"
          element={
            <ForRoles roles={ROLES}>
              {(user) => <AccountPage user={user} onLeftActiveOrganisation={() => sessionStore.signOut()} />}
            </ForRoles>
          }
        />
        <Route
          path="/members"
          element={<ForRoles roles={SITE_WRITERS}>{(user) => <MembersPage user={user} />}</ForRoles>}
        />
        <Route
          path="/sites/:siteId"
          element={<ForRoles roles={STAFF}>{(user) => <SiteRoute role={user.role} />}</ForRoles>}
        />
        <Route
          path="/sites/:siteId/model"
          element={<ForRoles roles={CATALOGUE_ROLES}>{() => <SiteModelPage />}</ForRoles>}
        />
        <Route path="/badges" element={<ForRoles roles={STAFF}>{() => <BadgeSheetPage />}</ForRoles>} />
        <Route
          path="/modules"
          element={<ForRoles roles={CATALOGUE_ROLES}>{(user) => <CataloguePage user={user} />}</ForRoles>}
        />
        <Route
          path="/modules/new"
          element={<ForRoles roles={AUTHOR_ROLES}>{() => <ModuleEditorRoute />}</ForRoles>}
        />
        <Route
          path="/modules/:id/edit"
          element={<ForRoles roles={AUTHOR_ROLES}>{() => <ModuleEditorRoute />}</ForRoles>}
        />
        <Route path="/assign" element={<ForRoles roles={ASSIGN_ROLES}>{() => <AssignPage />}</ForRoles>} />
        <Route
          path="/sites/:siteId/cohort"
          element={<ForRoles roles={ASSIGN_ROLES}>{() => <CohortPage />}</ForRoles>}
        />
        <Route
          path="/clause/:contractId"
          element={
            <ForRoles roles={CLAUSE_ROLES}>
              {(user) => <ContractPage role={user.role} organisationId={user.organisation.id} />}
            </ForRoles>
          }
        />
        <Route
          path="/handovers"
          element={<ForRoles roles={ASSIGN_ROLES}>{() => <HandoversPage />}</ForRoles>}
        />
        <Route
          path="/clause/:contractId/participants/:participantId"
          element={
            <ForRoles roles={['facilitator', 'manager', 'admin']}>{() => <ParticipantPathPage />}</ForRoles>
          }
        />
        <Route
          path="/validations"
          element={<ForRoles roles={ASSIGN_ROLES}>{() => <ValidationsPage />}</ForRoles>}
        />
        <Route
          path="/my-results"
          element={<ForRoles roles={['worker']}>{(user) => <MyResultsPage user={user} />}</ForRoles>}
        />
        <Route
          path="/scan-element"
          element={<ForRoles roles={['worker']}>{(user) => <ElementScanPage user={user} />}</ForRoles>}
        />
        <Route
          path="/recall"
          element={<ForRoles roles={['worker']}>{(user) => <RecallPage user={user} />}</ForRoles>}
        />
        <Route
          path="/afest"
          element={
            <ForRoles roles={STAFF}>
              {(user) => <AfestListPage canWrite={user.role !== 'manager'} />}
            </ForRoles>
          }
        />
        <Route
          path="/afest/:afestId"
          element={
            <ForRoles roles={STAFF}>
              {(user) => <AfestPage userId={user.id} canWrite={user.role !== 'manager'} />}
            </ForRoles>
          }
        />
        <Route
          path="/my-afest"
          element={<ForRoles roles={['worker']}>{(user) => <MyAfestPage user={user} />}</ForRoles>}
        />
        <Route
          path="/passport"
          element={<ForRoles roles={ROLES}>{(user) => <PassportPage user={user} />}</ForRoles>}
        />
        <Route
          path="/passport/:workerId"
          element={<ForRoles roles={STAFF}>{(user) => <PassportPage user={user} />}</ForRoles>}
        />
        <Route path="/matrix" element={<ForRoles roles={STAFF}>{() => <TeamMatrixPage />}</ForRoles>} />
        <Route
          path="/sites/:siteId/tender"
          element={<ForRoles roles={STAFF}>{() => <TenderPage />}</ForRoles>}
        />
        <Route
          path="/forecast"
          element={<ForRoles roles={['planner', 'admin']}>{() => <ForecastPage />}</ForRoles>}
        />
        <Route
          path="/network-figures"
          element={<ForRoles roles={['facilitator', 'admin']}>{() => <NetworkFiguresPage />}</ForRoles>}
        />
        <Route
          path="/framework"
          element={<ForRoles roles={['admin']}>{() => <FrameworkAdminPage />}</ForRoles>}
        />
        <Route
          path="/personal-data"
          element={
            <ForRoles roles={['manager', 'admin']}>
              {(user) => <PersonalDataPage role={user.role} />}
            </ForRoles>
          }
        />
        <Route
          path="/organisations"
          element={<ForRoles roles={['admin']}>{(user) => <OrganisationsPage user={user} />}</ForRoles>}
        />
        <Route
          path="/organisations/:organisationId/invitations"
          element={
            <ForRoles roles={INVITER_ROLES}>{(user) => <InvitationsPage role={user.role} />}</ForRoles>
          }
        />
        <Route
          path="/notifications"
          element={<ForRoles roles={ROLES}>{(user) => <NotificationsPage role={user.role} />}</ForRoles>}
        />
        <Route
          path="/play/:versionId"
          element={<ForRoles roles={ROLES}>{(user) => <PlayerRoute user={user} />}</ForRoles>}
        />
      </Route>
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}

function LoginRoute() {
  const { t } = useTranslation();
  const { session, expired } = useSessionState();
  // Signing in changes the session, and this very check then sends the person on to their home.
  if (session) return <Navigate to="/" replace />;
  const handleSignedIn = (payload: LoginPayload) => sessionStore.signIn(sessionFromPayload(payload));
  return (
    <Shell>
      <LoginPage onSignedIn={handleSignedIn} notice={expired ? t('login.sessionEnded') : undefined} />
    </Shell>
  );
}

/** The invitee's page; accepting replaces any session open in this browser with the invitee's own. */
function AcceptInvitationRoute() {
  const { t } = useTranslation();
  const { session } = useSessionState();
  const handleAccepted = (payload: LoginPayload) => {
    sessionStore.signOut();
    sessionStore.signIn(sessionFromPayload(payload));
  };
  const [accepted, setAccepted] = useState(false);
  if (accepted && session) return <Navigate to="/" replace />;
  return (
    <Shell>
      <Suspense fallback={<LoadingState label={t('app.loading')} />}>
        <AcceptInvitationPage
          onAccepted={(payload) => {
            handleAccepted(payload);
            setAccepted(true);
          }}
        />
      </Suspense>
    </Shell>
  );
}

/** A page anyone reaches without signing in (forgotten password), in the app's frame. */
function PublicPage({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Shell>
      <Suspense fallback={<LoadingState label={t('app.loading')} />}>{children}</Suspense>
    </Shell>
  );
}

/** Public: a candidate's positioning on their own phone, in the six worker languages. */
function CandidateRoute({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Shell workerScreens>
      <Suspense fallback={<LoadingState label={t('app.loading')} />}>{children}</Suspense>
    </Shell>
  );
}

/** Public: anyone checks a credential here, signed in or not. */
function VerifyRoute() {
  const { t } = useTranslation();
  return (
    <Shell>
      <Suspense fallback={<LoadingState label={t('app.loading')} />}>
        <VerifyPage />
      </Suspense>
    </Shell>
  );
}

function RoleRedirect() {
  const { session } = useSessionState();
  return <Navigate to={session ? `/${session.user.role}` : '/login'} replace />;
}

function RoleHome({ role }: { role: Role }) {
  const { session } = useSessionState();
  if (!session) return <Navigate to="/login" replace />;
  // A person only ever sees the home of the role they act in; other role paths send them to their own.
  if (session.user.role !== role) return <Navigate to={`/${session.user.role}`} replace />;
  const Home = HOMES[role];
  return <Home user={session.user} />;
}

function SiteRoute({ role }: { role: Role }) {
  const navigate = useNavigate();
  const device = useDevice();
  const client = useGraphQLClient();
  // This browser becomes the site tablet: the staff session ends so the next person finds the name picker.
  const handleUseThisTablet = async (code: string) => {
    await enrolThisTablet({ code });
    signOut(sessionStore, client);
    void navigate('/tablet', { replace: true });
  };
  return <SitePage role={role} boundTabletId={device?.tabletId} onUseThisTablet={handleUseThisTablet} />;
}

/** A screen for some roles only; anyone else goes back to their own home. */
function ForRoles({
  roles,
  children,
}: {
  roles: readonly Role[];
  children: (user: SessionUser) => ReactNode;
}) {
  const { session } = useSessionState();
  if (!session) return <Navigate to="/login" replace />;
  if (!roles.includes(session.user.role)) return <Navigate to={`/${session.user.role}`} replace />;
  return <>{children(session.user)}</>;
}

/** Workers' attempts go to the outbox; staff trying a module record nothing. */
function PlayerRoute({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const sync = useSyncController();
  const handleLearning = useCallback(
    (versionId: string, event: PlayerEvent) => {
      const context = { userId: user.id, userName: user.displayName, versionId, language: user.language };
      const write = recordPlayerEvent(appOutbox(), event, context);
      void (sync ? sync.recording(write) : write);
    },
    [sync, user.id, user.displayName, user.language],
  );
  // A worker plays on a site tablet: the step shows that site's model. Staff choose a site (the demo site first).
  // Opened from an element's QR label: the BIM step highlights that element.
  const element = useSearchParams()[0].get('element');
  const renderBimStep = useCallback(
    (step: BimStep, title: string | undefined) => (
      <Suspense fallback={<LoadingState label={t('app.loading')} />}>
        <BimStepModel
          bindings={step.bindings}
          siteMode={user.role === 'worker' ? 'tablet' : 'choose'}
          title={title}
          focusGlobalIds={element ? [element] : undefined}
        />
      </Suspense>
    ),
    [user.role, t, element],
  );
  return (
    <>
      <ElementBanner />
      <PlayerPage
        user={user}
        onLearning={user.role === 'worker' ? handleLearning : undefined}
        renderBimStep={renderBimStep}
      />
    </>
  );
}
