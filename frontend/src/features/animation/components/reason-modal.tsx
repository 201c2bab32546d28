import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useIsModalOpen } from "@codegouvfr/react-dsfr/Modal/useIsModalOpen";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useState, type ReactNode } from "react";
import { ProblemAlert } from "../../../components/problem-alert";

export type ConsoleModal = ReturnType<typeof createModal>;

/** A person the action may name (the team member to appoint). */
export type Choice = { id: string; displayName: string };

export type ReasonModalProps = {
  modal: ConsoleModal;
  title: string;
  /** What the action does, read before confirming. */
  children: ReactNode;
  reasonLabel: string;
  reasonHint: string;
  confirmLabel: string;
  /** When given, the person to choose first (a select of these names). */
  choices?: Choice[];
  choiceLabel?: string;
  pending: boolean;
  error: unknown;
  onConfirm: (reason: string, choice: string | undefined) => void;
  /** Called when the modal closes: the caller resets its mutation. */
  onConceal: () => void;
};

/** A console action that asks a reason (3 to 500 characters) and, if needed, a person, then is confirmed. */
export function ReasonModal({
  modal,
  title,
  children,
  reasonLabel,
  reasonHint,
  confirmLabel,
  choices,
  choiceLabel,
  pending,
  error,
  onConfirm,
  onConceal,
}: ReasonModalProps) {
  const [reason, setReason] = useState("");
  const [choice, setChoice] = useState("");
  useIsModalOpen(modal, {
    onConceal: () => {
      setReason("");
      setChoice("");
      onConceal();
    },
  });
  const chosen = !choices || choice !== "";
  return (
    <modal.Component
      title={title}
      titleAs="h2"
      buttons={[
        { children: "Annuler", priority: "secondary" },
        {
          children: confirmLabel,
          doClosesModal: false,
          disabled: pending || !chosen || reason.trim().length < 3,
          onClick: () => onConfirm(reason.trim(), choices ? choice : undefined),
        },
      ]}
    >
      {children}
      {choices && (
        <Select label={choiceLabel ?? "Personne"} nativeSelectProps={{ value: choice, onChange: (event) => setChoice(event.target.value) }}>
          <option value="" disabled>
            Choisir un membre de l'équipe
          </option>
          {choices.map((person) => (
            <option key={person.id} value={person.id}>
              {person.displayName}
            </option>
          ))}
        </Select>
      )}
      <Input
        label={reasonLabel}
        hintText={reasonHint}
        textArea
        nativeTextAreaProps={{ value: reason, maxLength: 500, onChange: (event) => setReason(event.target.value) }}
      />
      {error != null && <ProblemAlert error={error} title="L'action n'a pas abouti" />}
    </modal.Component>
  );
}
