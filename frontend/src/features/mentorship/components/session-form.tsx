import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useState, type FormEvent } from "react";
import { ProblemAlert } from "../../../components/problem-alert";
import { fieldState, mapFieldErrors, type FieldMessages } from "../../../lib/api/field-errors";
import type { MentorshipSessionCreate } from "../../../lib/api/types";
import { useCreateMentorshipSession } from "../api/create-mentorship-session";

const SESSION_FIELDS = ["heldOn", "durationMinutes", "topics", "notes"] as const;
type SessionField = (typeof SESSION_FIELDS)[number];
type SessionDraft = Record<SessionField, string>;

const MIN_MINUTES = 5;
const MAX_MINUTES = 600;

/** Today in the reader's calendar, as an ISO date. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

const emptyDraft = (): SessionDraft => ({ heldOn: today(), durationMinutes: "60", topics: "", notes: "" });

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

/** Logs a session that took place, between the start of the pairing and today. */
export function SessionForm({ mentorshipId, startedOn }: { mentorshipId: string; startedOn?: string }) {
  const [draft, setDraft] = useState(emptyDraft);
  const [errors, setErrors] = useState<FieldMessages<SessionField>>({});
  const create = useCreateMentorshipSession(mentorshipId);
  const shown = { ...mapFieldErrors(create.error, SESSION_FIELDS), ...errors };

  const change = (field: SessionField, value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setErrors({});
    create.reset();
  };

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
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="Date de la séance"
            {...fieldState(shown.heldOn)}
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
            {...fieldState(shown.durationMinutes)}
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
        {...fieldState(shown.topics)}
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
        {...fieldState(shown.notes)}
        nativeTextAreaProps={{
          name: "notes",
          rows: 3,
          maxLength: 5000,
          value: draft.notes,
          onChange: (event) => change("notes", event.target.value),
        }}
      />
      {create.isError && <ProblemAlert error={create.error} title="La séance n'a pas été notée" fieldNames={SESSION_FIELDS} />}
      {create.isSuccess && <Alert severity="success" small role="status" className="fr-mb-3w" description="La séance est notée." />}
      <Button type="submit" iconId="fr-icon-add-line" disabled={create.isPending}>
        Noter la séance
      </Button>
    </form>
  );
}
