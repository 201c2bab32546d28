import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { Dataset, DatasetCheckResult, DatasetState } from "../../lib/api/types";
import { DATASET_STATE_LABELS, DATASET_STATE_SEVERITIES, OPEN_LICENCES } from "../../lib/open-data/dataset-labels";

/** The usual name of an open licence given by its id (a dataset outside data.gouv.fr carries only the id). */
const openLicenceTitle = (id: string | undefined) => OPEN_LICENCES.find((licence) => licence.id === id)?.title;

export function DatasetStateBadge({ state }: { state: DatasetState }) {
  return (
    <Badge severity={DATASET_STATE_SEVERITIES[state]} small>
      {DATASET_STATE_LABELS[state]}
    </Badge>
  );
}

type Facts = Pick<Dataset | DatasetCheckResult, "title" | "producer" | "licence" | "licenceTitle" | "url" | "reason" | "archived">;

/**
 * What the open-data guard knows of a dataset, said plainly: its title (a link to its page), its check state (a badge)
 * and the reason for it, its producer and licence. `headingAs` gives the title its level in the page.
 */
export function DatasetFacts({ facts, state, headingAs: Heading = "h3" }: { facts: Facts; state: DatasetState; headingAs?: "h3" | "h4" }) {
  const title = facts.title ?? facts.url ?? "Jeu de données sans titre";
  return (
    <>
      <Heading className="fr-h6 fr-mb-1w">
        {facts.url ? (
          <a href={facts.url} target="_blank" rel="noopener noreferrer" title={`${title} — nouvelle fenêtre`}>
            {title}
          </a>
        ) : (
          title
        )}
      </Heading>
      <p className="fr-mb-1w">
        <DatasetStateBadge state={state} />
      </p>
      <p className="fr-mb-1w">{facts.reason}</p>
      <ul className="fr-text--sm fr-mb-1w">
        <li>Producteur : {facts.producer ?? "non indiqué"}</li>
        <li>Licence : {facts.licenceTitle ?? openLicenceTitle(facts.licence) ?? facts.licence ?? "non indiquée"}</li>
        {facts.archived && <li>Archivé sur data.gouv.fr : ses données ne sont plus mises à jour.</li>}
      </ul>
    </>
  );
}
