import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { useState } from "react";
import { Link } from "react-router";
import { LoadingMessage } from "../../../../components/loading-message";
import { ProblemAlert } from "../../../../components/problem-alert";
import { paths } from "../../../../config/paths";
import type { MentorshipGoal } from "../../../../lib/api/types";
import { usePaths } from "../api/path-queries";
import { PATH_LEVEL_LABELS, stepCountLabel } from "../utils/path-labels";
import { PathProgressBar } from "./path-progress-bar";

/** A path linked to a mentorship goal, as the goal view carries it. */
export type GoalPath = NonNullable<MentorshipGoal["path"]>;

/** The path chosen for a goal: its id and title, enough to show the choice. */
export type ChosenPath = { id: string; title: string };

const PICKER_RESULTS = 6;

type PathPickerProps = {
  idPrefix: string;
  value: ChosenPath | null;
  onChange: (path: ChosenPath | null) => void;
};

/**
 * Links a goal to a published learning path: search the paths by their title, choose one, or remove the link.
 * A search box and radio buttons, usable with the keyboard alone.
 */
export function PathPicker({ idPrefix, value, onChange }: PathPickerProps) {
  const [typed, setTyped] = useState("");
  const [searched, setSearched] = useState<string | null>(null);
  const results = usePaths({ ...(searched && { q: searched }), page: 0, size: PICKER_RESULTS }, searched !== null);
  const items = results.data?.items ?? [];

  return (
    <fieldset className="fr-fieldset" aria-labelledby={`${idPrefix}-legend`}>
      <legend id={`${idPrefix}-legend`} className="fr-fieldset__legend fr-text--regular">
        Parcours à suivre (facultatif)
        <span className="fr-hint-text">La personne accompagnée suivra ce parcours ; vous verrez sa progression ici.</span>
      </legend>
      <div className="fr-fieldset__element">
        {value ? (
          <p className="fr-mb-1w">
            Parcours choisi : <strong>{value.title}</strong>{" "}
            <Button type="button" priority="tertiary no outline" size="small" onClick={() => onChange(null)}>
              Retirer le parcours <span className="fr-sr-only">« {value.title} »</span>
            </Button>
          </p>
        ) : (
          <p className="fr-mb-1w">Aucun parcours choisi.</p>
        )}
        <Input
          label="Chercher un parcours publié"
          hintText="Un titre ou un sujet ; laissez vide pour voir les plus suivis."
          nativeInputProps={{
            id: `${idPrefix}-search`,
            type: "search",
            value: typed,
            onChange: (event) => setTyped(event.target.value),
            // A search inside the goal's form: Entrée searches instead of saving the goal.
            onKeyDown: (event) => {
              if (event.key !== "Enter") return;
              event.preventDefault();
              setSearched(typed.trim());
            },
          }}
        />
        <Button type="button" priority="secondary" size="small" iconId="fr-icon-search-line" onClick={() => setSearched(typed.trim())}>
          Chercher les parcours
        </Button>
      </div>
      {results.isFetching && <LoadingMessage>Recherche des parcours…</LoadingMessage>}
      {results.isError && <ProblemAlert error={results.error} title="La recherche n'a pas abouti" />}
      {searched !== null && results.data && items.length === 0 && (
        <p role="status" className="fr-fieldset__element">
          Aucun parcours publié ne correspond. <Link to={paths.training.paths.getHref()}>Voir tous les parcours</Link>
        </p>
      )}
      {items.length > 0 && (
        <div className="fr-fieldset__element">
          <RadioButtons
            legend="Parcours trouvés"
            small
            options={items.map((path) => ({
              label: path.title,
              hintText: `Niveau ${PATH_LEVEL_LABELS[path.level].toLowerCase()} · ${stepCountLabel(path.stepCount)}`,
              nativeInputProps: {
                name: `${idPrefix}-path`,
                value: path.id,
                checked: value?.id === path.id,
                onChange: () => onChange({ id: path.id, title: path.title }),
              },
            }))}
          />
        </div>
      )}
    </fieldset>
  );
}

/**
 * Under a goal: the linked path, and how far the mentee went in it (« Ma progression » for the mentee themself,
 * whom `menteeName` is then omitted for).
 */
export function GoalPathProgress({ path, menteeName }: { path: GoalPath; menteeName?: string }) {
  return (
    <div className="fr-ml-4w fr-mb-2w">
      <p className="fr-mb-1v">
        Parcours : <Link to={paths.training.path.getHref(path.id)}>{path.title}</Link>
        {path.status === "ARCHIVED" && " (archivé)"}
      </p>
      {path.menteeFollows ? (
        <PathProgressBar progress={path.menteeProgress} label={menteeName ? `Progression de ${menteeName}` : "Ma progression"} />
      ) : (
        <p className="fr-text--sm">
          {menteeName
            ? `${menteeName} ne suit pas encore ce parcours.`
            : "Vous ne suivez pas encore ce parcours : ouvrez-le pour le suivre."}
        </p>
      )}
    </div>
  );
}
