import { Button } from "@codegouvfr/react-dsfr/Button";
import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { ErrorSummary } from "../../../components/error-summary";
import { describeError } from "../../../lib/api/api-error";
import { fieldState, mapFieldErrors, unmappedFieldErrors } from "../../../lib/api/field-errors";
import type { Mentorship, MentorshipParty } from "../../../lib/api/types";
import { useRequestMentorship } from "../api/request-mentorship";

export const MAX_GOALS = 3;
const REQUEST_FIELDS = ["message", "goals"] as const;

type Goal = { key: number; text: string };
type FormErrors = { message?: string; goals: Record<number, string> };

let nextGoalKey = 0;
const newGoal = (): Goal => ({ key: nextGoalKey++, text: "" });

function validate(message: string, goals: Goal[], mentorName: string): FormErrors | null {
  const errors: FormErrors = { goals: {} };
  if (!message.trim()) errors.message = `Écrivez quelques mots à ${mentorName} : qui vous êtes, ce que vous attendez.`;
  for (const goal of goals) {
    if (!goal.text.trim()) errors.goals[goal.key] = "Décrivez cet objectif, ou retirez-le.";
  }
  return errors.message || Object.keys(errors.goals).length > 0 ? errors : null;
}

type MentorshipRequestFormProps = {
  mentor: Pick<MentorshipParty, "id" | "displayName">;
  /** Goals to start from (three at most), e.g. the skills a suggestion was made for; the person can edit them. */
  initialGoals?: string[];
  onSent: (created: Mentorship) => void;
  onCancel: () => void;
};

/** The request to a mentor: a message and one to three goals. */
export function MentorshipRequestForm({ mentor, initialGoals = [], onSent, onCancel }: MentorshipRequestFormProps) {
  // A page may hold several of these forms (one per suggested mentor, each in its modal): ids of their own, so that
  // each label names its own field.
  const idPrefix = useId();
  const [message, setMessage] = useState("");
  const [goals, setGoals] = useState<Goal[]>(() =>
    initialGoals.length > 0 ? initialGoals.slice(0, 3).map((text) => ({ ...newGoal(), text })) : [newGoal()],
  );
  const [errors, setErrors] = useState<FormErrors>({ goals: {} });
  const request = useRequestMentorship();
  const serverErrors = mapFieldErrors(request.error, REQUEST_FIELDS);
  const goalInputs = useRef(new Map<number, HTMLInputElement>());
  const [focusedGoal, setFocusedGoal] = useState<number | null>(null);
  const [attempt, setAttempt] = useState(0);

  // After adding or removing a goal, the focus goes to the goal that follows from it.
  useEffect(() => {
    if (focusedGoal === null) return;
    goalInputs.current.get(focusedGoal)?.focus();
    setFocusedGoal(null);
  }, [focusedGoal]);

  const edited = () => {
    setErrors({ goals: {} });
    request.reset();
  };

  const addGoal = () => {
    const goal = newGoal();
    setGoals((current) => [...current, goal]);
    setFocusedGoal(goal.key);
    edited();
  };

  const removeGoal = (index: number) => {
    const remaining = goals.filter((_, position) => position !== index);
    setGoals(remaining);
    setFocusedGoal(remaining[Math.max(0, index - 1)].key);
    edited();
  };

  const changeGoal = (key: number, text: string) => {
    setGoals((current) => current.map((goal) => (goal.key === key ? { ...goal, text } : goal)));
    edited();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const invalid = validate(message, goals, mentor.displayName);
    setAttempt((count) => count + 1);
    if (invalid) {
      setErrors(invalid);
      return;
    }
    request.mutate(
      { mentorId: mentor.id, message: message.trim(), goals: goals.map(({ text }) => text.trim()) },
      { onSuccess: (created) => onSent(created), onError: () => setAttempt((count) => count + 1) },
    );
  };

  const goalsError = serverErrors.goals;
  const messageError = errors.message ?? serverErrors.message;
  const fieldsInError = [
    ...(messageError ? [{ targetId: `${idPrefix}-message`, label: "Votre message", message: messageError }] : []),
    ...goals.flatMap((goal, index) =>
      errors.goals[goal.key]
        ? [{ targetId: `${idPrefix}-goal-${goal.key}`, label: `Objectif ${index + 1}`, message: errors.goals[goal.key] }]
        : [],
    ),
    ...(goalsError ? [{ targetId: `${idPrefix}-goals`, label: "Vos objectifs", message: goalsError }] : []),
  ];
  const otherServerMessages = unmappedFieldErrors(request.error, REQUEST_FIELDS);
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary
        title="Votre demande n'a pas été envoyée"
        titleAs="h3"
        errors={fieldsInError}
        attempt={attempt}
        visible={request.isError || fieldsInError.length > 0}
      >
        {request.isError && <p>{describeError(request.error)}</p>}
        {otherServerMessages.length > 0 && (
          <ul>
            {otherServerMessages.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        )}
      </ErrorSummary>
      <Input
        label="Votre message"
        hintText="Présentez-vous, dites où vous en êtes et ce que vous attendez de cet accompagnement."
        textArea
        {...fieldState(messageError)}
        nativeTextAreaProps={{
          id: `${idPrefix}-message`,
          name: "message",
          rows: 5,
          maxLength: 2000,
          required: true,
          value: message,
          onChange: (event) => {
            setMessage(event.target.value);
            edited();
          },
        }}
      />
      <fieldset
        id={`${idPrefix}-goals`}
        className={`fr-fieldset${goalsError ? " fr-fieldset--error" : ""}`}
        aria-describedby={goalsError ? `${idPrefix}-goals-error` : undefined}
      >
        <legend className="fr-fieldset__legend">
          Vos objectifs
          <span className="fr-hint-text">De un à trois objectifs concrets, par exemple « Écrire mon premier script R ».</span>
        </legend>
        {goals.map((goal, index) => (
          <div key={goal.key} className="fr-fieldset__element">
            <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
              <div className="fr-col">
                <Input
                  label={`Objectif ${index + 1}`}
                  className="fr-mb-0"
                  {...fieldState(errors.goals[goal.key])}
                  nativeInputProps={{
                    ref: (input) => {
                      if (input) goalInputs.current.set(goal.key, input);
                      else goalInputs.current.delete(goal.key);
                    },
                    id: `${idPrefix}-goal-${goal.key}`,
                    name: "goals",
                    maxLength: 200,
                    required: true,
                    value: goal.text,
                    onChange: (event) => changeGoal(goal.key, event.target.value),
                  }}
                />
              </div>
              {goals.length > 1 && (
                <div className="fr-col-auto">
                  <Button
                    type="button"
                    priority="tertiary"
                    size="small"
                    iconId="fr-icon-delete-line"
                    onClick={() => removeGoal(index)}
                    nativeButtonProps={{ "aria-label": `Retirer l'objectif ${index + 1}` }}
                  >
                    Retirer
                  </Button>
                </div>
              )}
            </div>
          </div>
        ))}
        {goalsError && (
          <div className="fr-messages-group" id={`${idPrefix}-goals-error`} aria-live="polite">
            <p className="fr-message fr-message--error">{goalsError}</p>
          </div>
        )}
        {goals.length < MAX_GOALS && (
          <div className="fr-fieldset__element">
            <Button type="button" priority="secondary" size="small" iconId="fr-icon-add-line" onClick={addGoal}>
              Ajouter un objectif
            </Button>
          </div>
        )}
      </fieldset>
      <ButtonsGroup
        inlineLayoutWhen="md and up"
        buttons={[
          { children: "Envoyer ma demande", type: "submit", disabled: request.isPending },
          { children: "Annuler", type: "button", priority: "secondary", onClick: onCancel },
        ]}
      />
    </form>
  );
}
