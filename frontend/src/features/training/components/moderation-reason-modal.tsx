import { Input } from "@codegouvfr/react-dsfr/Input";
import type { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useIsModalOpen } from "@codegouvfr/react-dsfr/Modal/useIsModalOpen";
import { useState, type FormEvent } from "react";
import { ProblemAlert } from "../../../components/problem-alert";
import { fieldState, mapFieldErrors } from "../../../lib/api/field-errors";
import { useModerateResource } from "../api/edit-resource";

export type ReasonAction = "reject" | "withdraw";

type ModerationReasonModalProps = {
  modal: ReturnType<typeof createModal>;
  action: ReasonAction;
  /** The resource the modal is about; null until one is chosen. */
  resource: { id: string; title: string } | null;
  onDone: (message: string) => void;
};

const WORDING: Record<ReasonAction, { title: (name: string) => string; explain: string; confirm: string; done: (name: string) => string }> =
  {
    reject: {
      title: (name) => `Refuser « ${name} » ?`,
      explain:
        "La personne qui l'a proposée recevra votre motif par notification et par e-mail ; elle pourra la corriger et la proposer à nouveau.",
      confirm: "Refuser la ressource",
      done: (name) => `« ${name} » est refusée ; son auteur est prévenu.`,
    },
    withdraw: {
      title: (name) => `Retirer « ${name} » de la bibliothèque ?`,
      explain:
        "Elle n'apparaîtra plus dans la recherche. Sa page reste lisible, marquée « retirée », pour les listes et les parcours qui la citent.",
      confirm: "Retirer la ressource",
      done: (name) => `« ${name} » est retirée de la bibliothèque.`,
    },
  };

/** Rejects a proposal or withdraws a published resource, with a reason of 5 to 1,000 characters. */
export function ModerationReasonModal({ modal, action, resource, onDone }: ModerationReasonModalProps) {
  const moderate = useModerateResource();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string>();
  const serverErrors = mapFieldErrors(moderate.error, ["reason"]);
  const wording = WORDING[action];
  const name = resource?.title ?? "cette ressource";
  const formId = `${modal.id}-form`;

  useIsModalOpen(modal, {
    onConceal: () => {
      setReason("");
      setError(undefined);
      moderate.reset();
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!resource) return;
    if (reason.trim().length < 5) {
      setError("Donnez un motif d'au moins 5 caractères.");
      return;
    }
    moderate.mutate(
      { id: resource.id, moderation: { action, reason: reason.trim() } },
      {
        onSuccess: () => {
          modal.close();
          onDone(wording.done(name));
        },
      },
    );
  };

  return (
    <modal.Component
      title={wording.title(name)}
      titleAs="h2"
      buttons={[
        { children: "Annuler", priority: "secondary" },
        {
          children: wording.confirm,
          doClosesModal: false,
          type: "submit",
          disabled: moderate.isPending,
          nativeButtonProps: { form: formId },
        },
      ]}
    >
      <p>{wording.explain}</p>
      {moderate.isError && <ProblemAlert error={moderate.error} title="La décision n'a pas été enregistrée" fieldNames={["reason"]} />}
      <form id={formId} onSubmit={submit} noValidate>
        <Input
          label="Motif"
          hintText="Entre 5 et 1 000 caractères, lu par la personne qui l'a proposée"
          textArea
          {...fieldState(error ?? serverErrors.reason)}
          nativeTextAreaProps={{
            name: "reason",
            value: reason,
            maxLength: 1000,
            rows: 4,
            onChange: (event) => {
              setReason(event.target.value);
              setError(undefined);
            },
          }}
        />
      </form>
    </modal.Component>
  );
}
