import { createBrowserRouter, Outlet, type RouteObject } from "react-router";
import { CheckYourMailPage } from "../features/auth/routes/check-your-mail-page";
import { ForgotPasswordPage } from "../features/auth/routes/forgot-password-page";
import { LoginPage } from "../features/auth/routes/login-page";
import { RegisterPage } from "../features/auth/routes/register-page";
import { ResetPasswordPage } from "../features/auth/routes/reset-password-page";
import { VerifyEmailPage } from "../features/auth/routes/verify-email-page";
import { AccessibilityPage } from "../features/home/routes/accessibility-page";
import { HomePage } from "../features/home/routes/home-page";
import { OpenDataPage } from "../features/home/routes/open-data-page";
import { FindMentorPage } from "../features/matching/routes/find-mentor-page";
import { suggestedGoals } from "../features/matching/utils/suggestion-labels";
import { MatchingRunPage } from "../features/matching/routes/matching-run-page";
import { MatchingRunsPage } from "../features/matching/routes/matching-runs-page";
import { DirectoryPage } from "../features/members/routes/directory-page";
import { MemberPage } from "../features/members/routes/member-page";
import { MentorshipRequestAction, MentorshipRequestButton } from "../features/mentorship/components/mentorship-request-action";
import { MentorshipPage } from "../features/mentorship/routes/mentorship-page";
import { MyMentorshipsPage } from "../features/mentorship/routes/my-mentorships-page";
import { ReportsPage } from "../features/mentorship/routes/reports-page";
import { NotificationsPage } from "../features/notifications/routes/notifications-page";
import { MyProfilePage } from "../features/profile/routes/my-profile-page";
import type { MemberProfile, MentorSuggestion } from "../lib/api/types";
import { RequireSession } from "../lib/session/require-session";
import { RootLayout } from "./layout/root-layout";
import { NotFoundPage } from "./not-found-page";
import { RouteErrorPage } from "./route-error-page";

/** The member page offers what the other features can do with a member: ask them for mentoring. */
const renderMemberActions = (member: MemberProfile) => <MentorshipRequestAction mentor={member} />;

/** A suggested mentor can be asked for mentoring, with the same request as on their page, its goals prefilled. */
const renderSuggestionRequest = (suggestion: MentorSuggestion) => (
  <MentorshipRequestButton mentor={suggestion.mentor} initialGoals={suggestedGoals(suggestion)} />
);

export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <HomePage /> },
      { path: "inscription", element: <RegisterPage /> },
      { path: "inscription/verifiez-vos-mails", element: <CheckYourMailPage /> },
      { path: "verification", element: <VerifyEmailPage /> },
      { path: "connexion", element: <LoginPage /> },
      { path: "mot-de-passe-oublie", element: <ForgotPasswordPage /> },
      { path: "reinitialiser-mot-de-passe", element: <ResetPasswordPage /> },
      { path: "donnees-ouvertes", element: <OpenDataPage /> },
      { path: "accessibilite", element: <AccessibilityPage /> },
      {
        element: (
          <RequireSession>
            <Outlet />
          </RequireSession>
        ),
        children: [
          { path: "profil", element: <MyProfilePage /> },
          { path: "annuaire", element: <DirectoryPage /> },
          { path: "membres/:id", element: <MemberPage renderActions={renderMemberActions} /> },
          { path: "mentorats", element: <MyMentorshipsPage /> },
          { path: "mentorats/:id", element: <MentorshipPage /> },
          { path: "trouver-un-mentor", element: <FindMentorPage renderRequestAction={renderSuggestionRequest} /> },
          { path: "notifications", element: <NotificationsPage /> },
          { path: "animation/appariements", element: <MatchingRunsPage /> },
          { path: "animation/appariements/:id", element: <MatchingRunPage /> },
          { path: "animation/signalements", element: <ReportsPage /> },
        ],
      },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];

export const router = createBrowserRouter(routes);
