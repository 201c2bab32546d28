import { Button } from "@codegouvfr/react-dsfr/Button";
import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useState, type FormEvent } from "react";
import { ProblemAlert } from "../../../components/problem-alert";
import { fieldState, mapFieldErrors } from "../../../lib/api/field-errors";
import type { Mentorship } from "../../../lib/api/types";
import { addToDate, today } from "../../../utils/calendar-date";
import { formatDate } from "../../../utils/format-date";
import { useUpdateMentorship } from "../api/update-mentorship";
import { useItemModal } from "../hooks/use-item-modal";
import { ChangeNotice, type Notice } from "./change-notice";

const PLANNED_END_MODAL = createModal({ id: "mentorship-planned-end-modal", isOpenedByDefault: false });

const PLANNED_END_FIELDS = ["plannedEndDate"] as const;

/** The dates the server accepts: from tomorrow to a year from today. */
function plannedEndBounds() {
  const now = today();
  return { min: addToDate(now, { days: 1 }), max: addToDate(now, { years: 1 }) };
}

/** What is wrong with the chosen date, if anything; the server checks again. */
function plannedEndProblem(date: string): string | undefined {
  const { min, max } = plannedEndBounds();
  if (!date) return "Indiquez la nouvelle date de fin prévue.";
  if (date < min || date > max) return `Choisissez une date du ${formatDate(min)} au ${formatDate(max)}.`;
  return undefined;
}

type PlannedEndFormProps = {
  mentorship: Mentorship;
  onSaved: (updated: Mentorship) => void;
  onCancel: () => void;
};

/** The new planned end, prefilled with the current one. */
function PlannedEndForm({ mentorship, onSaved, onCancel }: PlannedEndFormProps) {
  const update = useUpdateMentorship(mentorship.id);
  const [date, setDate] = useState(mentorship.plannedEndDate ?? "");
  const [problem, setProblem] = useState<string>();
  const { min, max } = plannedEndBounds();
  const serverErrors = mapFieldErrors(update.error, PLANNED_END_FIELDS);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = plannedEndProblem(date);
    if (found) {
      setProblem(found);
      return;
    }
    update.mutate({ plannedEndDate: date }, { onSuccess: onSaved });
  };

  return (
    <form onSubmit={submit} noValidate>
      {mentorship.plannedEndDate && (
        <p>Fin prévue actuellement le {formatDate(mentorship.plannedEndDate)}. Le changement sera inscrit dans l'historique du mentorat.</p>
      )}
      <Input
        label="Nouvelle date de fin prévue"
        hintText="Une date dans l'année qui vient. Une fois cette date passée, le mentorat se termine automatiquement."
        {...fieldState(problem ?? serverErrors.plannedEndDate)}
        nativeInputProps={{
          type: "date",
          name: "plannedEndDate",
          required: true,
          min,
          max,
          value: date,
          onChange: (event) => {
            setDate(event.target.value);
            setProblem(undefined);
            update.reset();
          },
        }}
      />
      {update.isError && <ProblemAlert error={update.error} title="La date de fin n'a pas été modifiée" fieldNames={PLANNED_END_FIELDS} />}
      <ButtonsGroup
        inlineLayoutWhen="md and up"
        buttons={[
          { children: "Enregistrer la date", type: "submit", disabled: update.isPending },
          { children: "Annuler", type: "button", priority: "secondary", onClick: onCancel },
        ]}
      />
    </form>
  );
}

/**
 * « Modifier la date de fin » and its modal, for a party of a pairing under way: a pair that goes on pushes the
 * planned end back, before the daily job completes the pairing.
 */
export function PlannedEndChange({ mentorship }: { mentorship: Mentorship }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  // Gives the focus back to the button, and starts each opening from the planned end of that moment.
  const editing = useItemModal<Mentorship>(PLANNED_END_MODAL);

  return (
    <>
      <ChangeNotice notice={notice} />
      <Button
        priority="secondary"
        size="small"
        iconId="fr-icon-calendar-line"
        onClick={(event) => {
          setNotice(null);
          editing.open(mentorship, event.currentTarget);
        }}
      >
        Modifier la date de fin
      </Button>
      <PLANNED_END_MODAL.Component title="Modifier la date de fin prévue" titleAs="h2">
        {editing.item && (
          <PlannedEndForm
            key={editing.contentKey}
            mentorship={editing.item}
            onSaved={(updated) => {
              PLANNED_END_MODAL.close();
              const message = updated.plannedEndDate
                ? `La fin du mentorat est maintenant prévue le ${formatDate(updated.plannedEndDate)}.`
                : "La date de fin est modifiée.";
              setNotice({ message, takeFocus: false });
            }}
            onCancel={() => PLANNED_END_MODAL.close()}
          />
        )}
      </PLANNED_END_MODAL.Component>
    </>
  );
}
