import { Input } from "@codegouvfr/react-dsfr/Input";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useIsModalOpen } from "@codegouvfr/react-dsfr/Modal/useIsModalOpen";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { useState, type FormEvent } from "react";
import { ProblemAlert } from "../../../components/problem-alert";
import { fieldState, mapFieldErrors } from "../../../lib/api/field-errors";
import type { DeclineReason, Mentorship, MentorshipAction } from "../../../lib/api/types";
import { useChangeMentorshipStatus, type MentorshipTransition } from "../api/change-mentorship-status";
import { DECLINE_REASON_LABELS, DECLINE_REASONS } from "../utils/mentorship-labels";
import { counterpartOf } from "../utils/mentorship-rules";

/** The changes that end or refuse a pairing: each one asks for a confirmation first. */
export const CONFIRMED_ACTIONS = ["DECLINE", "WITHDRAW", "COMPLETE", "CANCEL"] as const satisfies readonly MentorshipAction[];

export type ConfirmedAction = (typeof CONFIRMED_ACTIONS)[number];

export function needsConfirmation(action: MentorshipAction): action is ConfirmedAction {
  return CONFIRMED_ACTIONS.some((confirmed) => confirmed === action);
}

const MODALS: Record<ConfirmedAction, ReturnType<typeof createModal>> = {
  DECLINE: createModal({ id: "mentorship-decline-modal", isOpenedByDefault: false }),
  WITHDRAW: createModal({ id: "mentorship-withdraw-modal", isOpenedByDefault: false }),
  COMPLETE: createModal({ id: "mentorship-complete-modal", isOpenedByDefault: false }),
  CANCEL: createModal({ id: "mentorship-cancel-modal", isOpenedByDefault: false }),
};

/** Props of the button that opens the confirmation of `action`. */
export function confirmationButtonProps(action: ConfirmedAction) {
  return MODALS[action].buttonProps;
}

type Wording = { title: string; explanation: (mentorship: Mentorship) => string; confirm: string };

const WORDING: Record<ConfirmedAction, Wording> = {
  DECLINE: {
    title: "Décliner cette demande ?",
    explanation: ({ mentee }) => `${mentee.displayName} recevra votre réponse et son motif, et pourra solliciter un autre mentor.`,
    confirm: "Confirmer le refus",
  },
  WITHDRAW: {
    title: "Retirer votre demande ?",
    explanation: ({ mentor }) => `${mentor.displayName} ne pourra plus y répondre. Vous pourrez solliciter un autre mentor.`,
    confirm: "Confirmer le retrait",
  },
  COMPLETE: {
    title: "Terminer ce mentorat ?",
    explanation: () => "Le mentorat sera clos pour vous deux ; il restera visible dans vos mentorats terminés.",
    confirm: "Confirmer la fin du mentorat",
  },
  CANCEL: {
    title: "Annuler ce mentorat ?",
    explanation: () => "Le mentorat s'arrêtera pour vous deux. Expliquez pourquoi : l'autre personne lira votre raison.",
    confirm: "Confirmer l'annulation",
  },
};

type Draft = { reason: DeclineReason | ""; text: string };
type DraftErrors = Partial<Record<keyof Draft, string>>;

const EMPTY_DRAFT: Draft = { reason: "", text: "" };

/** The property of the request body that the text area fills, to put the server's messages on it. */
const TEXT_FIELDS: Record<ConfirmedAction, string> = { DECLINE: "comment", WITHDRAW: "comment", COMPLETE: "comment", CANCEL: "reason" };

/** « Autre raison » says nothing by itself: the server requires a comment with it. */
function needsText(action: ConfirmedAction, { reason }: Draft): boolean {
  return action === "CANCEL" || (action === "DECLINE" && reason === "OTHER");
}

function textLabel(action: ConfirmedAction, draft: Draft): string {
  if (action === "CANCEL") return "Raison de l'annulation";
  return needsText(action, draft) ? "Commentaire" : "Commentaire (facultatif)";
}

function textHint(action: ConfirmedAction, draft: Draft, counterpartName: string): string {
  const visibility = `Visible de ${counterpartName} dans l'historique du mentorat.`;
  if (action !== "DECLINE" || !needsText(action, draft)) return visibility;
  return `Obligatoire avec « ${DECLINE_REASON_LABELS.OTHER} » : précisez le motif. ${visibility}`;
}

/** The request to send, or what the person must still fill in. */
function toTransition(action: ConfirmedAction, { reason, text }: Draft): MentorshipTransition | DraftErrors {
  const comment = text.trim();
  switch (action) {
    case "DECLINE":
      if (!reason) return { reason: "Choisissez un motif." };
      if (reason === "OTHER" && !comment) return { text: "Précisez en quelques mots le motif « Autre »." };
      return { action, body: comment ? { reason, comment } : { reason } };
    case "CANCEL":
      if (!comment) return { text: "Indiquez la raison de l'annulation." };
      return { action, body: { reason: comment } };
    case "WITHDRAW":
    case "COMPLETE":
      return { action, body: comment ? { comment } : {} };
  }
}

type ConfirmTransitionModalProps = {
  action: ConfirmedAction;
  mentorship: Mentorship;
  onDone: (action: ConfirmedAction) => void;
};

/** A DSFR modal that asks to confirm a change, with its reason or comment, and shows why the server refused it. */
export function ConfirmTransitionModal({ action, mentorship, onDone }: ConfirmTransitionModalProps) {
  const modal = MODALS[action];
  const wording = WORDING[action];
  const change = useChangeMentorshipStatus(mentorship.id);
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const [errors, setErrors] = useState<DraftErrors>({});
  const formId = `${modal.id}-form`;
  const counterpart = counterpartOf(mentorship);
  const textField = TEXT_FIELDS[action];
  // DECLINE's `reason` is the radio choice; CANCEL's is the text.
  const fieldNames = action === "DECLINE" ? ["reason", textField] : [textField];
  const serverErrors = mapFieldErrors(change.error, fieldNames);

  useIsModalOpen(modal, {
    onConceal: () => {
      setDraft(EMPTY_DRAFT);
      setErrors({});
      change.reset();
    },
  });

  const edit = (changes: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...changes }));
    setErrors({});
    change.reset();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const transition = toTransition(action, draft);
    if (!("action" in transition)) {
      setErrors(transition);
      return;
    }
    change.mutate(transition, {
      onSuccess: () => {
        modal.close();
        onDone(action);
      },
    });
  };

  return (
    <modal.Component
      title={wording.title}
      titleAs="h2"
      buttons={[
        { children: "Revenir au mentorat", priority: "secondary" },
        {
          children: wording.confirm,
          doClosesModal: false,
          type: "submit",
          disabled: change.isPending,
          nativeButtonProps: { form: formId },
        },
      ]}
    >
      <p>{wording.explanation(mentorship)}</p>
      <form id={formId} onSubmit={submit} noValidate>
        {action === "DECLINE" && (
          <RadioButtons
            legend="Motif du refus"
            name={`${modal.id}-reason`}
            {...fieldState(errors.reason ?? serverErrors.reason)}
            options={DECLINE_REASONS.map((reason) => ({
              label: DECLINE_REASON_LABELS[reason],
              nativeInputProps: { value: reason, checked: draft.reason === reason, onChange: () => edit({ reason }) },
            }))}
          />
        )}
        <Input
          label={textLabel(action, draft)}
          hintText={textHint(action, draft, counterpart.displayName)}
          textArea
          {...fieldState(errors.text ?? serverErrors[textField])}
          nativeTextAreaProps={{
            name: "comment",
            rows: 3,
            maxLength: 2000,
            required: needsText(action, draft),
            value: draft.text,
            onChange: (event) => edit({ text: event.target.value }),
          }}
        />
      </form>
      {change.isError && <ProblemAlert error={change.error} title="Le mentorat n'a pas été modifié" fieldNames={fieldNames} />}
    </modal.Component>
  );
}
