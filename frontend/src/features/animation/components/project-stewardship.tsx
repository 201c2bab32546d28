import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useState, type ReactNode } from "react";
import type { AnimationProjectLine } from "../../../lib/api/types";
import { useAppointProjectLead, useCloseProject } from "../api/animation-queries";
import { ReasonModal } from "./reason-modal";

const closeModal = createModal({ id: "project-closure-modal", isOpenedByDefault: false });
const leadModal = createModal({ id: "project-lead-modal", isOpenedByDefault: false });

/**
 * The console's two actions on a project without an active lead: « Clore le projet » (archived, the team told) and
 * « Désigner un responsable » among its active team members, each asked with a reason and confirmed in a modal. Once
 * done, the project leaves the queue (the queues are read again).
 */
export function useProjectStewardship(): {
  actions: (line: AnimationProjectLine) => ReactNode;
  modals: ReactNode;
  outcome: ReactNode;
} {
  const close = useCloseProject();
  const appoint = useAppointProjectLead();
  const [line, setLine] = useState<AnimationProjectLine | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const open = (modal: typeof closeModal, next: AnimationProjectLine) => {
    setDone(null);
    setLine(next);
    modal.open();
  };

  const actions = (next: AnimationProjectLine) => (
    <>
      <Button
        size="small"
        priority="secondary"
        className="fr-mb-1w"
        disabled={next.appointable.length === 0}
        title={next.appointable.length === 0 ? "Aucun membre actif de l'équipe ne peut être désigné" : undefined}
        onClick={() => open(leadModal, next)}
        nativeButtonProps={{ "aria-label": `Désigner un responsable : ${next.title}` }}
      >
        Désigner un responsable
      </Button>
      <Button
        size="small"
        priority="tertiary"
        className="fr-mb-1w"
        onClick={() => open(closeModal, next)}
        nativeButtonProps={{ "aria-label": `Clore le projet : ${next.title}` }}
      >
        Clore le projet
      </Button>
    </>
  );

  const modals = (
    <>
      <ReasonModal
        modal={closeModal}
        title={`Clore « ${line?.title ?? ""} » ?`}
        reasonLabel="Motif (obligatoire)"
        reasonHint="Entre 3 et 500 caractères, envoyé à l'équipe du projet."
        confirmLabel="Clore le projet"
        pending={close.isPending}
        error={close.error}
        onConceal={() => close.reset()}
        onConfirm={(reason) => {
          if (!line) return;
          close.mutate(
            { id: line.id, reason },
            {
              onSuccess: () => {
                closeModal.close();
                setDone(`« ${line.title} » est clos (archivé) ; son équipe est prévenue.`);
              },
            },
          );
        }}
      >
        <p>Le projet sera archivé : il n'accueillera plus de demandes. Son équipe en sera prévenue avec le motif.</p>
      </ReasonModal>
      <ReasonModal
        modal={leadModal}
        title={`Désigner un responsable de « ${line?.title ?? ""} »`}
        choices={line?.appointable ?? []}
        choiceLabel="Membre de l'équipe (obligatoire)"
        reasonLabel="Motif (obligatoire)"
        reasonHint="Entre 3 et 500 caractères, envoyé à la personne désignée."
        confirmLabel="Désigner"
        pending={appoint.isPending}
        error={appoint.error}
        onConceal={() => appoint.reset()}
        onConfirm={(reason, memberId) => {
          if (!line || !memberId) return;
          const name = line.appointable.find((person) => person.id === memberId)?.displayName ?? "";
          appoint.mutate(
            { id: line.id, memberId, reason },
            {
              onSuccess: () => {
                leadModal.close();
                setDone(`${name} est désormais responsable de « ${line.title} » ; cette personne est prévenue.`);
              },
            },
          );
        }}
      >
        <p>La personne choisie pourra modifier le projet et répondre aux demandes pour rejoindre l'équipe.</p>
      </ReasonModal>
    </>
  );

  // Shown in its queue's live region (QueueSection).
  const outcome = done && <Alert as="h3" severity="success" small className="fr-mb-2w" title="C'est fait" description={done} />;

  return { actions, modals, outcome };
}
