import { Table } from "@codegouvfr/react-dsfr/Table";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import type { Mentorship } from "../../../lib/api/types";
import { formatDate } from "../../../utils/format-date";
import { useMentorshipSessions } from "../api/list-mentorship-sessions";
import { durationLabel, sessionTotalsLabel } from "../utils/mentorship-labels";
import { canLogSessions } from "../utils/mentorship-rules";
import { SessionForm } from "./session-form";

/** The log of the sessions, most recent first, with their totals; the two parties add to it while the pairing goes on. */
export function MentorshipSessions({ mentorship }: { mentorship: Mentorship }) {
  const sessions = useMentorshipSessions(mentorship.id);

  if (sessions.isPending) return <LoadingMessage>Chargement des séances…</LoadingMessage>;
  if (sessions.isError) return <ProblemAlert error={sessions.error} title="Les séances n'ont pas pu être chargées" />;

  const { items } = sessions.data;
  return (
    <>
      <p className="fr-text--lead" role="status">
        {sessionTotalsLabel(sessions.data)}
      </p>
      {items.length > 0 && (
        <Table
          caption="Séances du mentorat, la plus récente d'abord"
          headers={["Date", "Durée", "Sujets abordés", "Notes", "Notée par"]}
          data={items.map((session) => [
            formatDate(session.heldOn),
            durationLabel(session.durationMinutes),
            session.topics,
            <span key="notes" style={{ whiteSpace: "pre-line" }}>
              {session.notes ?? ""}
            </span>,
            session.createdByName ?? "",
          ])}
        />
      )}
      {canLogSessions(mentorship) && <SessionForm mentorshipId={mentorship.id} startedOn={mentorship.startedAt?.slice(0, 10)} />}
    </>
  );
}
