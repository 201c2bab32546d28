import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { ButtonProps } from "@codegouvfr/react-dsfr/Button";
import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { useEffect, useRef, useState } from "react";
import { ProblemAlert } from "../../../components/problem-alert";
import type { Mentorship, MentorshipAction } from "../../../lib/api/types";
import { useChangeMentorshipStatus, type MentorshipTransition } from "../api/change-mentorship-status";
import { ACTION_DONE_MESSAGES, ACTION_LABELS } from "../utils/mentorship-labels";
import {
  CONFIRMED_ACTIONS,
  ConfirmTransitionModal,
  confirmationButtonProps,
  needsConfirmation,
  type ConfirmedAction,
} from "./confirm-transition-modal";

/** The order of the buttons: moving forward first, stopping last. */
const ACTION_ORDER: readonly MentorshipAction[] = ["ACCEPT", "RESUME", "DECLINE", "PAUSE", "COMPLETE", "WITHDRAW", "CANCEL"];

const PRIORITIES: Record<MentorshipAction, ButtonProps["priority"]> = {
  ACCEPT: "primary",
  RESUME: "primary",
  DECLINE: "secondary",
  PAUSE: "secondary",
  COMPLETE: "secondary",
  WITHDRAW: "secondary",
  CANCEL: "tertiary",
};

/** The changes made at once, without a confirmation: nothing is lost by them. */
const IMMEDIATE_TRANSITIONS: Record<Exclude<MentorshipAction, ConfirmedAction>, MentorshipTransition> = {
  ACCEPT: { action: "ACCEPT" },
  PAUSE: { action: "PAUSE", body: {} },
  RESUME: { action: "RESUME", body: {} },
};

/** Exactly the buttons the server allows now (`allowedActions`); the ones that end or refuse the pairing confirm first. */
export function MentorshipActions({ mentorship }: { mentorship: Mentorship }) {
  const change = useChangeMentorshipStatus(mentorship.id);
  const [done, setDone] = useState<MentorshipAction | null>(null);
  const feedback = useRef<HTMLDivElement>(null);

  // The button just used may be gone: take the focus to the message that says what happened.
  useEffect(() => {
    if (done) feedback.current?.focus();
  }, [done]);

  const act = (transition: MentorshipTransition) => {
    setDone(null);
    change.mutate(transition, { onSuccess: () => setDone(transition.action) });
  };

  const buttons: ButtonProps[] = ACTION_ORDER.filter((action) => mentorship.allowedActions.includes(action)).map((action) =>
    needsConfirmation(action)
      ? {
          children: ACTION_LABELS[action],
          priority: PRIORITIES[action],
          nativeButtonProps: { ...confirmationButtonProps(action), onClick: () => setDone(null) },
        }
      : {
          children: ACTION_LABELS[action],
          priority: PRIORITIES[action],
          disabled: change.isPending,
          onClick: () => act(IMMEDIATE_TRANSITIONS[action]),
        },
  );
  const [firstButton, ...otherButtons] = buttons;

  return (
    <>
      <div ref={feedback} tabIndex={-1}>
        {done && <Alert severity="success" small role="status" className="fr-mb-3w" description={ACTION_DONE_MESSAGES[done]} />}
      </div>
      {change.isError && <ProblemAlert error={change.error} title="Le mentorat n'a pas été modifié" />}
      {firstButton && <ButtonsGroup inlineLayoutWhen="md and up" buttons={[firstButton, ...otherButtons]} />}
      {CONFIRMED_ACTIONS.map((action) => (
        <ConfirmTransitionModal key={action} action={action} mentorship={mentorship} onDone={setDone} />
      ))}
    </>
  );
}
