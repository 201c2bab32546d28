import { Button } from "@codegouvfr/react-dsfr/Button";
import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useState, type FormEvent } from "react";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { fieldState, mapFieldErrors, type FieldMessages } from "../../../lib/api/field-errors";
import type { Mentorship, NextSession } from "../../../lib/api/types";
import { downloadBlob } from "../../../utils/download-file";
import { formatDateTime } from "../../../utils/format-date";
import { getNextSessionCalendar, useCancelNextSession, useNextSession, usePlanNextSession } from "../api/next-session";

const FIELDS = ["startsAt", "durationMinutes", "place", "videoUrl", "note"] as const;
type Field = (typeof FIELDS)[number];
type Draft = Record<Field, string>;

/** "2026-03-19T14:00" in the browser's time, as a datetime-local field shows it. */
function localInput(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const draftOf = (session: NextSession | null): Draft => ({
  startsAt: session ? localInput(session.startsAt) : "",
  durationMinutes: String(session?.durationMinutes ?? 60),
  place: session?.place ?? "",
  videoUrl: session?.videoUrl ?? "",
  note: session?.note ?? "",
});

function check(draft: Draft): FieldMessages<Field> {
  const errors: FieldMessages<Field> = {};
  if (!draft.startsAt) errors.startsAt = "Indiquez la date et l'heure de la séance.";
  else if (new Date(draft.startsAt).getTime() <= Date.now()) errors.startsAt = "La séance doit être prévue dans le futur.";
  const minutes = Number(draft.durationMinutes);
  if (!Number.isInteger(minutes) || minutes < 5 || minutes > 600) errors.durationMinutes = "Indiquez une durée de 5 à 600 minutes.";
  if (draft.videoUrl.trim() && !/^https:\/\/[^\s/]+/.test(draft.videoUrl.trim()))
    errors.videoUrl = "Le lien de visioconférence doit commencer par https://.";
  return errors;
}

/**
 * « Prochaine séance »: what the two parties planned, with its .ics for their calendar; either of them plans it,
 * moves it or cancels it while the pairing is under way. The other party is told, both are reminded the day before.
 */
export function NextSessionSection({ mentorship }: { mentorship: Mentorship }) {
  const planned = useNextSession(mentorship.id);
  const plan = usePlanNextSession(mentorship.id);
  const cancel = useCancelNextSession(mentorship.id);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<Draft>(draftOf(null));
  const [errors, setErrors] = useState<FieldMessages<Field>>({});
  const [status, setStatus] = useState("");
  const editable = mentorship.status === "ACCEPTED";

  if (planned.isPending) return <LoadingMessage>Chargement de la prochaine séance…</LoadingMessage>;
  if (planned.isError) return <ProblemAlert error={planned.error} title="La prochaine séance n'a pas pu être chargée" />;
  const session = planned.data;

  const open = () => {
    setDraft(draftOf(session));
    setErrors({});
    plan.reset();
    setEditing(true);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = check(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    plan.mutate(
      {
        startsAt: new Date(draft.startsAt).toISOString(),
        durationMinutes: Number(draft.durationMinutes),
        place: draft.place.trim() || undefined,
        videoUrl: draft.videoUrl.trim() || undefined,
        note: draft.note.trim() || undefined,
      },
      {
        onSuccess: () => {
          setEditing(false);
          setStatus("La prochaine séance est enregistrée : l'autre personne du binôme est prévenue.");
        },
        onError: (error) => setErrors(mapFieldErrors(error, FIELDS)),
      },
    );
  };
  const download = async () => {
    downloadBlob(await getNextSessionCalendar(mentorship.id), `seance-mentorat-${mentorship.id}.ics`);
  };
  const set = (field: Field) => (event: { target: { value: string } }) => setDraft({ ...draft, [field]: event.target.value });

  return (
    <>
      <p role="status">{status}</p>
      {session ? (
        <div className="fr-mb-2w">
          <p className="fr-text--lg fr-mb-1w">
            Le {formatDateTime(session.startsAt)} ({session.durationMinutes} min)
            {session.place ? `, ${session.place}` : ""}.
          </p>
          {session.videoUrl && (
            <p className="fr-mb-1w">
              Visio :{" "}
              <a href={session.videoUrl} target="_blank" rel="noreferrer">
                {session.videoUrl}
              </a>
            </p>
          )}
          {session.note && <p className="fr-mb-1w">Note : {session.note}</p>}
          <Button priority="secondary" size="small" iconId="fr-icon-calendar-line" onClick={download}>
            Ajouter à mon agenda (.ics)
          </Button>
        </div>
      ) : (
        <p>Aucune prochaine séance n'est fixée.{editable && " Fixez-la ensemble : vous recevrez tous deux un rappel la veille."}</p>
      )}
      {cancel.isError && <ProblemAlert error={cancel.error} title="La séance n'a pas pu être annulée" />}
      {editable && !editing && (
        <ButtonsGroup
          inlineLayoutWhen="sm and up"
          buttons={[
            { children: session ? "Déplacer la séance" : "Fixer la prochaine séance", priority: "primary", onClick: open },
            ...(session
              ? [
                  {
                    children: "Annuler la séance",
                    priority: "tertiary" as const,
                    onClick: () => cancel.mutate(undefined, { onSuccess: () => setStatus("La prochaine séance est annulée.") }),
                  },
                ]
              : []),
          ]}
        />
      )}
      {editing && (
        <form onSubmit={submit} noValidate aria-label="Prochaine séance">
          {plan.isError && <ProblemAlert error={plan.error} title="La séance n'a pas pu être enregistrée" fieldNames={[...FIELDS]} />}
          <Input
            label="Date et heure"
            nativeInputProps={{ type: "datetime-local", value: draft.startsAt, onChange: set("startsAt"), required: true }}
            {...fieldState(errors.startsAt)}
          />
          <Input
            label="Durée (minutes)"
            nativeInputProps={{ type: "number", min: 5, max: 600, value: draft.durationMinutes, onChange: set("durationMinutes") }}
            {...fieldState(errors.durationMinutes)}
          />
          <Input
            label="Lieu (facultatif)"
            nativeInputProps={{ value: draft.place, onChange: set("place"), maxLength: 200 }}
            {...fieldState(errors.place)}
          />
          <Input
            label="Lien de visioconférence (facultatif)"
            hintText="Par exemple https://webconf.numerique.gouv.fr/…"
            nativeInputProps={{ type: "url", value: draft.videoUrl, onChange: set("videoUrl") }}
            {...fieldState(errors.videoUrl)}
          />
          <Input
            label="Note (facultatif)"
            textArea
            nativeTextAreaProps={{ value: draft.note, onChange: set("note"), maxLength: 2000 }}
            {...fieldState(errors.note)}
          />
          <ButtonsGroup
            inlineLayoutWhen="sm and up"
            buttons={[
              { children: "Enregistrer la séance", type: "submit", disabled: plan.isPending },
              { children: "Annuler", priority: "secondary", type: "button", onClick: () => setEditing(false) },
            ]}
          />
        </form>
      )}
    </>
  );
}
