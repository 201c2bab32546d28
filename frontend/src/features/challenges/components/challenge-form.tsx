import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useState, type FormEvent } from "react";
import { ProblemAlert } from "../../../components/problem-alert";
import { fieldState, type FieldMessages } from "../../../lib/api/field-errors";
import type { ChallengeCreate, Dataset } from "../../../lib/api/types";
import { CHALLENGE_LANGUAGE_LABELS, CHALLENGE_LANGUAGES, CHALLENGE_LEVELS, levelLabel } from "../utils/challenge-labels";
import { OPEN_LICENCES } from "../../../lib/open-data/dataset-labels";
import {
  API_FIELD_NAMES,
  CHALLENGE_FIELDS,
  challengeFieldErrors,
  toChallenge,
  type ChallengeDraft,
  type ChallengeField,
} from "../utils/challenge-draft";
import { DatasetDetails } from "./dataset-details";

type ChallengeFormProps = {
  initial: ChallengeDraft;
  /** The dataset of the challenge being changed; none for a new one. */
  currentDataset?: Dataset;
  submitLabel: string;
  isPending: boolean;
  /** Why the server refused, if it did. */
  error: unknown;
  onSubmit: (body: ChallengeCreate, changeDataset: boolean) => void;
  onEdit: () => void;
};

const MARKDOWN_HELP =
  "En Markdown : **gras**, *italique*, listes avec « - », liens [texte](https://…), titres avec « ## ». Pas de HTML : il est retiré.";

/** The animateurs' form of a challenge: its task, its open dataset, its level, language and week (times of Paris). */
export function ChallengeForm({ initial, currentDataset, submitLabel, isPending, error, onSubmit, onEdit }: ChallengeFormProps) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldMessages<ChallengeField>>({});
  const shown = { ...challengeFieldErrors(error, draft.datasetSource), ...errors };

  const change = <Field extends keyof ChallengeDraft>(field: Field, value: ChallengeDraft[Field]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setErrors({});
    onEdit();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = toChallenge(draft);
    if (checked.errors) {
      setErrors(checked.errors);
      const first = CHALLENGE_FIELDS.find((field) => checked.errors[field]);
      if (first) document.getElementById(`challenge-${first}`)?.focus();
      return;
    }
    onSubmit(checked.body, draft.changeDataset);
  };

  const text = (field: ChallengeField & keyof ChallengeDraft) => ({
    id: `challenge-${field}`,
    value: draft[field] as string,
    onChange: (event: { target: { value: string } }) => change(field, event.target.value),
  });

  return (
    <form onSubmit={submit} noValidate>
      <Input
        label="Titre du défi"
        hintText="Par exemple : Les naissances par département depuis 2000"
        {...fieldState(shown.title)}
        nativeInputProps={{ ...text("title"), required: true, maxLength: 120 }}
      />
      <Input
        label="Consigne"
        hintText={MARKDOWN_HELP}
        textArea
        {...fieldState(shown.task)}
        nativeTextAreaProps={{ ...text("task"), required: true, rows: 8, maxLength: 20000 }}
      />

      <fieldset className="fr-fieldset" aria-labelledby="challenge-dataset-legend">
        <legend id="challenge-dataset-legend" className="fr-fieldset__legend">
          Le jeu de données ouvert
          <span className="fr-hint-text">
            Uniquement des données ouvertes : rien de confidentiel ni de personnel. Un jeu de données de data.gouv.fr est vérifié tout de
            suite ; un jeu de données publié ailleurs reste « à vérifier » jusqu'à ce qu'un animateur le confirme.
          </span>
        </legend>
        <div className="fr-fieldset__element">
          {currentDataset && (
            <>
              <DatasetDetails dataset={currentDataset} />
              <Checkbox
                className="fr-mt-2w"
                options={[
                  {
                    label: "Changer de jeu de données",
                    nativeInputProps: { checked: draft.changeDataset, onChange: (event) => change("changeDataset", event.target.checked) },
                  },
                ]}
              />
            </>
          )}
          {draft.changeDataset && (
            <>
              <RadioButtons
                legend="Où est-il publié ?"
                name="datasetSource"
                orientation="horizontal"
                options={[
                  {
                    label: "Sur data.gouv.fr",
                    nativeInputProps: { checked: draft.datasetSource === "DATAGOUV", onChange: () => change("datasetSource", "DATAGOUV") },
                  },
                  {
                    label: "Autre source",
                    nativeInputProps: { checked: draft.datasetSource === "OUTSIDE", onChange: () => change("datasetSource", "OUTSIDE") },
                  },
                ]}
              />
              {draft.datasetSource === "DATAGOUV" ? (
                <Input
                  label="Adresse du jeu de données sur data.gouv.fr, ou son identifiant"
                  hintText="Par exemple : https://www.data.gouv.fr/fr/datasets/donnees-hospitalieres-relatives-a-lepidemie-de-covid-19/"
                  {...fieldState(shown.datasetReference)}
                  nativeInputProps={{ ...text("datasetReference"), maxLength: 500 }}
                />
              ) : (
                <>
                  <Input
                    label="Titre du jeu de données"
                    {...fieldState(shown.datasetTitle)}
                    nativeInputProps={{ ...text("datasetTitle"), maxLength: 500 }}
                  />
                  <Input
                    label="Producteur"
                    hintText="L'organisation qui le publie : Insee, Eurostat, un ministère…"
                    {...fieldState(shown.datasetProducer)}
                    nativeInputProps={{ ...text("datasetProducer"), maxLength: 500 }}
                  />
                  <Input
                    label="Adresse de sa page"
                    hintText="Une adresse en https://"
                    {...fieldState(shown.datasetUrl)}
                    nativeInputProps={{ ...text("datasetUrl"), type: "url", inputMode: "url", maxLength: 2000 }}
                  />
                  <Select label="Licence ouverte" {...fieldState(shown.datasetLicence)} nativeSelectProps={text("datasetLicence")}>
                    <option value="" disabled>
                      Choisissez une licence
                    </option>
                    {OPEN_LICENCES.map(({ id, title: label }) => (
                      <option key={id} value={id}>
                        {label}
                      </option>
                    ))}
                  </Select>
                </>
              )}
            </>
          )}
        </div>
      </fieldset>

      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <Select label="Niveau suggéré" {...fieldState(shown.suggestedLevel)} nativeSelectProps={text("suggestedLevel")}>
            {CHALLENGE_LEVELS.map((level) => (
              <option key={level} value={level}>
                {levelLabel(level)}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Select label="Langage suggéré" {...fieldState(shown.suggestedLanguage)} nativeSelectProps={text("suggestedLanguage")}>
            {CHALLENGE_LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {CHALLENGE_LANGUAGE_LABELS[language]}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="Ouverture (heure de Paris)"
            hintText="Date et heure, par exemple lundi à 9 h"
            {...fieldState(shown.opensAt)}
            nativeInputProps={{ ...text("opensAt"), type: "datetime-local", required: true }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="Clôture (heure de Paris)"
            hintText="Les participations deviennent visibles de tous à ce moment."
            {...fieldState(shown.closesAt)}
            nativeInputProps={{ ...text("closesAt"), type: "datetime-local", required: true }}
          />
        </div>
      </div>

      {error ? <ProblemAlert error={error} title="Le défi n'a pas été enregistré" fieldNames={API_FIELD_NAMES} /> : null}
      <Button type="submit" disabled={isPending}>
        {submitLabel}
      </Button>
    </form>
  );
}
