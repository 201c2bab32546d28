import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useState, type FormEvent } from "react";
import { ProblemAlert } from "../../../components/problem-alert";
import { fieldState, mapFieldErrors } from "../../../lib/api/field-errors";
import type { MentorshipGoal } from "../../../lib/api/types";
import { useUpdateMentorshipGoal } from "../api/update-mentorship-goal";
import { choiceOf, type GoalPathChoice, type GoalPathSlots } from "./goal-path-slots";

const GOAL_FIELDS = ["title", "details"] as const;

type GoalEditFormProps = {
  mentorshipId: string;
  goal: MentorshipGoal;
  onSaved: () => void;
  onCancel: () => void;
  /** Offered when the app composes the learning paths: the goal may then be linked to one. */
  renderPathPicker?: GoalPathSlots["renderPicker"];
};

/** Rewords a goal and its details; emptying the details removes them. */
export function GoalEditForm({ mentorshipId, goal, onSaved, onCancel, renderPathPicker }: GoalEditFormProps) {
  const [title, setTitle] = useState(goal.title);
  const [path, setPath] = useState<GoalPathChoice | null>(choiceOf(goal));
  const [details, setDetails] = useState(goal.details ?? "");
  const [missingTitle, setMissingTitle] = useState(false);
  const update = useUpdateMentorshipGoal(mentorshipId);
  const serverErrors = mapFieldErrors(update.error, GOAL_FIELDS);

  const edited = () => {
    setMissingTitle(false);
    update.reset();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!title.trim()) {
      setMissingTitle(true);
      return;
    }
    const body = { title: title.trim(), details: details.trim(), ...(renderPathPicker && { pathId: path?.id ?? null }) };
    update.mutate({ goalId: goal.id, body }, { onSuccess: onSaved });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Input
        label="Objectif"
        hintText="Un objectif concret, que vous pourrez cocher une fois atteint."
        {...fieldState(missingTitle ? "Décrivez l'objectif." : serverErrors.title)}
        nativeInputProps={{
          name: "title",
          required: true,
          maxLength: 200,
          value: title,
          onChange: (event) => {
            setTitle(event.target.value);
            edited();
          },
        }}
      />
      <Input
        label="Précisions (facultatif)"
        hintText="Le contexte, les données ou les outils visés…"
        textArea
        {...fieldState(serverErrors.details)}
        nativeTextAreaProps={{
          name: "details",
          rows: 3,
          maxLength: 2000,
          value: details,
          onChange: (event) => {
            setDetails(event.target.value);
            edited();
          },
        }}
      />
      {renderPathPicker?.({
        idPrefix: `goal-${goal.id}-path`,
        value: path,
        onChange: (chosen) => {
          setPath(chosen);
          update.reset();
        },
      })}
      {update.isError && <ProblemAlert error={update.error} title="L'objectif n'a pas été modifié" fieldNames={GOAL_FIELDS} />}
      <ButtonsGroup
        inlineLayoutWhen="md and up"
        buttons={[
          { children: "Enregistrer l'objectif", type: "submit", disabled: update.isPending },
          { children: "Annuler", type: "button", priority: "secondary", onClick: onCancel },
        ]}
      />
    </form>
  );
}
