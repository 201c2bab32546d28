import { Button } from "@codegouvfr/react-dsfr/Button";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useIsModalOpen } from "@codegouvfr/react-dsfr/Modal/useIsModalOpen";
import { useState } from "react";
import { useNavigate } from "react-router";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import type { EventView } from "../../../lib/api/types";
import { flashState } from "../../../lib/flash-message";
import { useDeleteEvent } from "../api/edit-event";
import { CancelEventModal } from "./cancel-event-modal";

const cancelModal = createModal({ id: "event-cancel-modal", isOpenedByDefault: false });
const deleteModal = createModal({ id: "event-delete-modal", isOpenedByDefault: false });

/** What organisers may do: edit, see the registrants, cancel (with a reason), delete an event nobody registered to. */
export function EventOrganiserActions({ event }: { event: EventView }) {
  const navigate = useNavigate();
  const remove = useDeleteEvent(event.id);
  const [news, setNews] = useState("");
  useIsModalOpen(deleteModal, { onConceal: () => remove.reset() });
  if (!event.canEdit) return null;
  const planned = event.status === "PLANNED";
  const nobodyRegistered = event.confirmedCount + event.waitlistCount === 0;

  return (
    <section aria-label="Gestion de l'événement" className="fr-mb-4w">
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm fr-btns-group--icon-left">
        {planned && (
          <li>
            <Button iconId="fr-icon-edit-line" priority="secondary" linkProps={{ to: paths.events.edit.getHref(event.id) }}>
              Modifier l'événement
            </Button>
          </li>
        )}
        <li>
          <Button iconId="fr-icon-team-line" priority="secondary" linkProps={{ to: paths.events.registrants.getHref(event.id) }}>
            Voir les inscrits
          </Button>
        </li>
        {planned && (
          <li>
            <Button iconId="fr-icon-close-circle-line" priority="tertiary" nativeButtonProps={cancelModal.buttonProps}>
              Annuler l'événement
            </Button>
          </li>
        )}
        {nobodyRegistered && (
          <li>
            <Button iconId="fr-icon-delete-line" priority="tertiary" nativeButtonProps={deleteModal.buttonProps}>
              Supprimer l'événement
            </Button>
          </li>
        )}
      </ul>
      <p role="status" aria-live="polite">
        {news}
      </p>
      <CancelEventModal modal={cancelModal} event={event} onDone={setNews} />
      <deleteModal.Component
        title="Supprimer cet événement ?"
        titleAs="h2"
        buttons={[
          { children: "Ne pas supprimer", priority: "secondary" },
          {
            children: "Supprimer définitivement",
            doClosesModal: false,
            disabled: remove.isPending,
            onClick: () =>
              remove.mutate(undefined, {
                onSuccess: () => {
                  deleteModal.close();
                  navigate(paths.events.list.getHref(), { state: flashState(`L'événement « ${event.title} » est supprimé.`, "success") });
                },
              }),
          },
        ]}
      >
        <p>« {event.title} » disparaîtra de l'agenda. Un événement qui a eu des inscrits ne se supprime pas : annulez-le.</p>
        {remove.isError && <ProblemAlert error={remove.error} title="L'événement n'a pas été supprimé" />}
      </deleteModal.Component>
    </section>
  );
}
