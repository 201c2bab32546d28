import { Input } from "@codegouvfr/react-dsfr/Input";
import type { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useIsModalOpen } from "@codegouvfr/react-dsfr/Modal/useIsModalOpen";
import { useState, type FormEvent } from "react";
import { ProblemAlert } from "../../../components/problem-alert";
import { fieldState, mapFieldErrors } from "../../../lib/api/field-errors";
import type { DatasetReviewItem } from "../../../lib/api/types";
import { useReviewDataset } from "../api/review-dataset";

export type Decision = "CONFIRM" | "REFUSE";

type ReviewDecisionModalProps = {
  modal: ReturnType<typeof createModal>;
  item: DatasetReviewItem | null;
  decision: Decision;
  onDone: (text: string) => void;
};

/** Confirms a dataset as open data (a note if useful), or refuses it with a note that the leads will read. */
export function ReviewDecisionModal({ modal, item, decision, onDone }: ReviewDecisionModalProps) {
  const review = useReviewDataset();
  const [note, setNote] = useState("");
  const [error, setError] = useState<string>();
  const serverErrors = mapFieldErrors(review.error, ["note", "decision"]);
  const formId = `${modal.id}-form`;
  const title = item?.dataset.title ?? "ce jeu de données";
  const refusing = decision === "REFUSE";

  useIsModalOpen(modal, {
    onConceal: () => {
      setNote("");
      setError(undefined);
      review.reset();
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!item) return;
    if (refusing && !note.trim()) {
      setError("Expliquez le refus : les responsables des projets liront votre note.");
      return;
    }
    review.mutate(
      { id: item.dataset.id, body: note.trim() ? { decision, note: note.trim() } : { decision } },
      {
        onSuccess: () => {
          modal.close();
          onDone(refusing ? `« ${title} » est refusé.` : `« ${title} » est confirmé comme données ouvertes.`);
        },
      },
    );
  };

  return (
    <modal.Component
      title={refusing ? `Refuser « ${title} » ?` : `Confirmer « ${title} » ?`}
      titleAs="h2"
      buttons={[
        { children: "Annuler", priority: "secondary" },
        {
          children: refusing ? "Refuser le jeu de données" : "Confirmer : données ouvertes",
          doClosesModal: false,
          type: "submit",
          disabled: review.isPending,
          nativeButtonProps: { form: formId },
        },
      ]}
    >
      <p>
        {refusing
          ? "Les projets qui le déclarent le verront « refusé », avec votre note."
          : "Les projets qui le déclarent le verront « vérifié »."}
      </p>
      {review.isError && <ProblemAlert error={review.error} title="La vérification n'a pas été enregistrée" fieldNames={["note"]} />}
      <form id={formId} onSubmit={submit} noValidate>
        <Input
          label={refusing ? "Note pour les responsables" : "Note (facultatif)"}
          hintText={
            refusing ? "Pourquoi ce ne sont pas des données ouvertes" : "Par exemple : licence lue, équivalente à la Licence Ouverte"
          }
          textArea
          {...fieldState(error ?? serverErrors.note)}
          nativeTextAreaProps={{
            name: "note",
            value: note,
            maxLength: 2000,
            rows: 4,
            onChange: (event) => {
              setNote(event.target.value);
              setError(undefined);
            },
          }}
        />
      </form>
    </modal.Component>
  );
}
