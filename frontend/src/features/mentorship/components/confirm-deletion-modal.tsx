import type { createModal } from "@codegouvfr/react-dsfr/Modal";
import type { ReactNode } from "react";
import { ProblemAlert } from "../../../components/problem-alert";

type ConfirmDeletionModalProps = {
  modal: ReturnType<typeof createModal>;
  /** The question, naming what is deleted: « Supprimer l'objectif « … » ? » */
  title: string;
  confirmLabel: string;
  isPending: boolean;
  /** Why the server refused the deletion, if it did. */
  error: unknown;
  onConfirm: () => void;
  /** What the deletion takes away. */
  children: ReactNode;
};

/** A DSFR modal that asks to confirm a deletion, and shows why the server refused it. */
export function ConfirmDeletionModal({ modal, title, confirmLabel, isPending, error, onConfirm, children }: ConfirmDeletionModalProps) {
  return (
    <modal.Component
      title={title}
      titleAs="h2"
      buttons={[
        { children: "Annuler", priority: "secondary" },
        { children: confirmLabel, doClosesModal: false, disabled: isPending, onClick: onConfirm },
      ]}
    >
      {children}
      {error ? <ProblemAlert error={error} title="La suppression n'a pas abouti" /> : null}
    </modal.Component>
  );
}
