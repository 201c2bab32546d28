import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { Link } from "react-router";
import { ProblemAlert } from "../../../components/problem-alert";
import { UnsavedChangesGuard } from "../../../components/unsaved-changes-guard";
import { paths } from "../../../config/paths";
import { ApiError } from "../../../lib/api/api-error";
import { fieldState, mapFieldErrors } from "../../../lib/api/field-errors";
import type { ResourceDuplicateProblem, ResourceInput } from "../../../lib/api/types";
import { pickOption } from "../../../lib/referentials/labels";
import { useSkills } from "../../../lib/referentials/skills";
import { resourceQueries } from "../api/resources-queries";
import {
  checkDraft,
  isHttpsUrl,
  MAX_TOPICS,
  RESOURCE_FIELDS,
  toResourceInput,
  type DraftErrors,
  type ResourceDraft,
} from "../utils/resource-draft";
import {
  CONTENT_LANGUAGE_LABELS,
  CONTENT_LANGUAGES,
  PROGRAMMING_LANGUAGE_LABELS,
  PROGRAMMING_LANGUAGES,
  RESOURCE_LEVEL_LABELS,
  RESOURCE_LEVELS,
  RESOURCE_TYPE_LABELS,
  RESOURCE_TYPES,
} from "../utils/resource-labels";
import { UrlCheckNotice } from "./url-check-notice";

type ResourceFormProps = {
  initialDraft: ResourceDraft;
  /** The resource being edited, absent when proposing one. */
  resourceId?: string;
  submitLabel: string;
  onSubmit: (body: ResourceInput) => void;
  isPending: boolean;
  /** The server's refusal: its field errors go on their fields. */
  error: unknown;
  onCancel: () => void;
};

/** The resource the server names in a refusal of a duplicate address (problem extension `existingResourceId`). */
function existingResourceIdOf(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  return (error.problem as ResourceDuplicateProblem).existingResourceId ?? null;
}

/** Proposes or edits a resource: every field of the API, the duplicate address told as soon as the field is left. */
export function ResourceForm({ initialDraft, resourceId, submitLabel, onSubmit, isPending, error, onCancel }: ResourceFormProps) {
  const [draft, setDraft] = useState(initialDraft);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [checkedUrl, setCheckedUrl] = useState("");
  const urlCheck = useQuery({ ...resourceQueries.urlCheck(checkedUrl), enabled: checkedUrl !== "" });
  const skills = useSkills();
  const serverErrors = mapFieldErrors(error, RESOURCE_FIELDS);
  const messageOf = (field: keyof DraftErrors) => errors[field] ?? serverErrors[field];
  const existingId = existingResourceIdOf(error);

  // Read at navigation time: a saved or unchanged form leaves freely.
  const isSubmitting = useRef(false);
  const dirty = useRef(false);
  const hasUnsavedChanges = useCallback(() => dirty.current && !isSubmitting.current, []);

  // A refusal of the server lets the person go on editing, and leave only with a question.
  useEffect(() => {
    if (error) isSubmitting.current = false;
  }, [error]);

  const change = <Key extends keyof ResourceDraft>(key: Key, value: ResourceDraft[Key]) => {
    dirty.current = true;
    setDraft((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: undefined }));
  };

  const checkUrl = () => {
    const url = draft.url.trim();
    if (!url) return;
    if (!isHttpsUrl(url)) {
      setErrors((current) => ({ ...current, url: "Donnez l'adresse de la ressource, qui commence par https://." }));
      return;
    }
    if (url !== initialDraft.url) setCheckedUrl(url);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = checkDraft(draft);
    setErrors(found);
    const first = RESOURCE_FIELDS.find((field) => found[field]);
    if (first) {
      // The first field in error takes the focus, so that its message is read.
      document.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    isSubmitting.current = true;
    onSubmit(toResourceInput(draft));
  };

  const toggleTopic = (code: string, checked: boolean) =>
    change("topics", checked ? [...draft.topics, code] : draft.topics.filter((topic) => topic !== code));

  return (
    <form onSubmit={submit} noValidate aria-label={resourceId ? "Modifier la ressource" : "Proposer une ressource"}>
      <UnsavedChangesGuard when={hasUnsavedChanges} />
      {error ? (
        <ProblemAlert error={error} title="La ressource n'a pas été enregistrée" fieldNames={RESOURCE_FIELDS}>
          {existingId && (
            <p>
              <Link to={paths.training.resource.getHref(existingId)}>Voir la ressource déjà dans la bibliothèque</Link>
            </p>
          )}
        </ProblemAlert>
      ) : null}
      <p className="fr-hint-text">Sauf mention contraire, tous les champs sont obligatoires.</p>
      <Input
        label="Adresse de la ressource"
        hintText="Commence par https://, par exemple https://www.book.utilitr.org/"
        {...fieldState(messageOf("url"))}
        nativeInputProps={{
          name: "url",
          type: "url",
          value: draft.url,
          maxLength: 2000,
          onChange: (event) => {
            change("url", event.target.value);
            setCheckedUrl("");
          },
          onBlur: checkUrl,
        }}
      />
      <div aria-live="polite">{urlCheck.data && checkedUrl && <UrlCheckNotice check={urlCheck.data} ownId={resourceId} />}</div>
      <Input
        label="Titre"
        hintText="Entre 3 et 200 caractères"
        {...fieldState(messageOf("title"))}
        nativeInputProps={{ name: "title", value: draft.title, maxLength: 200, onChange: (event) => change("title", event.target.value) }}
      />
      <Select
        label="Type de ressource"
        {...fieldState(messageOf("type"))}
        nativeSelectProps={{
          name: "type",
          value: draft.type,
          onChange: (event) => change("type", pickOption(RESOURCE_TYPES, event.target.value)),
        }}
      >
        <option value="" disabled>
          Choisir un type
        </option>
        {RESOURCE_TYPES.map((type) => (
          <option key={type} value={type}>
            {RESOURCE_TYPE_LABELS[type]}
          </option>
        ))}
      </Select>
      <RadioButtons
        legend="Niveau"
        name="level"
        orientation="horizontal"
        {...fieldState(messageOf("level"))}
        options={RESOURCE_LEVELS.map((level) => ({
          label: RESOURCE_LEVEL_LABELS[level],
          nativeInputProps: { value: level, checked: draft.level === level, onChange: () => change("level", level) },
        }))}
      />
      <RadioButtons
        legend="Langage de programmation"
        name="programmingLanguage"
        orientation="horizontal"
        {...fieldState(messageOf("programmingLanguage"))}
        options={PROGRAMMING_LANGUAGES.map((language) => ({
          label: PROGRAMMING_LANGUAGE_LABELS[language],
          nativeInputProps: {
            value: language,
            checked: draft.programmingLanguage === language,
            onChange: () => change("programmingLanguage", language),
          },
        }))}
      />
      <RadioButtons
        legend="Langue du contenu"
        name="contentLanguage"
        orientation="horizontal"
        {...fieldState(messageOf("contentLanguage"))}
        options={CONTENT_LANGUAGES.map((language) => ({
          label: CONTENT_LANGUAGE_LABELS[language],
          nativeInputProps: {
            value: language,
            checked: draft.contentLanguage === language,
            onChange: () => change("contentLanguage", language),
          },
        }))}
      />
      <Checkbox
        legend="Thèmes"
        hintText={`De 1 à ${MAX_TOPICS} thèmes`}
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
      <Checkbox
        {...fieldState(messageOf("free"))}
        options={[
          {
            label: "Gratuite",
            hintText: "Décochez si la ressource est payante (un livre, un cours certifiant…)",
            nativeInputProps: { name: "free", checked: draft.free, onChange: (event) => change("free", event.target.checked) },
          },
        ]}
      />
      <Input
        label="Durée estimée, en minutes (facultatif)"
        hintText="Le temps qu'il faut pour la suivre : 90 pour une heure et demie"
        {...fieldState(messageOf("durationMinutes"))}
        nativeInputProps={{
          name: "durationMinutes",
          inputMode: "numeric",
          value: draft.durationMinutes,
          onChange: (event) => change("durationMinutes", event.target.value),
        }}
      />
      <Input
        label="Auteur ou éditeur (facultatif)"
        hintText="Par exemple : Insee, Python Software Foundation"
        {...fieldState(messageOf("author"))}
        nativeInputProps={{
          name: "author",
          value: draft.author,
          maxLength: 200,
          onChange: (event) => change("author", event.target.value),
        }}
      />
      <Input
        label="Description (facultatif)"
        hintText="Ce qu'on y apprend, pour qui. En Markdown : **gras**, *italique*, - une liste, [un lien](https://…). Le HTML n'est pas interprété."
        textArea
        {...fieldState(messageOf("description"))}
        nativeTextAreaProps={{
          name: "description",
          value: draft.description,
          maxLength: 10000,
          rows: 8,
          onChange: (event) => change("description", event.target.value),
        }}
      />
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
