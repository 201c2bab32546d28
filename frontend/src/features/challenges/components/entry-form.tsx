import { Button } from "@codegouvfr/react-dsfr/Button";
import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useState, type FormEvent } from "react";
import { ProblemAlert } from "../../../components/problem-alert";
import { fieldState, mapFieldErrors, type FieldMessages } from "../../../lib/api/field-errors";
import type { ChallengeEntry, ChallengeEntryInput, ChallengeEntryLanguage } from "../../../lib/api/types";
import { ENTRY_LANGUAGE_LABELS, ENTRY_LANGUAGES } from "../utils/challenge-labels";

const ENTRY_FIELDS = ["link", "text", "language", "vestiaire", "blockedBy"] as const;
type EntryField = (typeof ENTRY_FIELDS)[number];

type EntryDraft = { link: string; text: string; language: ChallengeEntryLanguage | ""; vestiaire: boolean; blockedBy: string };

const draftOf = (entry: ChallengeEntry | null): EntryDraft => ({
  link: entry?.link ?? "",
  text: entry?.text ?? "",
  language: entry?.language ?? "",
  vestiaire: entry?.vestiaire ?? false,
  blockedBy: entry?.blockedBy ?? "",
});

type Checked = { entry: ChallengeEntryInput; errors?: never } | { entry?: never; errors: FieldMessages<EntryField> };

/** The entry the API receives, or what the person must fix first. */
export function toEntryInput(draft: EntryDraft): Checked {
  const errors: FieldMessages<EntryField> = {};
  const link = draft.link.trim();
  const text = draft.text.trim();
  if (link && !/^https:\/\/[^\s/]+\S*$/.test(link)) errors.link = "Donnez une adresse qui commence par https://, sans espace.";
  if (!link && !text) errors.text = "Sans lien, dites en quelques lignes ce que vous avez trouvé.";
  if (!draft.language) errors.language = "Indiquez le langage ou l'outil utilisé.";
  if (Object.keys(errors).length > 0 || !draft.language) return { errors };
  const blockedBy = draft.blockedBy.trim();
  return {
    entry: {
      language: draft.language,
      vestiaire: draft.vestiaire,
      ...(link ? { link } : {}),
      ...(text ? { text } : {}),
      ...(draft.vestiaire && blockedBy ? { blockedBy } : {}),
    },
  };
}

type EntryFormProps = {
  /** The entry to change, or null for a first one. */
  entry: ChallengeEntry | null;
  onSubmit: (entry: ChallengeEntryInput) => void;
  isPending: boolean;
  /** Why the server refused the entry, if it did. */
  error: unknown;
  /** Called on any change, to clear the server's refusal. */
  onEdit: () => void;
  onCancel?: () => void;
};

/** My entry to an open challenge: a link or a short text, the language used, and the « vestiaire » for unfinished work. */
export function EntryForm({ entry, onSubmit, isPending, error, onEdit, onCancel }: EntryFormProps) {
  const [draft, setDraft] = useState(() => draftOf(entry));
  const [errors, setErrors] = useState<FieldMessages<EntryField>>({});
  const shown = { ...mapFieldErrors(error, ENTRY_FIELDS), ...errors };

  const change = <Field extends keyof EntryDraft>(field: Field, value: EntryDraft[Field]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setErrors({});
    onEdit();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = toEntryInput(draft);
    if (checked.errors) {
      setErrors(checked.errors);
      // The first field to fix gets the focus, so that its message is read.
      const first = ENTRY_FIELDS.find((field) => checked.errors[field]);
      if (first) document.getElementById(`entry-${first}`)?.focus();
      return;
    }
    onSubmit(checked.entry);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={entry ? "Modifier ma participation" : "Déposer ma participation"}>
      <Input
        label="Lien vers votre notebook ou votre dépôt (facultatif)"
        hintText="Une adresse en https://, par exemple un notebook sur GitHub, GitLab ou la forge de votre administration."
        {...fieldState(shown.link)}
        nativeInputProps={{
          id: "entry-link",
          type: "url",
          inputMode: "url",
          maxLength: 500,
          value: draft.link,
          onChange: (event) => change("link", event.target.value),
        }}
      />
      <Input
        label={draft.link.trim() ? "Ce que vous avez trouvé (facultatif)" : "Ce que vous avez trouvé"}
        hintText="Pas de forge de code ? Quelques lignes suffisent : votre démarche, vos résultats, vos graphiques décrits."
        textArea
        {...fieldState(shown.text)}
        nativeTextAreaProps={{
          id: "entry-text",
          rows: 5,
          maxLength: 4000,
          value: draft.text,
          onChange: (event) => change("text", event.target.value),
        }}
      />
      <Select
        label="Langage ou outil utilisé"
        {...fieldState(shown.language)}
        nativeSelectProps={{
          id: "entry-language",
          value: draft.language,
          onChange: (event) => change("language", ENTRY_LANGUAGES.find((language) => language === event.target.value) ?? ""),
        }}
      >
        <option value="" disabled>
          Choisissez
        </option>
        {ENTRY_LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {ENTRY_LANGUAGE_LABELS[language]}
          </option>
        ))}
      </Select>
      <Checkbox
        {...fieldState(shown.vestiaire)}
        options={[
          {
            label: "Je partage un travail inachevé (« vestiaire »)",
            hintText: "Le vestiaire accueille ce qui n'est pas fini : d'autres pourront vous aider à aller plus loin.",
            nativeInputProps: {
              checked: draft.vestiaire,
              onChange: (event) => change("vestiaire", event.target.checked),
            },
          },
        ]}
      />
      {draft.vestiaire && (
        <Input
          label="Ce qui m'a bloqué (facultatif)"
          hintText="Une étape, une erreur, une notion : de quoi aider ceux qui vous liront."
          textArea
          {...fieldState(shown.blockedBy)}
          nativeTextAreaProps={{
            id: "entry-blockedBy",
            rows: 3,
            maxLength: 2000,
            value: draft.blockedBy,
            onChange: (event) => change("blockedBy", event.target.value),
          }}
        />
      )}
      {error ? <ProblemAlert error={error} title="Votre participation n'a pas été enregistrée" fieldNames={ENTRY_FIELDS} /> : null}
      {onCancel ? (
        <ButtonsGroup
          inlineLayoutWhen="md and up"
          buttons={[
            { children: "Enregistrer ma participation", type: "submit", disabled: isPending },
            { children: "Annuler", priority: "secondary", type: "button", onClick: onCancel },
          ]}
        />
      ) : (
        <Button type="submit" disabled={isPending}>
          Déposer ma participation
        </Button>
      )}
    </form>
  );
}
