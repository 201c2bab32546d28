import type { MentorshipHistoryEntry } from "../../../lib/api/types";
import { formatDateTime } from "../../../utils/format-date";
import { ANIMATEURS_REASONS, historyReasonLabel, STATUS_LABELS } from "../utils/mentorship-labels";

/** The programme acts without an actor: expiry of a request, automatic withdrawal. */
const PROGRAMME_NAME = "Spyrales";
/** A request without an actor was created by the animateurs' matching, on the mentee's behalf. */
const MATCHING_PROGRAMME_NAME = "Le programme de mentorat";
/** Closed or given to another mentor from the console: the comment is the animateurs' message. */
const ANIMATEURS_NAME = "Les animateurs";

function actorOf(entry: MentorshipHistoryEntry): string {
  if (entry.actorName) return entry.actorName;
  if (entry.reason && ANIMATEURS_REASONS.includes(entry.reason)) return ANIMATEURS_NAME;
  return entry.fromStatus ? PROGRAMME_NAME : MATCHING_PROGRAMME_NAME;
}

/** An entry that leaves the state as it was (the planned end moved) is named by its reason, not by a transition. */
function keepsState(entry: MentorshipHistoryEntry): boolean {
  return entry.fromStatus === entry.toStatus;
}

function Transition({ entry }: { entry: MentorshipHistoryEntry }) {
  if (!entry.fromStatus) return <>demande envoyée</>;
  if (keepsState(entry)) return <>{entry.reason ? historyReasonLabel(entry.reason) : "mentorat modifié"}</>;
  return (
    <>
      {STATUS_LABELS[entry.fromStatus]} <span aria-hidden="true">→</span> <span className="fr-sr-only">devient</span>{" "}
      {STATUS_LABELS[entry.toStatus]}
    </>
  );
}

type MentorshipHistoryProps = {
  /** The latest changes, oldest first: the API sends the last 50 at most. */
  history: MentorshipHistoryEntry[];
  /** How many changes the pairing has in all. */
  total: number;
};

/** The changes of the pairing, oldest first: who, when, from which state to which (or what else changed), and why. */
export function MentorshipHistory({ history, total }: MentorshipHistoryProps) {
  if (history.length === 0) return <p>Aucun changement pour le moment.</p>;
  return (
    <>
      {total > history.length && (
        <p className="fr-text--sm">
          Les {history.length} derniers changements sur {total} : les plus anciens ne sont plus affichés.
        </p>
      )}
      <ol>
        {history.map((entry) => (
          <li key={`${entry.occurredAt}-${entry.toStatus}`} className="fr-mb-2w">
            <p className="fr-mb-0">
              <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time> — <strong>{actorOf(entry)}</strong> :{" "}
              <Transition entry={entry} />
            </p>
            {entry.reason && !keepsState(entry) && <p className="fr-mb-0">{historyReasonLabel(entry.reason)}</p>}
            {entry.comment && (
              <p className="fr-mb-0 fr-text--sm" style={{ whiteSpace: "pre-line" }}>
                « {entry.comment} »
              </p>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
