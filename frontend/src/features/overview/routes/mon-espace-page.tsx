import type { ReactNode } from "react";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { useMyOverview } from "../api/overview-queries";
import {
  ChallengeBlock,
  EventsBlock,
  MentorshipsBlock,
  NotificationsBlock,
  PathsBlock,
  ProfileCompletionBlock,
  ProjectsBlock,
  ToAnswerBlock,
} from "../components/overview-blocks";
import { WelcomeSteps } from "../components/welcome-steps";

type MonEspacePageProps = {
  /** What other features announce at the top (the open satisfaction survey), composed by the app layer. */
  renderAnnouncements?: () => ReactNode;
  /** What other features suggest after the member's blocks (paths to start with, projects that need them), composed by the app layer. */
  renderSuggestions?: () => ReactNode;
};

/** « Mon espace »: the signed-in member's home, their own situation first, from one call (GET /me/overview). */
export function MonEspacePage({ renderAnnouncements, renderSuggestions }: MonEspacePageProps) {
  useDocumentTitle("Mon espace");
  const overview = useMyOverview();

  return (
    <div className="fr-py-6w">
      <h1>Mon espace</h1>
      {overview.isPending && <LoadingMessage>Chargement de votre espace…</LoadingMessage>}
      {overview.isError && <ProblemAlert error={overview.error} title="Votre espace n'a pas pu être chargé" />}
      {overview.isSuccess && (
        <>
          <p className="fr-text--lead">Bonjour {overview.data.firstName}, voici où vous en êtes.</p>
          {renderAnnouncements?.()}
          <WelcomeSteps welcome={overview.data.welcome} />
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-6">
              <ToAnswerBlock overview={overview.data} />
              <MentorshipsBlock overview={overview.data} />
              <ProjectsBlock overview={overview.data} />
              <PathsBlock overview={overview.data} />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <NotificationsBlock overview={overview.data} />
              <EventsBlock overview={overview.data} />
              <ChallengeBlock overview={overview.data} />
              <ProfileCompletionBlock overview={overview.data} />
            </div>
          </div>
          {renderSuggestions?.()}
        </>
      )}
    </div>
  );
}
