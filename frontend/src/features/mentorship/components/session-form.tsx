import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useState, type FormEvent } from "react";
import { ProblemAlert } from "../../../components/problem-alert";
import { fieldState, mapFieldErrors, type FieldMessages } from "../../../lib/api/field-errors";
import type { MentorshipSession, MentorshipSessionCreate } from "../../../lib/api/types";
import { today } from "../../../utils/calendar-date";
import { useCreateMentorshipSession } from "../api/create-mentorship-session";
import { useUpdateMentorshipSession } from "../api/update-mentorship-session";

const SESSION_FIELDS = ["heldOn", "durationMinutes", "topics", "notes"] as const;
type SessionField = (typeof SESSION_FIELDS)[number];
type SessionDraft = Record<SessionField, string>;

const MIN_MINUTES = 5;
const MAX_MINUTES = 600;

const emptyDraft = (): SessionDraft => ({ heldOn: today(), durationMinutes: "60", topics: "", notes: "" });

const draftOf = (session: MentorshipSession): SessionDraft => ({
  heldOn: session.heldOn,
  durationMinutes: String(session.durationMinutes),
  topics: session.topics,
  notes: session.notes ?? "",
});

type Checked = { session: MentorshipSessionCreate; errors?: never } | { session?: never; errors: FieldMessages<SessionField> };

function toSession(draft: SessionDraft): Checked {
  const errors: FieldMessages<SessionField> = {};
  const minutes = Number(draft.durationMinutes);
  if (!draft.heldOn) errors.heldOn = "Indiquez la date de la séance.";
  if (!Number.isInteger(minutes) || minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
    errors.durationMinutes = `Indiquez une durée de ${MIN_MINUTES} à ${MAX_MINUTES} minutes.`;
  }
  if (!draft.topics.trim()) errors.topics = "Dites en quelques mots ce que vous avez vu ensemble.";
  if (Object.keys(errors).length > 0) return { errors };
  const notes = draft.notes.trim();
  return { session: { heldOn: draft.heldOn, durationMinutes: minutes, topics: draft.topics.trim(), ...(notes ? { notes } : {}) } };
}

/** The draft being typed, what is wrong with it (the browser's checks, then the server's), and how to change it. */
function useSessionDraft(initial: () => SessionDraft, serverError: unknown, onEdit: () => void) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldMessages<SessionField>>({});
  return {
    draft,
    setDraft,
    shown: { ...mapFieldErrors(serverError, SESSION_FIELDS), ...errors },
    setErrors,
    change: (field: SessionField, value: string) => {
      setDraft((current) => ({ ...current, [field]: value }));
      setErrors({});
      onEdit();
    },
  };
}

type SessionFieldsProps = {
  draft: SessionDraft;
  errors: FieldMessages<SessionField>;
  change: (field: SessionField, value: string) => void;
  startedOn?: string;
};

/** The date, duration, topics and notes of a session, between the start of the pairing and today. */
function SessionFields({ draft, errors, change, startedOn }: SessionFieldsProps) {
  return (
    <>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="Date de la séance"
            {...fieldState(errors.heldOn)}
            nativeInputProps={{
              type: "date",
              name: "heldOn",
              required: true,
              min: startedOn,
              max: today(),
              value: draft.heldOn,
              onChange: (event) => change("heldOn", event.target.value),
            }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="Durée (en minutes)"
            hintText={`De ${MIN_MINUTES} à ${MAX_MINUTES} minutes`}
            {...fieldState(errors.durationMinutes)}
            nativeInputProps={{
              type: "number",
              name: "durationMinutes",
              inputMode: "numeric",
              required: true,
              min: MIN_MINUTES,
              max: MAX_MINUTES,
              step: 5,
              value: draft.durationMinutes,
              onChange: (event) => change("durationMinutes", event.target.value),
            }}
          />
        </div>
      </div>
      <Input
        label="Sujets abordés"
        hintText="Par exemple : import de fichiers CSV avec readr, premières jointures avec dplyr"
        {...fieldState(errors.topics)}
        nativeInputProps={{
          name: "topics",
          required: true,
          maxLength: 500,
          value: draft.topics,
          onChange: (event) => change("topics", event.target.value),
        }}
      />
      <Input
        label="Notes partagées (facultatif)"
        hintText="Visibles de vous deux : ce qui reste à faire, les ressources utiles…"
        textArea
        {...fieldState(errors.notes)}
        nativeTextAreaProps={{
          name: "notes",
          rows: 3,
          maxLength: 5000,
          value: draft.notes,
          onChange: (event) => change("notes", event.target.value),
        }}
      />
    </>
  );
}

/** Logs a session that took place, between the start of the pairing and today. */
export function SessionForm({ mentorshipId, startedOn }: { mentorshipId: string; startedOn?: string }) {
  const create = useCreateMentorshipSession(mentorshipId);
  const { draft, setDraft, shown, setErrors, change } = useSessionDraft(emptyDraft, create.error, create.reset);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { session, errors: missing } = toSession(draft);
    if (missing) {
      setErrors(missing);
      return;
    }
    create.mutate(session, { onSuccess: () => setDraft(emptyDraft()) });
  };

  return (
    <form onSubmit={submit} noValidate className="fr-mt-4w">
      <h3 className="fr-h5">Noter une séance</h3>
      <SessionFields draft={draft} errors={shown} change={change} startedOn={startedOn} />
      {create.isError && <ProblemAlert error={create.error} title="La séance n'a pas été notée" fieldNames={SESSION_FIELDS} />}
      {create.isSuccess && <Alert severity="success" small role="status" className="fr-mb-3w" description="La séance est notée." />}
      <Button type="submit" iconId="fr-icon-add-line" disabled={create.isPending}>
        Noter la séance
      </Button>
    </form>
  );
}

type SessionEditFormProps = {
  mentorshipId: string;
  session: MentorshipSession;
  startedOn?: string;
  onSaved: () => void;
  onCancel: () => void;
};

/** Corrects a session already logged; emptying the notes removes them. */
export function SessionEditForm({ mentorshipId, session, startedOn, onSaved, onCancel }: SessionEditFormProps) {
  const update = useUpdateMentorshipSession(mentorshipId);
  const { draft, shown, setErrors, change } = useSessionDraft(() => draftOf(session), update.error, update.reset);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { session: corrected, errors: missing } = toSession(draft);
    if (missing) {
      setErrors(missing);
      return;
    }
    // An absent field would stay unchanged: empty notes are sent, to remove them.
    update.mutate({ sessionId: session.id, body: { notes: "", ...corrected } }, { onSuccess: onSaved });
  };

  return (
    <form onSubmit={submit} noValidate>
      <SessionFields draft={draft} errors={shown} change={change} startedOn={startedOn} />
      {update.isError && <ProblemAlert error={update.error} title="La séance n'a pas été modifiée" fieldNames={SESSION_FIELDS} />}
      <ButtonsGroup
        inlineLayoutWhen="md and up"
        buttons={[
          { children: "Enregistrer la séance", type: "submit", disabled: update.isPending },
          { children: "Annuler", type: "button", priority: "secondary", onClick: onCancel },
        ]}
      />
    </form>
  );
}
