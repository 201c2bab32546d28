import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import type { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useIsModalOpen } from "@codegouvfr/react-dsfr/Modal/useIsModalOpen";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, type KeyboardEvent, useState } from "react";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { fieldState, mapFieldErrors } from "../../../lib/api/field-errors";
import type { MentorCandidate } from "../../../lib/api/types";
import { totalFigure } from "../../../lib/list-total";
import { animationQueries, useClosePairing, useReassignPairing } from "../api/animation-queries";

export type PairingAction = "close" | "reassign";

/** The line an action is about: its state and its two people's names (never what they wrote). */
export type PairingTarget = { id: string; status: string; menteeName: string; mentorName: string };

const REASON_MIN = 3;
const REASON_MAX = 500;
const FIELDS = ["reason", "mentorId"] as const;

/** Requests and pairings under way: the ones the console may still close or give to another mentor. */
export function isOpenPairing(status: string): boolean {
  return status === "PENDING" || status === "ACCEPTED" || status === "PAUSED";
}

function whatEnds(target: PairingTarget): string {
  return target.status === "PENDING"
    ? `La demande de ${target.menteeName} à ${target.mentorName} sera retirée : le mentor n'aura plus à y répondre.`
    : `Le mentorat de ${target.menteeName} avec ${target.mentorName} sera annulé : la place du mentor se libère et les deux personnes sont invitées à donner leur avis.`;
}

function candidateHint(candidate: MentorCandidate): string {
  const places = candidate.freePlaces === 1 ? "1 place libre" : `${candidate.freePlaces} places libres`;
  return candidate.organization ? `${candidate.organization} · ${places}` : places;
}

type MentorChoiceProps = {
  target: PairingTarget;
  mentorId: string;
  onChoose: (id: string, name: string) => void;
  error?: string;
};

/** The mentors who may take over the request, the ones with the most room first, narrowed by a search. */
function MentorChoice({ target, mentorId, onChoose, error }: MentorChoiceProps) {
  const [draft, setDraft] = useState("");
  const [q, setQ] = useState("");
  const candidates = useQuery(animationQueries.mentorCandidates(target.id, q));

  // The search lives inside the action's form: Enter searches instead of confirming the action.
  const searchOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      setQ(draft.trim());
    }
  };

  return (
    <div className="fr-mb-4w">
      <div className="fr-grid-row fr-grid-row--bottom fr-grid-row--gutters">
        <div className="fr-col">
          <Input
            label="Chercher un mentor"
            hintText="Nom ou organisation"
            nativeInputProps={{
              type: "search",
              value: draft,
              maxLength: 200,
              onChange: (event) => setDraft(event.target.value),
              onKeyDown: searchOnEnter,
            }}
          />
        </div>
        <div className="fr-col-auto fr-mb-3w">
          <Button type="button" priority="secondary" onClick={() => setQ(draft.trim())}>
            Chercher
          </Button>
        </div>
      </div>
      {candidates.isPending && <LoadingMessage>Recherche des mentors disponibles…</LoadingMessage>}
      {candidates.isError && <ProblemAlert error={candidates.error} title="Les mentors disponibles n'ont pas pu être chargés" />}
      {candidates.isSuccess && candidates.data.total === 0 && (
        <p role="status">
          {q ? `Aucun mentor disponible ne correspond à « ${q} ».` : "Aucun mentor n'a de place libre pour cette personne en ce moment."}
        </p>
      )}
      {candidates.isSuccess && candidates.data.total > 0 && (
        <RadioButtons
          legend="Nouveau mentor"
          hintText={
            candidates.data.total > candidates.data.items.length
              ? `Les ${candidates.data.items.length} mentors qui ont le plus de places libres, sur ${totalFigure(candidates.data)} : précisez la recherche pour en voir d'autres.`
              : "Les mentors qui accompagnent et ont une place libre."
          }
          {...fieldState(error)}
          options={candidates.data.items.map((candidate) => ({
            label: candidate.displayName,
            hintText: candidateHint(candidate),
            nativeInputProps: {
              name: "mentorId",
              value: candidate.id,
              checked: mentorId === candidate.id,
              onChange: () => onChoose(candidate.id, candidate.displayName),
            },
          }))}
        />
      )}
    </div>
  );
}

type PairingActionModalProps = {
  modal: ReturnType<typeof createModal>;
  action: PairingAction;
  /** The line the modal is about; null until one is chosen. */
  target: PairingTarget | null;
  onDone: (message: string) => void;
};

/**
 * Closes a request or a pairing, or gives the mentee's request to another mentor, with the animateurs' message to the
 * two people: the modal is the confirmation, nothing happens before its button.
 */
export function PairingActionModal({ modal, action, target, onDone }: PairingActionModalProps) {
  const close = useClosePairing();
  const reassign = useReassignPairing();
  const mutation = action === "close" ? close : reassign;
  const [reason, setReason] = useState("");
  const [mentor, setMentor] = useState<{ id: string; name: string } | null>(null);
  const [errors, setErrors] = useState<Partial<Record<(typeof FIELDS)[number], string>>>({});
  const serverErrors = mapFieldErrors(mutation.error, FIELDS);
  const formId = `${modal.id}-form`;

  useIsModalOpen(modal, {
    onConceal: () => {
      setReason("");
      setMentor(null);
      setErrors({});
      close.reset();
      reassign.reset();
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!target) return;
    const message = reason.trim();
    const found: typeof errors = {};
    if (message.length < REASON_MIN) found.reason = `Écrivez un message d'au moins ${REASON_MIN} caractères.`;
    if (action === "reassign" && !mentor) found.mentorId = "Choisissez le nouveau mentor.";
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const done = () => {
      modal.close();
      onDone(
        action === "close"
          ? target.status === "PENDING"
            ? `La demande de ${target.menteeName} à ${target.mentorName} est close : les deux personnes ont reçu votre message.`
            : `Le mentorat de ${target.menteeName} avec ${target.mentorName} est clos : les deux personnes ont reçu votre message.`
          : `La demande de ${target.menteeName} est confiée à ${mentor?.name ?? "un autre mentor"}, qui doit maintenant y répondre.`,
      );
    };
    if (action === "close") close.mutate({ id: target.id, reason: message }, { onSuccess: done });
    else if (mentor) reassign.mutate({ id: target.id, mentorId: mentor.id, reason: message }, { onSuccess: done });
  };

  const title = !target
    ? ""
    : action === "close"
      ? `Clore ${target.status === "PENDING" ? "la demande" : "le mentorat"} de ${target.menteeName} avec ${target.mentorName} ?`
      : `Confier la demande de ${target.menteeName} à un autre mentor ?`;

  return (
    <modal.Component
      title={title}
      titleAs="h2"
      size="large"
      buttons={[
        { children: "Annuler", priority: "secondary" },
        {
          children: action === "close" ? "Clore" : "Réattribuer",
          doClosesModal: false,
          type: "submit",
          disabled: mutation.isPending,
          nativeButtonProps: { form: formId },
        },
      ]}
    >
      {target && (
        <>
          <p>
            {whatEnds(target)}
            {action === "reassign" &&
              " Une nouvelle demande, avec le même message et les mêmes objectifs, partira au mentor choisi, qui devra l'accepter."}
          </p>
          {mutation.isError && <ProblemAlert error={mutation.error} title="L'action n'a pas abouti" fieldNames={[...FIELDS]} />}
          <form id={formId} onSubmit={submit} noValidate>
            {action === "reassign" && (
              <MentorChoice
                key={target.id}
                target={target}
                mentorId={mentor?.id ?? ""}
                onChoose={(id, name) => {
                  setMentor({ id, name });
                  setErrors((previous) => ({ ...previous, mentorId: undefined }));
                }}
                error={errors.mentorId ?? serverErrors.mentorId}
              />
            )}
            <Input
              label="Message aux deux personnes"
              hintText={`Entre ${REASON_MIN} et ${REASON_MAX} caractères (${reason.length} / ${REASON_MAX}). ${target.menteeName} et ${target.mentorName} le reçoivent par notification et par e-mail ; il reste dans l'historique du mentorat.`}
              textArea
              {...fieldState(errors.reason ?? serverErrors.reason)}
              nativeTextAreaProps={{
                name: "reason",
                value: reason,
                maxLength: REASON_MAX,
                rows: 4,
                onChange: (event) => {
                  setReason(event.target.value);
                  setErrors((previous) => ({ ...previous, reason: undefined }));
                },
              }}
            />
          </form>
        </>
      )}
    </modal.Component>
  );
}
