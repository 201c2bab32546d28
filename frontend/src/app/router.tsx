import { lazy, Suspense } from "react";
import { createBrowserRouter, Outlet, type RouteObject } from "react-router";
import { LoadingMessage } from "../components/loading-message";
import { paths } from "../config/paths";
import { HomePage } from "../features/home/routes/home-page";
import { RequireSession } from "../lib/session/require-session";
import { useSession } from "../lib/session/use-session";
import { RootLayout } from "./layout/root-layout";
import { NotFoundPage } from "../components/not-found-page";
import { withWellFormedIds } from "./require-well-formed-id";
import { RouteErrorPage } from "./route-error-page";

// Every page but the home page is loaded on its first visit, so that the first screen carries only what it shows.

/** « Mon espace », the signed-in member's home with what the other features suggest, loaded once a member is signed in. */
const MemberHome = lazy(async () => {
  const [{ MonEspacePage }, { renderMonEspaceAnnouncements, renderMonEspaceSuggestions }] = await Promise.all([
    import("../features/overview/routes/mon-espace-page"),
    import("./feature-compositions"),
  ]);
  return {
    default: () => <MonEspacePage renderAnnouncements={renderMonEspaceAnnouncements} renderSuggestions={renderMonEspaceSuggestions} />,
  };
});

/** `/`: « Mon espace » for a signed-in member, the public landing page for a visitor. */
function HomeRoute() {
  const session = useSession();
  if (session.status === "restoring") return <LoadingMessage />;
  if (session.status === "authenticated")
    return (
      <Suspense fallback={<LoadingMessage />}>
        <MemberHome />
      </Suspense>
    );
  return <HomePage />;
}

const pages: RouteObject[] = withWellFormedIds([
  {
    element: <RootLayout />,
    errorElement: <RouteErrorPage />,
    hydrateFallbackElement: <LoadingMessage />,
    children: [
      { index: true, element: <HomeRoute /> },
      {
        path: paths.auth.register.path,
        lazy: () => import("../features/auth/routes/register-page").then(({ RegisterPage }) => ({ Component: RegisterPage })),
      },
      {
        path: paths.auth.checkYourMail.path,
        lazy: () =>
          import("../features/auth/routes/check-your-mail-page").then(({ CheckYourMailPage }) => ({ Component: CheckYourMailPage })),
      },
      {
        path: paths.auth.verifyEmail.path,
        lazy: () => import("../features/auth/routes/verify-email-page").then(({ VerifyEmailPage }) => ({ Component: VerifyEmailPage })),
      },
      {
        path: paths.auth.login.path,
        lazy: () => import("../features/auth/routes/login-page").then(({ LoginPage }) => ({ Component: LoginPage })),
      },
      {
        path: paths.auth.proConnectLink.path,
        lazy: () =>
          import("../features/auth/routes/proconnect-link-page").then(({ ProConnectLinkPage }) => ({ Component: ProConnectLinkPage })),
      },
      {
        path: paths.auth.proConnectMailedLink.path,
        lazy: () =>
          import("../features/auth/routes/proconnect-mailed-link-page").then(({ ProConnectMailedLinkPage }) => ({
            Component: ProConnectMailedLinkPage,
          })),
      },
      {
        path: paths.auth.forgotPassword.path,
        lazy: () =>
          import("../features/auth/routes/forgot-password-page").then(({ ForgotPasswordPage }) => ({ Component: ForgotPasswordPage })),
      },
      {
        path: paths.auth.resetPassword.path,
        lazy: () =>
          import("../features/auth/routes/reset-password-page").then(({ ResetPasswordPage }) => ({ Component: ResetPasswordPage })),
      },
      {
        path: paths.statistics.path,
        lazy: async () => {
          const [{ StatisticsPage }, { SurveyTrendSection }] = await Promise.all([
            import("../features/stats/routes/statistics-page"),
            import("../features/survey/components/survey-trend-section"),
          ]);
          return { element: <StatisticsPage surveySection={<SurveyTrendSection />} /> };
        },
      },
      {
        path: paths.openData.path,
        lazy: () => import("../features/home/routes/open-data-page").then(({ OpenDataPage }) => ({ Component: OpenDataPage })),
      },
      {
        path: paths.accessibility.path,
        lazy: () =>
          import("../features/home/routes/accessibility-page").then(({ AccessibilityPage }) => ({ Component: AccessibilityPage })),
      },
      {
        path: paths.legalNotice.path,
        lazy: () => import("../features/home/routes/legal-notice-page").then(({ LegalNoticePage }) => ({ Component: LegalNoticePage })),
      },
      {
        path: paths.personalData.path,
        lazy: () => import("../features/home/routes/personal-data-page").then(({ PersonalDataPage }) => ({ Component: PersonalDataPage })),
      },
      {
        path: paths.cookies.path,
        lazy: () => import("../features/home/routes/cookies-page").then(({ CookiesPage }) => ({ Component: CookiesPage })),
      },
      {
        element: (
          <RequireSession>
            <Outlet />
          </RequireSession>
        ),
        children: [
          {
            path: paths.profile.path,
            lazy: async () => {
              const [{ MyProfilePage }, { renderProfileSections }] = await Promise.all([
                import("../features/profile/routes/my-profile-page"),
                import("./feature-compositions"),
              ]);
              return { element: <MyProfilePage renderSections={renderProfileSections} /> };
            },
          },
          {
            path: paths.members.directory.path,
            lazy: () => import("../features/members/routes/directory-page").then(({ DirectoryPage }) => ({ Component: DirectoryPage })),
          },
          {
            path: paths.members.member.path,
            lazy: async () => {
              const [{ MemberPage }, { renderMemberActions }] = await Promise.all([
                import("../features/members/routes/member-page"),
                import("./feature-compositions"),
              ]);
              return { element: <MemberPage renderActions={renderMemberActions} /> };
            },
          },
          {
            path: paths.mentorships.mine.path,
            lazy: () =>
              import("../features/mentorship/routes/my-mentorships-page").then(({ MyMentorshipsPage }) => ({
                Component: MyMentorshipsPage,
              })),
          },
          {
            path: paths.mentorships.mentorship.path,
            lazy: async () => {
              const [{ MentorshipPage }, { goalPathSlots, renderMenteeProfile }] = await Promise.all([
                import("../features/mentorship/routes/mentorship-page"),
                import("./feature-compositions"),
              ]);
              return { element: <MentorshipPage goalPath={goalPathSlots} renderMenteeProfile={renderMenteeProfile} /> };
            },
          },
          {
            path: paths.mentorships.findMentor.path,
            lazy: async () => {
              const [{ FindMentorPage }, { renderSuggestionRequest }] = await Promise.all([
                import("../features/matching/routes/find-mentor-page"),
                import("./feature-compositions"),
              ]);
              return { element: <FindMentorPage renderRequestAction={renderSuggestionRequest} /> };
            },
          },
          {
            path: paths.projects.list.path,
            lazy: () => import("../features/projects/routes/projects-page").then(({ ProjectsPage }) => ({ Component: ProjectsPage })),
          },
          {
            path: paths.projects.create.path,
            lazy: () =>
              import("../features/projects/routes/new-project-page").then(({ NewProjectPage }) => ({ Component: NewProjectPage })),
          },
          {
            path: paths.projects.mine.path,
            lazy: () =>
              import("../features/projects/routes/my-projects-page").then(({ MyProjectsPage }) => ({ Component: MyProjectsPage })),
          },
          {
            path: paths.projects.project.path,
            lazy: () => import("../features/projects/routes/project-page").then(({ ProjectPage }) => ({ Component: ProjectPage })),
          },
          {
            path: paths.projects.edit.path,
            lazy: () =>
              import("../features/projects/routes/edit-project-page").then(({ EditProjectPage }) => ({ Component: EditProjectPage })),
          },
          {
            path: paths.training.paths.path,
            lazy: () => import("../features/training/paths/routes/paths-page").then(({ PathsPage }) => ({ Component: PathsPage })),
          },
          {
            path: paths.training.pathCreate.path,
            lazy: () => import("../features/training/paths/routes/new-path-page").then(({ NewPathPage }) => ({ Component: NewPathPage })),
          },
          {
            path: paths.training.myPaths.path,
            lazy: () => import("../features/training/paths/routes/my-paths-page").then(({ MyPathsPage }) => ({ Component: MyPathsPage })),
          },
          {
            path: paths.training.path.path,
            lazy: () => import("../features/training/paths/routes/path-page").then(({ PathPage }) => ({ Component: PathPage })),
          },
          {
            path: paths.training.pathEdit.path,
            lazy: () =>
              import("../features/training/paths/routes/edit-path-page").then(({ EditPathPage }) => ({ Component: EditPathPage })),
          },
          {
            path: paths.notifications.path,
            lazy: () =>
              import("../features/notifications/routes/notifications-page").then(({ NotificationsPage }) => ({
                Component: NotificationsPage,
              })),
          },
          {
            path: paths.animation.console.path,
            lazy: () =>
              import("../features/animation/routes/animation-console-page").then(({ AnimationConsolePage }) => ({
                Component: AnimationConsolePage,
              })),
          },
          {
            path: paths.animation.pairings.path,
            lazy: () => import("../features/animation/routes/pairings-page").then(({ PairingsPage }) => ({ Component: PairingsPage })),
          },
          {
            path: paths.animation.members.path,
            lazy: () =>
              import("../features/animation/routes/members-admin-page").then(({ MembersAdminPage }) => ({ Component: MembersAdminPage })),
          },
          {
            path: paths.animation.matchingRuns.path,
            lazy: () =>
              import("../features/matching/routes/matching-runs-page").then(({ MatchingRunsPage }) => ({ Component: MatchingRunsPage })),
          },
          {
            path: paths.animation.matchingRun.path,
            lazy: () =>
              import("../features/matching/routes/matching-run-page").then(({ MatchingRunPage }) => ({ Component: MatchingRunPage })),
          },
          {
            path: paths.animation.reports.path,
            lazy: () => import("../features/mentorship/routes/reports-page").then(({ ReportsPage }) => ({ Component: ReportsPage })),
          },
          {
            path: paths.animation.tchap.path,
            lazy: () => import("../features/tchap/routes/tchap-rooms-page").then(({ TchapRoomsPage }) => ({ Component: TchapRoomsPage })),
          },
          {
            path: paths.survey.path,
            lazy: () => import("../features/survey/routes/survey-page").then(({ SurveyPage }) => ({ Component: SurveyPage })),
          },
          {
            path: paths.animation.surveys.path,
            lazy: () =>
              import("../features/survey/routes/survey-campaigns-page").then(({ SurveyCampaignsPage }) => ({
                Component: SurveyCampaignsPage,
              })),
          },
          {
            path: paths.animation.surveyResults.path,
            lazy: () =>
              import("../features/survey/routes/survey-results-page").then(({ SurveyResultsPage }) => ({
                Component: SurveyResultsPage,
              })),
          },
          {
            path: paths.animation.datasetReviews.path,
            lazy: () =>
              import("../features/datasets/routes/dataset-reviews-page").then(({ DatasetReviewsPage }) => ({
                Component: DatasetReviewsPage,
              })),
          },
          {
            path: paths.training.resources.path,
            lazy: () => import("../features/training/routes/resources-page").then(({ ResourcesPage }) => ({ Component: ResourcesPage })),
          },
          {
            path: paths.training.resourcePropose.path,
            lazy: () =>
              import("../features/training/routes/propose-resource-page").then(({ ProposeResourcePage }) => ({
                Component: ProposeResourcePage,
              })),
          },
          {
            path: paths.training.resourcesBookmarked.path,
            lazy: () =>
              import("../features/training/routes/my-bookmarks-page").then(({ MyBookmarksPage }) => ({ Component: MyBookmarksPage })),
          },
          {
            path: paths.training.resourcesMine.path,
            lazy: () =>
              import("../features/training/routes/my-resources-page").then(({ MyResourcesPage }) => ({ Component: MyResourcesPage })),
          },
          {
            path: paths.training.resource.path,
            lazy: () => import("../features/training/routes/resource-page").then(({ ResourcePage }) => ({ Component: ResourcePage })),
          },
          {
            path: paths.training.resourceEdit.path,
            lazy: () =>
              import("../features/training/routes/edit-resource-page").then(({ EditResourcePage }) => ({ Component: EditResourcePage })),
          },
          {
            path: paths.training.resourceModeration.path,
            lazy: () =>
              import("../features/training/routes/resource-moderation-page").then(({ ResourceModerationPage }) => ({
                Component: ResourceModerationPage,
              })),
          },
          {
            path: paths.events.list.path,
            lazy: () => import("../features/events/routes/events-page").then(({ EventsPage }) => ({ Component: EventsPage })),
          },
          {
            path: paths.events.create.path,
            lazy: () => import("../features/events/routes/new-event-page").then(({ NewEventPage }) => ({ Component: NewEventPage })),
          },
          {
            path: paths.events.mine.path,
            lazy: () =>
              import("../features/events/routes/my-registrations-page").then(({ MyRegistrationsPage }) => ({
                Component: MyRegistrationsPage,
              })),
          },
          {
            path: paths.events.event.path,
            lazy: () => import("../features/events/routes/event-page").then(({ EventPage }) => ({ Component: EventPage })),
          },
          {
            path: paths.events.edit.path,
            lazy: () => import("../features/events/routes/edit-event-page").then(({ EditEventPage }) => ({ Component: EditEventPage })),
          },
          {
            path: paths.events.registrants.path,
            lazy: () =>
              import("../features/events/routes/event-registrants-page").then(({ EventRegistrantsPage }) => ({
                Component: EventRegistrantsPage,
              })),
          },
          {
            path: paths.admin.auditLog.path,
            lazy: () => import("../features/audit/routes/audit-log-page").then(({ AuditLogPage }) => ({ Component: AuditLogPage })),
          },
          {
            path: paths.admin.partnerClients.path,
            lazy: () =>
              import("../features/partners/routes/partner-clients-page").then(({ PartnerClientsPage }) => ({
                Component: PartnerClientsPage,
              })),
          },
          {
            path: paths.admin.partnerClientCreate.path,
            lazy: () =>
              import("../features/partners/routes/new-partner-client-page").then(({ NewPartnerClientPage }) => ({
                Component: NewPartnerClientPage,
              })),
          },
          {
            path: paths.admin.partnerClient.path,
            lazy: () =>
              import("../features/partners/routes/partner-client-page").then(({ PartnerClientPage }) => ({ Component: PartnerClientPage })),
          },
          {
            path: paths.admin.partnerClientEdit.path,
            lazy: () =>
              import("../features/partners/routes/edit-partner-client-page").then(({ EditPartnerClientPage }) => ({
                Component: EditPartnerClientPage,
              })),
          },
          {
            path: paths.challenges.list.path,
            lazy: () =>
              import("../features/challenges/routes/challenges-page").then(({ ChallengesPage }) => ({ Component: ChallengesPage })),
          },
          {
            path: paths.challenges.create.path,
            lazy: () =>
              import("../features/challenges/routes/new-challenge-page").then(({ NewChallengePage }) => ({ Component: NewChallengePage })),
          },
          {
            path: paths.challenges.challenge.path,
            lazy: () => import("../features/challenges/routes/challenge-page").then(({ ChallengePage }) => ({ Component: ChallengePage })),
          },
          {
            path: paths.challenges.edit.path,
            lazy: () =>
              import("../features/challenges/routes/edit-challenge-page").then(({ EditChallengePage }) => ({
                Component: EditChallengePage,
              })),
          },
        ],
      },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);

/**
 * A page opened from its address (a link in a mail, a reload) is downloaded before it shows: meanwhile the header and
 * the footer are in place and the page's area says « Chargement… » (the root's own fallback would stand in for the
 * whole layout).
 */
function withLoadingPages(routes: RouteObject[]): RouteObject[] {
  return routes.map((route) => {
    const fallback = route.lazy && !route.hydrateFallbackElement ? { hydrateFallbackElement: <LoadingMessage /> } : {};
    const children = route.children ? { children: withLoadingPages(route.children) } : {};
    return { ...route, ...fallback, ...children } as RouteObject;
  });
}

export const routes = withLoadingPages(pages);

export const router = createBrowserRouter(routes);
