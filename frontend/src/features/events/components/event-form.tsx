import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { ProblemAlert } from "../../../components/problem-alert";
import { UnsavedChangesGuard } from "../../../components/unsaved-changes-guard";
import { fieldState, mapFieldErrors } from "../../../lib/api/field-errors";
import { pickOption } from "../../../lib/referentials/labels";
import { useSkills } from "../../../lib/referentials/skills";
import { searchPaths, searchProjects } from "../api/link-searches";
import { checkEventDraft, EVENT_FIELDS, MAX_TOPICS, type EventDraft, type EventDraftErrors } from "../utils/event-draft";
import {
  EVENT_LANGUAGE_LABELS,
  EVENT_LANGUAGES,
  EVENT_LEVEL_LABELS,
  EVENT_LEVELS,
  EVENT_TYPE_LABELS,
  EVENT_TYPES,
} from "../utils/event-labels";
import { LinkedItemField } from "./linked-item-field";
import { SpeakersField } from "./speakers-field";

type EventFormProps = {
  initialDraft: EventDraft;
  /** Editing an existing event: the replay and slides fields are offered once it has started. */
  editing?: { started: boolean };
  submitLabel: string;
  /** Called once the draft is checked. */
  onSubmit: (draft: EventDraft) => void;
  isPending: boolean;
  /** The server's refusal: its field errors go on their fields. */
  error: unknown;
  onCancel: () => void;
};

/** Creates or edits an event; dates and times are entered as at Paris, whatever the computer's time zone. */
export function EventForm({ initialDraft, editing, submitLabel, onSubmit, isPending, error, onCancel }: EventFormProps) {
  const [draft, setDraft] = useState(initialDraft);
  const [errors, setErrors] = useState<EventDraftErrors>({});
  const skills = useSkills();
  const serverErrors = mapFieldErrors(error, EVENT_FIELDS);
  const messageOf = (field: keyof EventDraftErrors) => errors[field] ?? serverErrors[field];

  // Read at navigation time: a saved or unchanged form leaves freely.
  const isSubmitting = useRef(false);
  const dirty = useRef(false);
  const hasUnsavedChanges = useCallback(() => dirty.current && !isSubmitting.current, []);

  // A refusal of the server lets the person go on editing, and leave only with a question.
  useEffect(() => {
    if (error) isSubmitting.current = false;
  }, [error]);

  const change = <Key extends keyof EventDraft>(key: Key, value: EventDraft[Key]) => {
    dirty.current = true;
    setDraft((current) => ({ ...current, [key]: value }));
    const field = key === "startsAtTime" ? "startsAt" : key === "endsAtTime" ? "endsAt" : key;
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = checkEventDraft(draft);
    setErrors(found);
    const first = EVENT_FIELDS.find((field) => found[field]);
    if (first) {
      // The first field in error takes the focus, so that its message is read.
      document.querySelector<HTMLElement>(first === "speakers" ? `[name^="speaker-"]` : `[name="${first}"]`)?.focus();
      return;
    }
    isSubmitting.current = true;
    onSubmit(draft);
  };

  const toggleTopic = (code: string, checked: boolean) =>
    change("topics", checked ? [...draft.topics, code] : draft.topics.filter((topic) => topic !== code));

  const dateTime = (field: "startsAt" | "endsAt", legend: string) => (
    <fieldset
      className={`fr-fieldset${messageOf(field) ? " fr-fieldset--error" : ""}`}
      aria-labelledby={`${field}-legend`}
      aria-describedby={messageOf(field) ? `${field}-error` : undefined}
    >
      <legend id={`${field}-legend`} className="fr-fieldset__legend">
        {legend}
        <span className="fr-hint-text">Heure de Paris</span>
      </legend>
      <div className="fr-fieldset__element fr-fieldset__element--inline">
        <Input
          label="Date"
          nativeInputProps={{ name: field, type: "date", value: draft[field], onChange: (event) => change(field, event.target.value) }}
        />
      </div>
      <div className="fr-fieldset__element fr-fieldset__element--inline">
        <Input
          label="Heure"
          nativeInputProps={{
            name: `${field}Time`,
            type: "time",
            value: draft[`${field}Time`],
            onChange: (event) => change(`${field}Time`, event.target.value),
          }}
        />
      </div>
      {messageOf(field) && (
        <div className="fr-messages-group" id={`${field}-error`} aria-live="assertive">
          <p className="fr-message fr-message--error">{messageOf(field)}</p>
        </div>
      )}
    </fieldset>
  );

  return (
    <form onSubmit={submit} noValidate aria-label={editing ? "Modifier l'événement" : "Créer un événement"}>
      <UnsavedChangesGuard when={hasUnsavedChanges} />
      {error ? <ProblemAlert error={error} title="L'événement n'a pas été enregistré" fieldNames={EVENT_FIELDS} /> : null}
      <p className="fr-hint-text">Sauf mention contraire, tous les champs sont obligatoires.</p>
      <Input
        label="Titre"
        hintText="Entre 3 et 150 caractères"
        {...fieldState(messageOf("title"))}
        nativeInputProps={{ name: "title", value: draft.title, maxLength: 150, onChange: (event) => change("title", event.target.value) }}
      />
      <Select
        label="Type d'événement"
        {...fieldState(messageOf("type"))}
        nativeSelectProps={{
          name: "type",
          value: draft.type,
          onChange: (event) => change("type", pickOption(EVENT_TYPES, event.target.value)),
        }}
      >
        <option value="" disabled>
          Choisir un type
        </option>
        {EVENT_TYPES.map((type) => (
          <option key={type} value={type}>
            {EVENT_TYPE_LABELS[type]}
          </option>
        ))}
      </Select>
      {dateTime("startsAt", "Début")}
      {dateTime("endsAt", "Fin")}
      <Input
        label="Lien de connexion (facultatif si un lieu est donné)"
        hintText="Commence par https:// ; seuls les inscrits confirmés et les organisateurs le verront"
        {...fieldState(messageOf("onlineUrl"))}
        nativeInputProps={{
          name: "onlineUrl",
          type: "url",
          value: draft.onlineUrl,
          maxLength: 2000,
          onChange: (event) => change("onlineUrl", event.target.value),
        }}
      />
      <Input
        label="Lieu (facultatif si un lien est donné)"
        hintText="Adresse ou salle, 200 caractères au plus"
        {...fieldState(messageOf("place"))}
        nativeInputProps={{ name: "place", value: draft.place, maxLength: 200, onChange: (event) => change("place", event.target.value) }}
      />
      <Input
        label="Nombre de places (facultatif)"
        hintText="De 1 à 10 000 ; laissez vide pour ne pas limiter. Au-delà, les inscrits vont en liste d'attente."
        {...fieldState(messageOf("capacity"))}
        nativeInputProps={{
          name: "capacity",
          inputMode: "numeric",
          value: draft.capacity,
          onChange: (event) => change("capacity", event.target.value),
        }}
      />
      <Select
        label="Niveau (facultatif)"
        {...fieldState(messageOf("level"))}
        nativeSelectProps={{
          name: "level",
          value: draft.level,
          onChange: (event) => change("level", pickOption(EVENT_LEVELS, event.target.value)),
        }}
      >
        <option value="">Tous niveaux</option>
        {EVENT_LEVELS.map((level) => (
          <option key={level} value={level}>
            {EVENT_LEVEL_LABELS[level]}
          </option>
        ))}
      </Select>
      <RadioButtons
        legend="Langage de programmation"
        name="language"
        orientation="horizontal"
        {...fieldState(messageOf("language"))}
        options={EVENT_LANGUAGES.map((language) => ({
          label: EVENT_LANGUAGE_LABELS[language],
          nativeInputProps: { value: language, checked: draft.language === language, onChange: () => change("language", language) },
        }))}
      />
      <Checkbox
        legend="Thèmes (facultatif)"
        hintText={`Jusqu'à ${MAX_TOPICS} thèmes`}
        orientation="horizontal"
        small
        {...fieldState(messageOf("topics"))}
        options={(skills.data ?? []).map((skill) => ({
          label: skill.name,
          nativeInputProps: {
            name: "topics",
            value: skill.code,
            checked: draft.topics.includes(skill.code),
            onChange: (event) => toggleTopic(skill.code, event.target.checked),
          },
        }))}
      />
      <SpeakersField speakers={draft.speakers} onChange={(speakers) => change("speakers", speakers)} error={messageOf("speakers")} />
      <Input
        label="Présentation (facultatif)"
        hintText="Le programme, pour qui, ce qu'il faut préparer. En Markdown : **gras**, *italique*, - une liste, [un lien](https://…)."
        textArea
        {...fieldState(messageOf("description"))}
        nativeTextAreaProps={{
          name: "description",
          value: draft.description,
          maxLength: 20000,
          rows: 8,
          onChange: (event) => change("description", event.target.value),
        }}
      />
      <LinkedItemField
        name="project"
        legend="Projet présenté (facultatif)"
        noun="le projet"
        searchLabel="Chercher un projet par son titre"
        value={draft.project}
        onChange={(project) => change("project", project)}
        search={searchProjects}
      />
      <LinkedItemField
        name="path"
        legend="Parcours lié (facultatif)"
        noun="le parcours"
        searchLabel="Chercher un parcours par son titre"
        value={draft.path}
        onChange={(path) => change("path", path)}
        search={searchPaths}
      />
      {editing?.started && (
        <>
          <Input
            label="Lien du replay (facultatif)"
            hintText="Commence par https:// ; les inscrits seront prévenus par e-mail"
            {...fieldState(messageOf("replayUrl"))}
            nativeInputProps={{
              name: "replayUrl",
              type: "url",
              value: draft.replayUrl,
              onChange: (event) => change("replayUrl", event.target.value),
            }}
          />
          <Input
            label="Lien des supports (facultatif)"
            hintText="Commence par https://"
            {...fieldState(messageOf("slidesUrl"))}
            nativeInputProps={{
              name: "slidesUrl",
              type: "url",
              value: draft.slidesUrl,
              onChange: (event) => change("slidesUrl", event.target.value),
            }}
          />
        </>
      )}
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Button type="submit" disabled={isPending}>
            {submitLabel}
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" onClick={onCancel}>
            Annuler
          </Button>
        </li>
      </ul>
    </form>
  );
}
