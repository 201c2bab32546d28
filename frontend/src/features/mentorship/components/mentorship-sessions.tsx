import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { useState } from "react";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import type { Mentorship, MentorshipSession } from "../../../lib/api/types";
import { formatDate } from "../../../utils/format-date";
import { useDeleteMentorshipSession } from "../api/delete-mentorship-session";
import { useMentorshipSessions } from "../api/list-mentorship-sessions";
import { useItemModal } from "../hooks/use-item-modal";
import { durationLabel, sessionTotalsLabel } from "../utils/mentorship-labels";
import { canLogSessions } from "../utils/mentorship-rules";
import { ChangeNotice, type Notice } from "./change-notice";
import { ConfirmDeletionModal } from "./confirm-deletion-modal";
import { EditDeleteButtons } from "./edit-delete-buttons";
import { SessionEditForm, SessionForm } from "./session-form";

const EDIT_SESSION_MODAL = createModal({ id: "mentorship-session-edit-modal", isOpenedByDefault: false });
const DELETE_SESSION_MODAL = createModal({ id: "mentorship-session-delete-modal", isOpenedByDefault: false });

/** "la séance du 5 mars 2026": how the buttons and modals name a session. */
const sessionName = (session: MentorshipSession) => `la séance du ${formatDate(session.heldOn)}`;

/**
 * The log of the sessions, most recent first, with their totals; the two parties add to it, correct and delete
 * sessions while the pairing goes on.
 */
export function MentorshipSessions({ mentorship }: { mentorship: Mentorship }) {
  const sessions = useMentorshipSessions(mentorship.id);
  const remove = useDeleteMentorshipSession(mentorship.id);
  const editing = useItemModal<MentorshipSession>(EDIT_SESSION_MODAL);
  const deleting = useItemModal<MentorshipSession>(DELETE_SESSION_MODAL, () => remove.reset());
  const [notice, setNotice] = useState<Notice | null>(null);
  const editable = canLogSessions(mentorship);
  const startedOn = mentorship.startedAt?.slice(0, 10);

  if (sessions.isPending) return <LoadingMessage>Chargement des séances…</LoadingMessage>;
  if (sessions.isError) return <ProblemAlert error={sessions.error} title="Les séances n'ont pas pu être chargées" />;

  const { items } = sessions.data;
  const doomed = deleting.item;
  const confirmDeletion = () => {
    if (!doomed) return;
    remove.mutate(doomed.id, {
      onSuccess: () => {
        DELETE_SESSION_MODAL.close();
        setNotice({ message: `La séance du ${formatDate(doomed.heldOn)} est supprimée.`, takeFocus: true });
      },
    });
  };

  return (
    <>
      <p className="fr-text--lead" role="status">
        {sessionTotalsLabel(sessions.data)}
      </p>
      <ChangeNotice notice={notice} />
      {items.length > 0 && (
        <Table
          caption="Séances du mentorat, la plus récente d'abord"
          headers={["Date", "Durée", "Sujets abordés", "Notes", "Notée par", ...(editable ? ["Actions"] : [])]}
          data={items.map((session) => [
            formatDate(session.heldOn),
            durationLabel(session.durationMinutes),
            session.topics,
            <span key="notes" style={{ whiteSpace: "pre-line" }}>
              {session.notes ?? ""}
            </span>,
            session.createdByName ?? "",
            ...(editable
              ? [
                  <EditDeleteButtons
                    key="actions"
                    itemName={sessionName(session)}
                    onEdit={(button) => editing.open(session, button)}
                    onDelete={(button) => deleting.open(session, button)}
                  />,
                ]
              : []),
          ])}
        />
      )}
      {editable && <SessionForm mentorshipId={mentorship.id} startedOn={startedOn} />}
      <EDIT_SESSION_MODAL.Component
        title={editing.item ? `Modifier ${sessionName(editing.item)}` : "Modifier la séance"}
        titleAs="h2"
        size="large"
      >
        {editing.item && (
          <SessionEditForm
            key={`${editing.item.id}-${editing.contentKey}`}
            mentorshipId={mentorship.id}
            session={editing.item}
            startedOn={startedOn}
            onSaved={() => {
              EDIT_SESSION_MODAL.close();
              setNotice({ message: "La séance est modifiée.", takeFocus: false });
            }}
            onCancel={() => EDIT_SESSION_MODAL.close()}
          />
        )}
      </EDIT_SESSION_MODAL.Component>
      <ConfirmDeletionModal
        modal={DELETE_SESSION_MODAL}
        title={doomed ? `Supprimer ${sessionName(doomed)} ?` : "Supprimer la séance ?"}
        confirmLabel="Supprimer la séance"
        isPending={remove.isPending}
        error={remove.error}
        onConfirm={confirmDeletion}
      >
        {doomed && (
          <p>
            La séance « {doomed.topics} » ({durationLabel(doomed.durationMinutes)}) disparaîtra du suivi de vous deux, et du total des
            séances. Cette suppression est définitive.
          </p>
        )}
      </ConfirmDeletionModal>
    </>
  );
}
