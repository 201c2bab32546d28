import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useState, type FormEvent } from "react";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { fieldState } from "../../../lib/api/field-errors";
import type { Mentorship, MentorshipGoal } from "../../../lib/api/types";
import { formatDate } from "../../../utils/format-date";
import { useCreateMentorshipGoal } from "../api/create-mentorship-goal";
import { useDeleteMentorshipGoal } from "../api/delete-mentorship-goal";
import { useMentorshipGoals } from "../api/list-mentorship-goals";
import { useUpdateMentorshipGoal } from "../api/update-mentorship-goal";
import { useItemModal } from "../hooks/use-item-modal";
import { goalProgressLabel } from "../utils/mentorship-labels";
import { canEditGoals, goalsAwaitAcceptance } from "../utils/mentorship-rules";
import { ChangeNotice, type Notice } from "./change-notice";
import { ConfirmDeletionModal } from "./confirm-deletion-modal";
import { EditDeleteButtons } from "./edit-delete-buttons";
import { GoalComments } from "./goal-comments";
import { GoalEditForm } from "./goal-edit-form";
import type { GoalPathChoice, GoalPathSlots } from "./goal-path-slots";

function goalHint(goal: MentorshipGoal): string | undefined {
  return [goal.details, goal.done && goal.doneAt && `Atteint le ${formatDate(goal.doneAt)}`].filter(Boolean).join(" · ") || undefined;
}

function AddGoalForm({ mentorshipId, goalPath }: { mentorshipId: string; goalPath?: GoalPathSlots }) {
  const [title, setTitle] = useState("");
  const [path, setPath] = useState<GoalPathChoice | null>(null);
  const [missing, setMissing] = useState(false);
  const create = useCreateMentorshipGoal(mentorshipId);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!title.trim()) {
      setMissing(true);
      return;
    }
    create.mutate(
      { title: title.trim(), ...(path && { pathId: path.id }) },
      {
        onSuccess: () => {
          setTitle("");
          setPath(null);
        },
      },
    );
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
      {goalPath?.renderPicker({ idPrefix: "new-goal-path", value: path, onChange: setPath })}
      {create.isError && <ProblemAlert error={create.error} title="L'objectif n'a pas été ajouté" />}
      <Button type="submit" priority="secondary" iconId="fr-icon-add-line" disabled={create.isPending}>
        Ajouter l'objectif
      </Button>
    </form>
  );
}

const EDIT_GOAL_MODAL = createModal({ id: "mentorship-goal-edit-modal", isOpenedByDefault: false });
const DELETE_GOAL_MODAL = createModal({ id: "mentorship-goal-delete-modal", isOpenedByDefault: false });

/** What deleting the goal takes away, its comments included. */
function deletionConsequence({ comments }: MentorshipGoal): string {
  if (comments.length === 0) return "L'objectif sera supprimé pour vous deux.";
  const what = comments.length === 1 ? "son commentaire" : `ses ${comments.length} commentaires`;
  return `L'objectif et ${what} seront supprimés pour vous deux.`;
}

/**
 * The goals as a checklist with their progress; the two parties tick them, modify, delete and comment them,
 * and add some while the pairing is open.
 */
export function MentorshipGoals({ mentorship, goalPath }: { mentorship: Mentorship; goalPath?: GoalPathSlots }) {
  const goals = useMentorshipGoals(mentorship.id);
  const update = useUpdateMentorshipGoal(mentorship.id);
  const remove = useDeleteMentorshipGoal(mentorship.id);
  const editing = useItemModal<MentorshipGoal>(EDIT_GOAL_MODAL);
  const deleting = useItemModal<MentorshipGoal>(DELETE_GOAL_MODAL, () => remove.reset());
  const [notice, setNotice] = useState<Notice | null>(null);
  const editable = canEditGoals(mentorship);

  if (goals.isPending) return <LoadingMessage>Chargement des objectifs…</LoadingMessage>;
  if (goals.isError) return <ProblemAlert error={goals.error} title="Les objectifs n'ont pas pu être chargés" />;

  const { items, progress } = goals.data;
  const doomed = deleting.item;
  const confirmDeletion = () => {
    if (!doomed) return;
    remove.mutate(doomed.id, {
      onSuccess: () => {
        DELETE_GOAL_MODAL.close();
        setNotice({ message: `L'objectif « ${doomed.title} » est supprimé.`, takeFocus: true });
      },
    });
  };

  return (
    <>
      <p className="fr-text--lead" role="status">
        {goalProgressLabel(progress)}
      </p>
      {goalsAwaitAcceptance(mentorship) && (
        <p>
          Les objectifs sont ceux que propose {mentorship.mentee.displayName}. Vous pourrez les modifier après avoir accepté la demande.
        </p>
      )}
      <ChangeNotice notice={notice} />
      {update.isError && <ProblemAlert error={update.error} title="L'objectif n'a pas été modifié" />}
      {items.length > 0 && (
        <fieldset className="fr-fieldset" aria-labelledby="mentorship-goals-legend">
          <legend id="mentorship-goals-legend" className="fr-fieldset__legend fr-text--regular">
            {editable ? "Cochez les objectifs atteints" : "Objectifs"}
          </legend>
          {items.map((goal) => (
            <div key={goal.id} className="fr-fieldset__element">
              <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--middle">
                <div className="fr-col-12 fr-col-md">
                  <Checkbox
                    options={[
                      {
                        label: goal.title,
                        hintText: goalHint(goal),
                        nativeInputProps: {
                          name: `goal-${goal.id}`,
                          checked: goal.done,
                          disabled: !editable,
                          onChange: (event) => update.mutate({ goalId: goal.id, body: { done: event.target.checked } }),
                        },
                      },
                    ]}
                  />
                  {goal.path && goalPath?.renderProgress(goal, mentorship)}
                </div>
                {editable && (
                  <div className="fr-col-12 fr-col-md-auto">
                    <EditDeleteButtons
                      itemName={`l'objectif « ${goal.title} »`}
                      onEdit={(button) => editing.open(goal, button)}
                      onDelete={(button) => deleting.open(goal, button)}
                    />
                  </div>
                )}
              </div>
            </div>
          ))}
        </fieldset>
      )}
      <div className="fr-accordions-group">
        {items.map((goal) => (
          <GoalComments key={goal.id} mentorshipId={mentorship.id} goal={goal} editable={editable} />
        ))}
      </div>
      {editable && <AddGoalForm mentorshipId={mentorship.id} goalPath={goalPath} />}
      <EDIT_GOAL_MODAL.Component title="Modifier l'objectif" titleAs="h2">
        {editing.item && (
          <GoalEditForm
            key={`${editing.item.id}-${editing.contentKey}`}
            mentorshipId={mentorship.id}
            goal={editing.item}
            renderPathPicker={goalPath?.renderPicker}
            onSaved={() => {
              EDIT_GOAL_MODAL.close();
              setNotice({ message: "L'objectif est modifié.", takeFocus: false });
            }}
            onCancel={() => EDIT_GOAL_MODAL.close()}
          />
        )}
      </EDIT_GOAL_MODAL.Component>
      <ConfirmDeletionModal
        modal={DELETE_GOAL_MODAL}
        title={doomed ? `Supprimer l'objectif « ${doomed.title} » ?` : "Supprimer l'objectif ?"}
        confirmLabel="Supprimer l'objectif"
        isPending={remove.isPending}
        error={remove.error}
        onConfirm={confirmDeletion}
      >
        <p>{doomed && deletionConsequence(doomed)} Cette suppression est définitive.</p>
      </ConfirmDeletionModal>
    </>
  );
}
