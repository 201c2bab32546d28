import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { PathStepResource } from "../api/path-types";
import { durationLabel, PATH_LANGUAGE_LABELS, PATH_LEVEL_LABELS, RESOURCE_TYPE_LABELS } from "../utils/path-labels";

/** What the step asks to read or watch, and a plain warning when the library withdrew it. */
export function StepResource({ resource }: { resource: PathStepResource }) {
  const withdrawn = resource.status === "WITHDRAWN";
  return (
    <>
      <ul className="fr-badges-group fr-mb-1w">
        {withdrawn && (
          <li>
            <Badge small severity="warning">
              Ressource retirée
            </Badge>
          </li>
        )}
        <li>
          <Badge small noIcon>
            {RESOURCE_TYPE_LABELS[resource.type]}
          </Badge>
        </li>
        <li>
          <Badge small noIcon>
            Niveau {PATH_LEVEL_LABELS[resource.level].toLowerCase()}
          </Badge>
        </li>
        <li>
          <Badge small noIcon>
            {PATH_LANGUAGE_LABELS[resource.programmingLanguage]}
          </Badge>
        </li>
        {resource.durationMinutes != null && (
          <li>
            <Badge small noIcon>
              {durationLabel(resource.durationMinutes)}
            </Badge>
          </li>
        )}
      </ul>
      {withdrawn ? (
        <p className="fr-text--sm fr-mb-1w">
          Cette ressource a été retirée de la bibliothèque (lien cassé, contenu dépassé…). L'étape reste dans le parcours : demandez à son
          auteur ou à votre mentor par quoi la remplacer.
        </p>
      ) : (
        <p className="fr-mb-1w">
          <a
            className="fr-link"
            href={resource.url}
            target="_blank"
            rel="noopener noreferrer"
            title={`${resource.title} – nouvelle fenêtre`}
          >
            Ouvrir la ressource
          </a>
        </p>
      )}
    </>
  );
}
