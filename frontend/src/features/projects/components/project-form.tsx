import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { DatasetCheckField } from "../../../components/open-data/dataset-check-field";
import { DatasetFacts } from "../../../components/open-data/dataset-facts";
import { ProblemAlert } from "../../../components/problem-alert";
import { fieldState, mapFieldErrors } from "../../../lib/api/field-errors";
import type { ProjectLanguages } from "../../../lib/api/types";
import { pickOption } from "../../../lib/referentials/labels";
import { useSkills } from "../../../lib/referentials/skills";
import { checkDraft, PROJECT_FIELDS, type DeclaredDataset, type DraftErrors, type ProjectDraft } from "../utils/project-draft";
import { PROJECT_LANGUAGE_LABELS, PROJECT_LANGUAGES, PROJECT_STATUS_LABELS, PROJECT_STATUSES } from "../utils/project-labels";
import { SkillsSoughtEditor } from "./skills-sought-editor";
import { UnsavedChangesGuard } from "../../../components/unsaved-changes-guard";

/** The words of the attestation, as the API stores them. */
export const ATTESTATION_TEXT = "uniquement des données ouvertes, aucune donnée confidentielle ou personnelle";

type ProjectFormProps = {
  initialDraft: ProjectDraft;
  /** Creation asks for the attestation; an edit does not (it was given once). */
  creating: boolean;
  submitLabel: string;
  /** Sends the checked draft; once it is sent, leaving the form is not questioned (unless the server refuses it). */
  onSubmit: (draft: ProjectDraft, languages: ProjectLanguages) => void;
  isPending: boolean;
  /** The server's refusal: its field errors go on their fields. */
  error: unknown;
  onCancel: () => void;
};

type DeclaredDatasetsProps = { datasets: DeclaredDataset[]; errorMessage?: string; onChange: (datasets: DeclaredDataset[]) => void };

/** The datasets declared with the creation: each one checked before it is added, and removable until the project is sent. */
function DeclaredDatasets({ datasets, errorMessage, onChange }: DeclaredDatasetsProps) {
  // A new, empty field after each addition.
  const [additions, setAdditions] = useState(0);
  const [announcement, setAnnouncement] = useState("");
  return (
    <section aria-labelledby="project-form-datasets" className="fr-mb-4w">
      <h2 id="project-form-datasets" className="fr-h5">
        Jeux de données (facultatif)
      </h2>
      <p className="fr-hint-text">Les données ouvertes que le projet utilise ; vous pourrez en ajouter ensuite depuis la page du projet.</p>
      {errorMessage && <p className="fr-error-text">{errorMessage}</p>}
      {datasets.length > 0 && (
        <ul className="fr-raw-list">
          {datasets.map(({ input, result }, index) => (
            <li key={`${index}-${result.title ?? input.reference}`} className="fr-mb-2w">
              <DatasetFacts facts={result} state={result.verdict} />
              <Button
                type="button"
                size="small"
                priority="tertiary"
                iconId="fr-icon-delete-line"
                onClick={() => {
                  onChange(datasets.filter((_, other) => other !== index));
                  setAnnouncement(`${result.title ?? "Le jeu de données"} est retiré du projet.`);
                }}
              >
                Retirer <span className="fr-sr-only">{result.title}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <p className="fr-sr-only" aria-live="polite">
        {announcement}
      </p>
      <DatasetCheckField
        key={additions}
        addLabel="Ajouter au projet"
        onAdd={(input, result) => {
          onChange([...datasets, { input, result }]);
          setAdditions((count) => count + 1);
          setAnnouncement(`${result.title ?? "Le jeu de données"} est ajouté au projet.`);
        }}
      />
    </section>
  );
}

/** Creates or edits a project: every field of the API, the attestation on creation, and the errors on their fields. */
export function ProjectForm({ initialDraft, creating, submitLabel, onSubmit, isPending, error, onCancel }: ProjectFormProps) {
  const [draft, setDraft] = useState(initialDraft);
  const [errors, setErrors] = useState<DraftErrors>({});
  const skills = useSkills();
  const serverErrors = mapFieldErrors(error, PROJECT_FIELDS);
  const messageOf = (field: keyof DraftErrors) => errors[field] ?? serverErrors[field];

  // Read at navigation time: a saved or unchanged form leaves freely.
  const isSubmitting = useRef(false);
  const dirty = useRef(false);
  const hasUnsavedChanges = useCallback(() => dirty.current && !isSubmitting.current, []);

  const change = <Key extends keyof ProjectDraft>(key: Key, value: ProjectDraft[Key]) => {
    dirty.current = true;
    setDraft((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: undefined }));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = checkDraft(draft, creating);
    setErrors(found);
    if (Object.keys(found).length > 0 || !draft.languages) {
      // The first field in error takes the focus, so that its message is read.
      const first = PROJECT_FIELDS.find((field) => found[field]);
      if (first) document.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    isSubmitting.current = true;
    onSubmit(draft, draft.languages);
  };

  // A refusal of the server lets the person go on editing, and leave only with a question.
  useEffect(() => {
    if (error) isSubmitting.current = false;
  }, [error]);

  return (
    <form onSubmit={submit} noValidate aria-label={creating ? "Proposer un projet" : "Modifier le projet"}>
      <UnsavedChangesGuard when={hasUnsavedChanges} />
      {error ? <ProblemAlert error={error} title="Le projet n'a pas été enregistré" fieldNames={PROJECT_FIELDS} /> : null}
      <p className="fr-hint-text">Sauf mention contraire, tous les champs sont obligatoires.</p>
      <Input
        label="Titre"
        hintText="Entre 3 et 120 caractères"
        {...fieldState(messageOf("title"))}
        nativeInputProps={{ name: "title", value: draft.title, maxLength: 120, onChange: (event) => change("title", event.target.value) }}
      />
      <Input
        label="Résumé"
        hintText="Une ou deux phrases, montrées sur la carte du projet (300 caractères au plus)"
        textArea
        {...fieldState(messageOf("summary"))}
        nativeTextAreaProps={{
          name: "summary",
          value: draft.summary,
          maxLength: 300,
          rows: 2,
          onChange: (event) => change("summary", event.target.value),
        }}
      />
      <Input
        label="Description (facultatif)"
        hintText="En Markdown : ## un titre, **gras**, *italique*, - une liste, [un lien](https://…). Le HTML n'est pas interprété."
        textArea
        {...fieldState(messageOf("description"))}
        nativeTextAreaProps={{
          name: "description",
          value: draft.description,
          maxLength: 20000,
          rows: 10,
          onChange: (event) => change("description", event.target.value),
        }}
      />
      <Input
        label="Thèmes (facultatif)"
        hintText="Jusqu'à dix, séparés par des virgules : santé, épidémiologie"
        {...fieldState(messageOf("topics"))}
        nativeInputProps={{ name: "topics", value: draft.topics, onChange: (event) => change("topics", event.target.value) }}
      />
      <RadioButtons
        legend="Langage"
        name="languages"
        orientation="horizontal"
        {...fieldState(messageOf("languages"))}
        options={PROJECT_LANGUAGES.map((language) => ({
          label: PROJECT_LANGUAGE_LABELS[language],
          nativeInputProps: { value: language, checked: draft.languages === language, onChange: () => change("languages", language) },
        }))}
      />
      <Checkbox
        {...fieldState(messageOf("welcomesBeginners"))}
        options={[
          {
            label: "Le projet accueille les débutants",
            hintText: "Les membres qui souhaitent apprendre une compétence recherchée le verront parmi les projets qui ont besoin d'eux",
            nativeInputProps: {
              name: "welcomesBeginners",
              checked: draft.welcomesBeginners,
              onChange: (event) => change("welcomesBeginners", event.target.checked),
            },
          },
        ]}
      />
      <Select
        label="État du projet"
        {...fieldState(messageOf("status"))}
        nativeSelectProps={{
          name: "status",
          value: draft.status,
          onChange: (event) => change("status", pickOption(PROJECT_STATUSES, event.target.value) || "IDEA"),
        }}
      >
        {PROJECT_STATUSES.map((status) => (
          <option key={status} value={status}>
            {PROJECT_STATUS_LABELS[status]}
          </option>
        ))}
      </Select>
      <Input
        label="Dépôt de code (facultatif)"
        hintText="Adresse en https, par exemple https://github.com/spyrales/mon-projet"
        {...fieldState(messageOf("repositoryUrl"))}
        nativeInputProps={{
          name: "repositoryUrl",
          type: "url",
          value: draft.repositoryUrl,
          onChange: (event) => change("repositoryUrl", event.target.value),
        }}
      />
      <Input
        label="Salon Tchap (facultatif)"
        hintText="Lien https vers le salon de l'équipe, par exemple https://tchap.gouv.fr/#/room/#mon-projet:agent.tchap.gouv.fr"
        {...fieldState(messageOf("tchapRoomUrl"))}
        nativeInputProps={{
          name: "tchapRoomUrl",
          type: "url",
          value: draft.tchapRoomUrl,
          onChange: (event) => change("tchapRoomUrl", event.target.value),
        }}
      />
      <SkillsSoughtEditor
        skills={draft.skillsSought}
        catalog={skills.data ?? []}
        onChange={(next) => change("skillsSought", next)}
        errorMessage={messageOf("skillsSought")}
      />
      <Input
        label="Taille maximale de l'équipe (facultatif)"
        hintText="Responsables compris, de 1 à 50 ; laissez vide pour ne pas limiter l'équipe"
        {...fieldState(messageOf("maxTeamSize"))}
        nativeInputProps={{
          name: "maxTeamSize",
          type: "number",
          inputMode: "numeric",
          min: 1,
          max: 50,
          value: draft.maxTeamSize,
          onChange: (event) => change("maxTeamSize", event.target.value),
        }}
      />
      {creating && (
        <DeclaredDatasets
          datasets={draft.datasets}
          errorMessage={messageOf("datasets")}
          onChange={(datasets) => change("datasets", datasets)}
        />
      )}
      {creating && (
        <Checkbox
          legend="Attestation données ouvertes"
          {...fieldState(messageOf("openDataAttestation"))}
          options={[
            {
              label: `J'atteste que ce projet utilise ${ATTESTATION_TEXT}.`,
              hintText: "Votre nom et la date de l'attestation seront affichés sur la page du projet",
              nativeInputProps: {
                name: "openDataAttestation",
                checked: draft.openDataAttestation,
                onChange: (event) => change("openDataAttestation", event.target.checked),
              },
            },
          ]}
        />
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
