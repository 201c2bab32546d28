import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { fieldState, mapFieldErrors } from "../../../../lib/api/field-errors";

export const STEP_TEXT_MAX = 4000;
export const STEP_TEXT_FIELDS = ["note", "checkpoint"] as const;

type StepTextFieldsProps = {
  idPrefix: string;
  note: string;
  checkpoint: string;
  onNoteChange: (note: string) => void;
  onCheckpointChange: (checkpoint: string) => void;
  error: unknown;
};

/** The author's note and the checkpoint of a step, both optional, in Markdown. */
export function StepTextFields({ idPrefix, note, checkpoint, onNoteChange, onCheckpointChange, error }: StepTextFieldsProps) {
  const serverErrors = mapFieldErrors(error, STEP_TEXT_FIELDS);
  return (
    <>
      <Input
        label="Conseil de l'auteur (facultatif)"
        hintText="Pourquoi cette ressource, quoi lire en priorité, les pièges… Markdown accepté."
        textArea
        {...fieldState(serverErrors.note)}
        nativeTextAreaProps={{
          id: `${idPrefix}-note`,
          name: "note",
          rows: 3,
          maxLength: STEP_TEXT_MAX,
          value: note,
          onChange: (event) => onNoteChange(event.target.value),
        }}
      />
      <Input
        label="Exercice pour vérifier ses acquis (facultatif)"
        hintText="Une petite tâche à réussir avant de passer à l'étape suivante. Markdown accepté."
        textArea
        {...fieldState(serverErrors.checkpoint)}
        nativeTextAreaProps={{
          id: `${idPrefix}-checkpoint`,
          name: "checkpoint",
          rows: 3,
          maxLength: STEP_TEXT_MAX,
          value: checkpoint,
          onChange: (event) => onCheckpointChange(event.target.value),
        }}
      />
    </>
  );
}

type ConfirmBoxProps = {
  id: string;
  question: string;
  consequence: string;
  confirmLabel: string;
  isPending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/** A confirmation asked in place, before a destructive action: the question, what it does, and the two answers. */
export function ConfirmBox({ id, question, consequence, confirmLabel, isPending, onConfirm, onCancel }: ConfirmBoxProps) {
  return (
    <div
      role="group"
      aria-labelledby={`${id}-question`}
      className="fr-p-2w fr-my-2w"
      style={{ border: "1px solid var(--border-plain-error)" }}
    >
      <p id={`${id}-question`} className="fr-text--bold fr-mb-1w">
        {question}
      </p>
      <p>{consequence}</p>
      <ButtonsGroup
        inlineLayoutWhen="md and up"
        buttonsSize="small"
        buttons={[
          { children: confirmLabel, disabled: isPending, onClick: onConfirm, nativeButtonProps: { autoFocus: true } },
          { children: "Annuler", priority: "secondary", onClick: onCancel },
        ]}
      />
    </div>
  );
}
