import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { ProblemAlert } from "../../../../components/problem-alert";
import { useMarkPathStepDone } from "../api/path-mutations";
import type { PathView } from "../api/path-types";
import { StepResource } from "./step-resource";

/**
 * The steps in order, each with the author's note and its checkpoint; a follower ticks the steps they finished.
 */
export function PathSteps({ path }: { path: PathView }) {
  const mark = useMarkPathStepDone(path.id);
  const following = path.myProgress != null;

  if (path.steps.length === 0) {
    return <p>Ce parcours n'a pas encore d'étape.{path.canEdit && " Ajoutez-en depuis la page de modification."}</p>;
  }

  return (
    <>
      {mark.isError && <ProblemAlert error={mark.error} title="L'étape n'a pas été mise à jour" />}
      <ol className="fr-raw-list" aria-label="Étapes du parcours">
        {path.steps.map((step) => (
          <li key={step.id} className="fr-mb-4w fr-p-3w" style={{ border: "1px solid var(--border-default-grey)" }}>
            <h3 className="fr-h5 fr-mb-1w">
              Étape {step.position} : {step.resource.title}
            </h3>
            <StepResource resource={step.resource} />
            {step.noteHtml && (
              <div className="fr-mt-2w">
                <p className="fr-text--bold fr-mb-1v">Le conseil de l'auteur</p>
                <div dangerouslySetInnerHTML={{ __html: step.noteHtml }} />
              </div>
            )}
            {step.checkpointHtml && (
              <div className="fr-mt-2w">
                <p className="fr-text--bold fr-mb-1v">Pour vérifier vos acquis</p>
                <div dangerouslySetInnerHTML={{ __html: step.checkpointHtml }} />
              </div>
            )}
            {following && (
              <Checkbox
                className="fr-mt-2w fr-mb-0"
                small
                options={[
                  {
                    label: `J'ai terminé l'étape ${step.position} (${step.resource.title})`,
                    nativeInputProps: {
                      name: `step-${step.id}`,
                      checked: step.done,
                      onChange: (event) => mark.mutate({ stepId: step.id, done: event.target.checked }),
                    },
                  },
                ]}
              />
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
