import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { paths } from "../../../../config/paths";
import { LoadingMessage } from "../../../../components/loading-message";
import { ProblemAlert } from "../../../../components/problem-alert";
import { useAddPathStep } from "../api/path-mutations";
import { useResourceSearch } from "../api/path-queries";
import type { PathView } from "../api/path-types";
import { PATH_LEVEL_LABELS, RESOURCE_TYPE_LABELS } from "../utils/path-labels";
import { StepTextFields } from "./step-note-form";

export const MAX_STEPS = 50;
const RESULTS_SHOWN = 8;

/**
 * Adds a step: search the published resources, choose one, write the note and checkpoint if wanted; the step goes last.
 */
export function AddStepForm({ path, onAdded }: { path: PathView; onAdded: (title: string) => void }) {
  const [typed, setTyped] = useState("");
  const [searched, setSearched] = useState<string | null>(null);
  const [chosen, setChosen] = useState("");
  const [note, setNote] = useState("");
  const [checkpoint, setCheckpoint] = useState("");
  const [missingChoice, setMissingChoice] = useState(false);
  const results = useResourceSearch({ ...(searched && { q: searched }), page: 0, size: RESULTS_SHOWN }, searched !== null);
  const add = useAddPathStep(path.id);
  const inPath = new Set(path.steps.map((step) => step.resource.id));

  if (path.steps.length >= MAX_STEPS) {
    return <p>Ce parcours a atteint {MAX_STEPS} étapes, le maximum. Retirez une étape pour en ajouter une autre.</p>;
  }

  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSearched(typed.trim());
    setChosen("");
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!chosen) {
      setMissingChoice(true);
      return;
    }
    const title = results.data?.items.find((item) => item.id === chosen)?.title ?? "La ressource";
    add.mutate(
      { resourceId: chosen, ...(note.trim() && { note: note.trim() }), ...(checkpoint.trim() && { checkpoint: checkpoint.trim() }) },
      {
        onSuccess: () => {
          setChosen("");
          setNote("");
          setCheckpoint("");
          onAdded(title);
        },
      },
    );
  };

  const items = results.data?.items ?? [];

  return (
    <>
      <form onSubmit={search} role="search" aria-label="Chercher une ressource à ajouter">
        <Input
          label="Chercher une ressource publiée"
          hintText="Un titre, un sujet, un auteur… Laissez vide pour voir les plus récentes."
          addon={
            <Button type="submit" iconId="fr-icon-search-line">
              Chercher
            </Button>
          }
          nativeInputProps={{ type: "search", name: "resource-q", value: typed, onChange: (event) => setTyped(event.target.value) }}
        />
      </form>
      {results.isFetching && <LoadingMessage>Recherche des ressources…</LoadingMessage>}
      {results.isError && <ProblemAlert error={results.error} title="La recherche n'a pas abouti" />}
      {searched !== null && results.data && items.length === 0 && (
        <p role="status">
          Aucune ressource publiée ne correspond. Essayez un autre mot, ou{" "}
          <Link to={paths.training.resourcePropose.getHref()}>proposez la ressource à la bibliothèque</Link>.
        </p>
      )}
      {items.length > 0 && (
        <form onSubmit={submit} noValidate>
          <RadioButtons
            legend={`Ressources trouvées (${results.data?.total ?? items.length})`}
            hintText={
              (results.data?.total ?? 0) > items.length
                ? `Les ${items.length} premières ; précisez la recherche pour trouver les autres.`
                : undefined
            }
            state={missingChoice ? "error" : "default"}
            stateRelatedMessage={missingChoice ? "Choisissez la ressource à ajouter." : undefined}
            options={items.map((item) => ({
              label: item.title,
              hintText: `${RESOURCE_TYPE_LABELS[item.type]} · niveau ${PATH_LEVEL_LABELS[item.level].toLowerCase()}${
                inPath.has(item.id) ? " · déjà dans le parcours" : ""
              }`,
              nativeInputProps: {
                name: "resourceId",
                value: item.id,
                checked: chosen === item.id,
                disabled: inPath.has(item.id),
                onChange: () => {
                  setChosen(item.id);
                  setMissingChoice(false);
                  add.reset();
                },
              },
            }))}
          />
          <StepTextFields
            idPrefix="new-step"
            note={note}
            checkpoint={checkpoint}
            onNoteChange={setNote}
            onCheckpointChange={setCheckpoint}
            error={add.error}
          />
          {add.isError && <ProblemAlert error={add.error} title="L'étape n'a pas été ajoutée" fieldNames={["note", "checkpoint"]} />}
          <Button type="submit" iconId="fr-icon-add-line" disabled={add.isPending}>
            Ajouter l'étape
          </Button>
        </form>
      )}
    </>
  );
}
