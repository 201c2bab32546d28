import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { fieldState, mapFieldErrors } from "../../../lib/api/field-errors";
import type { MatchingRunParameters } from "../../../lib/api/types";
import { runningRunIdOf, useStartMatchingRun } from "../api/start-matching-run";
import { WEIGHT_NAMES } from "../utils/run-labels";
import { draftFrom, FIELD_SPECS, RUN_FIELDS, toRunRequest, type RunDraft, type RunDraftErrors, type RunField } from "../utils/run-request";

type RunLaunchFormProps = { defaults: MatchingRunParameters };

/** The parameters of a new run, prefilled with the service's defaults; once started, the run's page follows its progress. */
export function RunLaunchForm({ defaults }: RunLaunchFormProps) {
  const navigate = useNavigate();
  const start = useStartMatchingRun();
  const [draft, setDraft] = useState<RunDraft>(() => draftFrom(defaults));
  const [errors, setErrors] = useState<RunDraftErrors>({});
  const serverErrors = mapFieldErrors(start.error, RUN_FIELDS);
  const runningRunId = runningRunIdOf(start.error);

  const edit = (field: RunField, text: string) => {
    setDraft((current) => ({ ...current, [field]: text }));
    setErrors((current) => ({ ...current, [field]: undefined }));
    start.reset();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = toRunRequest(draft);
    if ("errors" in checked) {
      setErrors(checked.errors);
      return;
    }
    start.mutate(checked.request, { onSuccess: (run) => navigate(paths.animation.matchingRun.getHref(run.id)) });
  };

  const field = (name: RunField) => {
    const { label, min, max, hint } = FIELD_SPECS[name];
    return (
      <Input
        label={label}
        hintText={hint}
        {...fieldState(errors[name] ?? serverErrors[name])}
        nativeInputProps={{
          name,
          type: "number",
          inputMode: "numeric",
          min,
          max,
          step: 1,
          required: true,
          value: draft[name],
          onChange: (event) => edit(name, event.target.value),
        }}
      />
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="run-launch-title">
      <h2 id="run-launch-title">Lancer un appariement</h2>
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">Sélection des binômes</legend>
        <div className="fr-fieldset__element">{field("candidatesPerMentee")}</div>
        <div className="fr-fieldset__element">{field("minimumScore")}</div>
      </fieldset>
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">
          Poids des critères
          <span className="fr-hint-text">Les points que chaque critère apporte au score d'un binôme.</span>
        </legend>
        {WEIGHT_NAMES.map((name) => (
          <div key={name} className="fr-fieldset__element">
            {field(name)}
          </div>
        ))}
      </fieldset>
      {start.isError && (
        <ProblemAlert error={start.error} title="L'appariement n'a pas été lancé" fieldNames={RUN_FIELDS}>
          {runningRunId && (
            <p>
              <Link to={paths.animation.matchingRun.getHref(runningRunId)}>Suivre l'appariement en cours</Link>
            </p>
          )}
        </ProblemAlert>
      )}
      <Button type="submit" iconId="fr-icon-play-line" iconPosition="left" disabled={start.isPending}>
        Lancer l'appariement
      </Button>
    </form>
  );
}
