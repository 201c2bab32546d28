import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useId, useState } from "react";
import { fieldState, mapFieldErrors } from "../../lib/api/field-errors";
import type { DatasetCheckResult, DatasetInput } from "../../lib/api/types";
import { useCheckDataset } from "../../lib/open-data/check-dataset";
import { OPEN_LICENCES } from "../../lib/open-data/dataset-labels";
import { ProblemAlert } from "../problem-alert";
import { DatasetFacts } from "./dataset-facts";

type Source = "DATAGOUV" | "OUTSIDE";

type Draft = { source: Source; reference: string; title: string; producer: string; url: string; licence: string };

const EMPTY: Draft = { source: "DATAGOUV", reference: "", title: "", producer: "", url: "", licence: "" };

const FIELDS = ["reference", "title", "producer", "url", "licence"] as const;

type Field = (typeof FIELDS)[number];

function toInput(draft: Draft): DatasetInput {
  if (draft.source === "DATAGOUV") return { reference: draft.reference.trim() };
  return { title: draft.title.trim(), producer: draft.producer.trim(), url: draft.url.trim(), licence: draft.licence };
}

function missing(draft: Draft): Partial<Record<Field, string>> {
  if (draft.source === "DATAGOUV")
    return draft.reference.trim() ? {} : { reference: "Collez le lien de la page du jeu de données sur data.gouv.fr, ou son identifiant." };
  const errors: Partial<Record<Field, string>> = {};
  if (!draft.title.trim()) errors.title = "Indiquez le titre du jeu de données.";
  if (!draft.producer.trim()) errors.producer = "Indiquez qui le produit.";
  if (!/^https:\/\/\S+$/.test(draft.url.trim())) errors.url = "Indiquez l'adresse de sa page, en https.";
  if (!draft.licence) errors.licence = "Choisissez sa licence.";
  return errors;
}

type DatasetCheckFieldProps = {
  /** Adds the checked dataset; the field is remounted empty by its parent afterwards. */
  onAdd: (input: DatasetInput, result: DatasetCheckResult) => void;
  addLabel: string;
  isAdding?: boolean;
  /** Why the parent could not add it (e.g. the server's refusal when saving). */
  addError?: unknown;
};

/**
 * A dataset as a member declares it: a data.gouv.fr link (or id, or slug), or a dataset published elsewhere
 * (title, producer, https address, open licence). « Vérifier » shows what the open-data guard found — title,
 * producer, licence and its verdict with the reason — before anything is saved.
 */
export function DatasetCheckField({ onAdd, addLabel, isAdding = false, addError }: DatasetCheckFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const check = useCheckDataset();
  const serverErrors = mapFieldErrors(check.error, FIELDS);
  const messageOf = (field: Field) => errors[field] ?? serverErrors[field];
  const result = check.data;

  const change = (changes: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...changes }));
    setErrors({});
    check.reset();
  };

  const verify = () => {
    const found = missing(draft);
    setErrors(found);
    if (Object.keys(found).length === 0) check.mutate(toInput(draft));
  };

  return (
    <fieldset className="fr-fieldset" aria-labelledby={`${id}-legend`}>
      <legend id={`${id}-legend`} className="fr-fieldset__legend">
        Déclarer un jeu de données
        <span className="fr-hint-text">Vérifiez-le avant de l'ajouter : seules les données ouvertes sont acceptées.</span>
      </legend>
      <div className="fr-fieldset__element">
        <RadioButtons
          legend="Où est-il publié ?"
          name={`${id}-source`}
          orientation="horizontal"
          small
          options={[
            {
              label: "Sur data.gouv.fr",
              nativeInputProps: { checked: draft.source === "DATAGOUV", onChange: () => change({ source: "DATAGOUV" }) },
            },
            {
              label: "Autre source (Insee, Eurostat, portail d'un ministère…)",
              nativeInputProps: { checked: draft.source === "OUTSIDE", onChange: () => change({ source: "OUTSIDE" }) },
            },
          ]}
        />
      </div>
      <div className="fr-fieldset__element">
        {draft.source === "DATAGOUV" ? (
          <Input
            label="Lien data.gouv.fr"
            hintText="L'adresse de sa page, par exemple https://www.data.gouv.fr/fr/datasets/…, ou son identifiant"
            {...fieldState(messageOf("reference"))}
            nativeInputProps={{
              name: "reference",
              value: draft.reference,
              onChange: (event) => change({ reference: event.target.value }),
              // Inside a form, Enter checks the dataset rather than sending the whole form.
              onKeyDown: (event) => {
                if (event.key !== "Enter") return;
                event.preventDefault();
                verify();
              },
            }}
          />
        ) : (
          <>
            <Input
              label="Titre du jeu de données"
              {...fieldState(messageOf("title"))}
              nativeInputProps={{ name: "datasetTitle", value: draft.title, onChange: (event) => change({ title: event.target.value }) }}
            />
            <Input
              label="Producteur"
              hintText="L'organisation qui le publie, par exemple Insee"
              {...fieldState(messageOf("producer"))}
              nativeInputProps={{ name: "producer", value: draft.producer, onChange: (event) => change({ producer: event.target.value }) }}
            />
            <Input
              label="Adresse de sa page"
              hintText="En https"
              {...fieldState(messageOf("url"))}
              nativeInputProps={{ name: "url", type: "url", value: draft.url, onChange: (event) => change({ url: event.target.value }) }}
            />
            <Select
              label="Licence"
              hint="Seules les licences ouvertes sont acceptées ; un·e animateur·rice confirmera le jeu de données"
              {...fieldState(messageOf("licence"))}
              nativeSelectProps={{ name: "licence", value: draft.licence, onChange: (event) => change({ licence: event.target.value }) }}
            >
              <option value="">Choisir une licence</option>
              {OPEN_LICENCES.map((licence) => (
                <option key={licence.id} value={licence.id}>
                  {licence.title}
                </option>
              ))}
            </Select>
          </>
        )}
        <Button type="button" priority="secondary" iconId="fr-icon-search-line" onClick={verify} disabled={check.isPending}>
          Vérifier
        </Button>
      </div>
      <div className="fr-fieldset__element" aria-live="polite">
        {check.isPending && <p>Vérification en cours…</p>}
        {check.isError && <ProblemAlert error={check.error} title="La vérification n'a pas abouti" fieldNames={FIELDS} />}
        {result && (
          <div className="fr-card fr-card--no-arrow fr-p-3w">
            <p className="fr-text--bold fr-mb-1w">Résultat de la vérification</p>
            <DatasetFacts facts={result} state={result.verdict} />
            {result.verdict === "REFUSED" ? (
              <Alert severity="error" small description="Ce jeu de données ne peut pas être déclaré : ce n'est pas une donnée ouverte." />
            ) : (
              <Button type="button" iconId="fr-icon-add-line" disabled={isAdding} onClick={() => onAdd(toInput(draft), result)}>
                {addLabel}
              </Button>
            )}
          </div>
        )}
        {addError ? <ProblemAlert error={addError} title="Le jeu de données n'a pas été ajouté" /> : null}
      </div>
    </fieldset>
  );
}
