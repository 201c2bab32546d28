import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useState, type FormEvent } from "react";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { fieldState } from "../../../lib/api/field-errors";
import type { Mentorship, MentorshipGoal } from "../../../lib/api/types";
import { formatDate } from "../../../utils/format-date";
import { useCreateMentorshipGoal } from "../api/create-mentorship-goal";
import { useMentorshipGoals } from "../api/list-mentorship-goals";
import { useUpdateMentorshipGoal } from "../api/update-mentorship-goal";
import { goalProgressLabel } from "../utils/mentorship-labels";
import { canEditGoals } from "../utils/mentorship-rules";
import { GoalComments } from "./goal-comments";

function goalHint(goal: MentorshipGoal): string | undefined {
  return [goal.details, goal.done && goal.doneAt && `Atteint le ${formatDate(goal.doneAt)}`].filter(Boolean).join(" · ") || undefined;
}

function AddGoalForm({ mentorshipId }: { mentorshipId: string }) {
  const [title, setTitle] = useState("");
  const [missing, setMissing] = useState(false);
  const create = useCreateMentorshipGoal(mentorshipId);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!title.trim()) {
      setMissing(true);
      return;
    }
    create.mutate({ title: title.trim() }, { onSuccess: () => setTitle("") });
  };

  return (
    <form onSubmit={submit} noValidate className="fr-mt-4w">
      <Input
        label="Nouvel objectif"
        hintText="Un objectif concret, que vous pourrez cocher une fois atteint."
        {...fieldState(missing ? "Décrivez l'objectif à ajouter." : undefined)}
        nativeInputProps={{
          maxLength: 200,
          value: title,
          onChange: (event) => {
            setTitle(event.target.value);
            setMissing(false);
            create.reset();
          },
        }}
      />
      {create.isError && <ProblemAlert error={create.error} title="L'objectif n'a pas été ajouté" />}
      <Button type="submit" priority="secondary" iconId="fr-icon-add-line" disabled={create.isPending}>
        Ajouter l'objectif
      </Button>
    </form>
  );
}

/** The goals as a checklist with their progress; the two parties tick them, comment them and add some while the pairing is open. */
export function MentorshipGoals({ mentorship }: { mentorship: Mentorship }) {
  const goals = useMentorshipGoals(mentorship.id);
  const update = useUpdateMentorshipGoal(mentorship.id);
  const editable = canEditGoals(mentorship);

  if (goals.isPending) return <LoadingMessage>Chargement des objectifs…</LoadingMessage>;
  if (goals.isError) return <ProblemAlert error={goals.error} title="Les objectifs n'ont pas pu être chargés" />;

  const { items, progress } = goals.data;
  return (
    <>
      <p className="fr-text--lead" role="status">
        {goalProgressLabel(progress)}
      </p>
      {update.isError && <ProblemAlert error={update.error} title="L'objectif n'a pas été modifié" />}
      {items.length > 0 && (
        <Checkbox
          legend={editable ? "Cochez les objectifs atteints" : "Objectifs"}
          disabled={!editable}
          options={items.map((goal) => ({
            label: goal.title,
            hintText: goalHint(goal),
            nativeInputProps: {
              name: `goal-${goal.id}`,
              checked: goal.done,
              onChange: (event) => update.mutate({ goalId: goal.id, body: { done: event.target.checked } }),
            },
          }))}
        />
      )}
      <div className="fr-accordions-group">
        {items.map((goal) => (
          <GoalComments key={goal.id} mentorshipId={mentorship.id} goal={goal} editable={editable} />
        ))}
      </div>
      {editable && <AddGoalForm mentorshipId={mentorship.id} />}
    </>
  );
}
