import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { Dataset } from "../../../lib/api/types";

const STATE = {
  VERIFIED: { label: "Données ouvertes vérifiées", severity: "success" },
  TO_REVIEW: { label: "À vérifier", severity: "warning" },
  REFUSED: { label: "Refusé", severity: "error" },
} as const;

/** The dataset of a challenge: what it is, who produces it, under which licence, and what the open-data check found. */
export function DatasetDetails({ dataset }: { dataset: Dataset }) {
  const state = STATE[dataset.state];
  return (
    <div className="fr-card fr-card--no-arrow fr-p-3w">
      <p className="fr-text--lg fr-text--bold fr-mb-1w">{dataset.title ?? "Jeu de données sans titre"}</p>
      <Badge severity={state.severity} small>
        {state.label}
      </Badge>
      <p className="fr-mt-1w fr-mb-1w">{dataset.reason}</p>
      <dl>
        {dataset.producer && (
          <>
            <dt className="fr-text--bold">Producteur</dt>
            <dd className="fr-ml-0 fr-mb-1w">{dataset.producer}</dd>
          </>
        )}
        <dt className="fr-text--bold">Licence</dt>
        <dd className="fr-ml-0 fr-mb-1w">{dataset.licenceTitle ?? dataset.licence ?? "Non précisée"}</dd>
      </dl>
      {dataset.archived && <p className="fr-text--sm">Archivé sur data.gouv.fr : ses données ne sont plus mises à jour.</p>}
      {dataset.url && (
        <a className="fr-link fr-icon-external-link-line fr-link--icon-right" href={dataset.url} target="_blank" rel="noreferrer">
          Voir le jeu de données <span className="fr-sr-only">« {dataset.title} » (nouvelle fenêtre)</span>
        </a>
      )}
    </div>
  );
}
