import { Input } from "@codegouvfr/react-dsfr/Input";
import type { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useIsModalOpen } from "@codegouvfr/react-dsfr/Modal/useIsModalOpen";
import { useState, type FormEvent } from "react";
import { ProblemAlert } from "../../../components/problem-alert";
import { fieldState, mapFieldErrors } from "../../../lib/api/field-errors";
import type { EventView } from "../../../lib/api/types";
import { useCancelEvent } from "../api/edit-event";

type CancelEventModalProps = {
  modal: ReturnType<typeof createModal>;
  event: EventView;
  onDone: (message: string) => void;
};

/** Cancels an event with a reason of 3 to 500 characters, told to every registrant. */
export function CancelEventModal({ modal, event, onDone }: CancelEventModalProps) {
  const cancel = useCancelEvent(event.id);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string>();
  const serverErrors = mapFieldErrors(cancel.error, ["reason"]);
  const formId = `${modal.id}-form`;
  const registrants = event.confirmedCount + event.waitlistCount;

  useIsModalOpen(modal, {
    onConceal: () => {
      setReason("");
      setError(undefined);
      cancel.reset();
    },
  });

  const submit = (formEvent: FormEvent<HTMLFormElement>) => {
    formEvent.preventDefault();
    const trimmed = reason.trim();
    if (trimmed.length < 3 || trimmed.length > 500) {
      setError("Donnez un motif de 3 à 500 caractères.");
      return;
    }
    cancel.mutate(trimmed, {
      onSuccess: () => {
        modal.close();
        onDone(`« ${event.title} » est annulé ; les inscrits sont prévenus.`);
      },
    });
  };

  return (
    <modal.Component
      title={`Annuler « ${event.title} » ?`}
      titleAs="h2"
      buttons={[
        { children: "Ne pas annuler", priority: "secondary" },
        {
          children: "Annuler l'événement",
          doClosesModal: false,
          type: "submit",
          disabled: cancel.isPending,
          nativeButtonProps: { form: formId },
        },
      ]}
    >
      <p>
        {registrants === 0
          ? "Personne n'est encore inscrit."
          : registrants === 1
            ? "La personne inscrite recevra votre motif par notification et par e-mail."
            : `Les ${registrants} personnes inscrites ou en liste d'attente recevront votre motif par notification et par e-mail.`}{" "}
        L'événement restera visible, marqué « Annulé ». Cette action est définitive.
      </p>
      {cancel.isError && <ProblemAlert error={cancel.error} title="L'événement n'a pas été annulé" fieldNames={["reason"]} />}
      <form id={formId} onSubmit={submit} noValidate>
        <Input
          label="Motif de l'annulation"
          hintText="Entre 3 et 500 caractères, lu par les inscrits"
          textArea
          {...fieldState(error ?? serverErrors.reason)}
          nativeTextAreaProps={{
            name: "reason",
            value: reason,
            maxLength: 500,
            rows: 4,
            onChange: (changeEvent) => {
              setReason(changeEvent.target.value);
              setError(undefined);
            },
          }}
        />
      </form>
    </modal.Component>
  );
}
