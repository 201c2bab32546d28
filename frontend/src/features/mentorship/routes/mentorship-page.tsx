import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import type { ReactNode } from "react";
import { useParams } from "react-router";
import { LoadingMessage } from "../../../components/loading-message";
import { NotFoundPage } from "../../../components/not-found-page";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { isNotFound } from "../../../lib/api/api-error";
import type { Mentorship } from "../../../lib/api/types";
import { formatDate } from "../../../utils/format-date";
import { useMentorship } from "../api/get-mentorship";
import { MentorshipActions } from "../components/mentorship-actions";
import { MentorshipFeedbackSection } from "../components/mentorship-feedback";
import type { GoalPathSlots } from "../components/goal-path-slots";
import { MentorshipGoals } from "../components/mentorship-goals";
import { MentorshipHistory } from "../components/mentorship-history";
import { MentorshipParties } from "../components/mentorship-parties";
import { MentorshipSessions } from "../components/mentorship-sessions";
import { NextSessionSection } from "../components/next-session";
import { MentorshipStatusBadge } from "../components/mentorship-status-badge";
import { PairingReports } from "../components/pairing-reports";
import { PlannedEndChange } from "../components/planned-end-change";
import { ProgrammeProposalBadge } from "../components/programme-proposal-badge";
import { ReportProblem } from "../components/report-problem";
import { SupervisionNotice } from "../components/supervision-notice";
import { goalProgressLabel, ROLE_LABELS } from "../utils/mentorship-labels";
import { canChangePlannedEnd, hasFeedback, hasStarted, isParty } from "../utils/mentorship-rules";

const MY_MENTORSHIPS_SEGMENT = { label: "Mes mentorats", linkProps: { to: paths.mentorships.mine.getHref() } };
/** Supervisors come to a pairing they are not part of from the reports, or from a notification about one. */
const REPORTS_SEGMENT = { label: "Signalements", linkProps: { to: paths.animation.reports.getHref() } };

function titleOf({ mentee, mentor }: Mentorship): string {
  return `Mentorat de ${mentee.displayName} avec ${mentor.displayName}`;
}

function Dates({ mentorship }: { mentorship: Mentorship }) {
  const dates = [
    { label: "Demande envoyée le", value: mentorship.requestedAt },
    { label: "Commencé le", value: mentorship.startedAt },
    { label: "Fin prévue le", value: mentorship.plannedEndDate },
    { label: "Terminé le", value: mentorship.endedAt },
  ];
  return (
    <ul>
      {dates.map(({ label, value }) =>
        value ? (
          <li key={label}>
            {label} {formatDate(value)}
          </li>
        ) : null,
      )}
    </ul>
  );
}

/** Renders what the mentee's profile says of their levels and the skills they want to acquire (composed by the app layer). */
export type RenderMenteeProfile = (mentee: { id: string; displayName: string }) => ReactNode;

type DetailsProps = { mentorship: Mentorship; goalPath?: GoalPathSlots; renderMenteeProfile?: RenderMenteeProfile };

/** What the two parties see: everything they wrote to each other, and how to report a problem. */
function PartyDetails({ mentorship, goalPath, renderMenteeProfile }: DetailsProps) {
  return (
    <>
      <MentorshipActions mentorship={mentorship} />
      <section className="fr-mt-6w" aria-labelledby="mentorship-parties-title">
        <h2 id="mentorship-parties-title">Le binôme</h2>
        <MentorshipParties mentorship={mentorship} />
      </section>
      <section className="fr-mt-6w" aria-labelledby="mentorship-request-title">
        <h2 id="mentorship-request-title">La demande</h2>
        <p className="fr-mb-1w fr-text--bold">Message de {mentorship.mentee.displayName} :</p>
        <blockquote className="fr-text--lg" style={{ whiteSpace: "pre-line" }}>
          {mentorship.message}
        </blockquote>
        <Dates mentorship={mentorship} />
        {canChangePlannedEnd(mentorship) && <PlannedEndChange mentorship={mentorship} />}
      </section>
      {mentorship.myRole === "MENTOR" && renderMenteeProfile && (
        <section className="fr-mt-6w" aria-labelledby="mentorship-mentee-profile-title">
          <h2 id="mentorship-mentee-profile-title">Niveaux et souhaits de {mentorship.mentee.displayName}</h2>
          {renderMenteeProfile(mentorship.mentee)}
        </section>
      )}
      <section className="fr-mt-6w" aria-labelledby="mentorship-goals-title">
        <h2 id="mentorship-goals-title">Objectifs</h2>
        <MentorshipGoals mentorship={mentorship} goalPath={goalPath} />
      </section>
      {hasStarted(mentorship) && (
        <section className="fr-mt-6w" aria-labelledby="mentorship-next-session-title">
          <h2 id="mentorship-next-session-title">Prochaine séance</h2>
          <NextSessionSection mentorship={mentorship} />
        </section>
      )}
      {hasStarted(mentorship) && (
        <section className="fr-mt-6w" aria-labelledby="mentorship-sessions-title">
          <h2 id="mentorship-sessions-title">Séances</h2>
          <MentorshipSessions mentorship={mentorship} />
        </section>
      )}
      {hasFeedback(mentorship) && (
        <section className="fr-mt-6w" aria-labelledby="mentorship-feedback-title">
          <h2 id="mentorship-feedback-title">Avis</h2>
          <MentorshipFeedbackSection mentorship={mentorship} />
        </section>
      )}
      <section className="fr-mt-6w" aria-labelledby="mentorship-report-title">
        <h2 id="mentorship-report-title">Signaler un problème</h2>
        <ReportProblem mentorship={mentorship} />
      </section>
      <section className="fr-mt-6w" aria-labelledby="mentorship-history-title">
        <h2 id="mentorship-history-title">Historique</h2>
        <MentorshipHistory history={mentorship.history} total={mentorship.historyTotal} />
      </section>
    </>
  );
}

/**
 * What an animateur or administrator who is not a party sees: that the pairing exists and how it goes, not what its
 * parties wrote (the server does not send it), and the problems they reported.
 */
function SupervisorDetails({ mentorship }: { mentorship: Mentorship }) {
  return (
    <>
      <SupervisionNotice />
      <section className="fr-mt-6w" aria-labelledby="mentorship-parties-title">
        <h2 id="mentorship-parties-title">Le binôme</h2>
        <MentorshipParties mentorship={mentorship} />
      </section>
      <section className="fr-mt-6w" aria-labelledby="mentorship-follow-up-title">
        <h2 id="mentorship-follow-up-title">Le suivi</h2>
        <Dates mentorship={mentorship} />
        <p>Objectifs : {goalProgressLabel(mentorship.goals).toLowerCase()}.</p>
      </section>
      <section className="fr-mt-6w" aria-labelledby="mentorship-reports-title">
        <h2 id="mentorship-reports-title">Signalements</h2>
        <PairingReports mentorship={mentorship} />
      </section>
      <section className="fr-mt-6w" aria-labelledby="mentorship-history-title">
        <h2 id="mentorship-history-title">Historique</h2>
        <MentorshipHistory history={mentorship.history} total={mentorship.historyTotal} />
      </section>
    </>
  );
}

function MentorshipDetails({ mentorship, goalPath, renderMenteeProfile }: DetailsProps) {
  return (
    <>
      <div className="fr-mb-3w">
        <ul className="fr-badges-group">
          <li>
            <MentorshipStatusBadge status={mentorship.status} />
          </li>
          {mentorship.proposedByProgramme && (
            <li>
              <ProgrammeProposalBadge />
            </li>
          )}
        </ul>
        <p className="fr-mt-1w">{ROLE_LABELS[mentorship.myRole]}</p>
      </div>
      {isParty(mentorship) ? (
        <PartyDetails mentorship={mentorship} goalPath={goalPath} renderMenteeProfile={renderMenteeProfile} />
      ) : (
        <SupervisorDetails mentorship={mentorship} />
      )}
    </>
  );
}

type MentorshipPageProps = {
  /** What the learning paths offer the goals (a path picker, the mentee's progress), composed by the app layer. */
  goalPath?: GoalPathSlots;
  /** For the mentor: the mentee's levels and wanted skills from their profile, composed by the app layer. */
  renderMenteeProfile?: RenderMenteeProfile;
};

export function MentorshipPage({ goalPath, renderMenteeProfile }: MentorshipPageProps = {}) {
  const { id = "" } = useParams();
  const mentorship = useMentorship(id);
  const title = mentorship.data ? titleOf(mentorship.data) : "Mentorat";
  useDocumentTitle(title);

  if (isNotFound(mentorship.error)) return <NotFoundPage />;
  return (
    <>
      <Breadcrumb
        currentPageLabel={title}
        homeLinkProps={{ to: paths.home.getHref() }}
        segments={[mentorship.data && !isParty(mentorship.data) ? REPORTS_SEGMENT : MY_MENTORSHIPS_SEGMENT]}
      />
      <h1>{title}</h1>
      {mentorship.isPending && <LoadingMessage>Chargement du mentorat…</LoadingMessage>}
      {mentorship.isError && <ProblemAlert error={mentorship.error} title="Ce mentorat n'est pas disponible" />}
      {mentorship.isSuccess && (
        <MentorshipDetails mentorship={mentorship.data} goalPath={goalPath} renderMenteeProfile={renderMenteeProfile} />
      )}
    </>
  );
}
