import type { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useIsModalOpen } from "@codegouvfr/react-dsfr/Modal/useIsModalOpen";
import { ProblemAlert } from "../../../components/problem-alert";
import type { TchapRoom } from "../../../lib/api/types";
import { useDeleteTchapRoom } from "../api/tchap-rooms";

type DeleteRoomModalProps = {
  modal: ReturnType<typeof createModal>;
  room: TchapRoom | null;
  onDone: (text: string) => void;
};

/** Asks before a room is removed: it receives nothing more, and its notices waiting to be posted are dropped. */
export function DeleteRoomModal({ modal, room, onDone }: DeleteRoomModalProps) {
  const remove = useDeleteTchapRoom();
  useIsModalOpen(modal, { onConceal: () => remove.reset() });
  const name = room?.name ?? "ce salon";

  return (
    <modal.Component
      title={`Retirer le salon « ${name} » ?`}
      titleAs="h2"
      buttons={[
        { children: "Annuler", priority: "secondary" },
        {
          children: "Retirer le salon",
          doClosesModal: false,
          disabled: remove.isPending || !room,
          onClick: () => {
            if (!room) return;
            remove.mutate(room.id, {
              onSuccess: () => {
                modal.close();
                onDone(`Le salon « ${name} » est retiré : il ne recevra plus d'annonces.`);
              },
            });
          },
        },
      ]}
    >
      <p>Spyrales n'y publiera plus rien ; les annonces en attente pour ce salon sont abandonnées. Le salon lui-même reste sur Tchap.</p>
      {remove.isError && <ProblemAlert error={remove.error} title="Le salon n'a pas été retiré" />}
    </modal.Component>
  );
}
