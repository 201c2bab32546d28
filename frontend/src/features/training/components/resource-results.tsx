import { Button } from "@codegouvfr/react-dsfr/Button";
import type { Ref } from "react";
import { ListPagination } from "../../../components/list-pagination";
import { paths } from "../../../config/paths";
import type { ResourceSearchPage } from "../../../lib/api/types";
import { BEGINNER_SEARCH, filtersToSearchParams, hasFilters, PAGE_SIZE, type ResourceFilters } from "../utils/resource-filters";
import { ResourceCard } from "./resource-card";

type ResourceResultsProps = {
  result: ResourceSearchPage;
  filters: ResourceFilters;
  headingRef: Ref<HTMLHeadingElement>;
  /** The heading's id, for the link that skips the filters on a phone. */
  id?: string;
};

function countLabel(total: number): string {
  if (total === 0) return "Aucune ressource trouvée";
  return total === 1 ? "1 ressource trouvée" : `${new Intl.NumberFormat("fr-FR").format(total)} ressources trouvées`;
}

/** What to do when nothing matches: widen the search, start with beginner material, or propose what is missing. */
function EmptyState({ filters }: { filters: ResourceFilters }) {
  const filtered = hasFilters(filters);
  return (
    <div className="fr-mt-2w">
      <p>
        {filtered
          ? "Aucune ressource ne correspond à votre recherche. Essayez un mot plus court ou enlevez un filtre. Si vous connaissez une bonne ressource sur ce sujet, proposez-la : elle servira aux autres."
          : "La bibliothèque est encore vide. Proposez la première ressource qui vous a aidé·e à apprendre : un animateur la relira avant de la publier."}
      </p>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
        {filtered && (
          <li>
            <Button priority="secondary" linkProps={{ to: paths.training.resources.getHref({ search: BEGINNER_SEARCH }) }}>
              Voir les ressources pour débuter
            </Button>
          </li>
        )}
        <li>
          <Button iconId="fr-icon-add-line" linkProps={{ to: paths.training.resourcePropose.getHref() }}>
            Proposer une ressource
          </Button>
        </li>
      </ul>
    </div>
  );
}

/** The result count (a focusable heading, so that the focus can land there after a search), the cards and the pages. */
export function ResourceResults({ result, filters, headingRef, id }: ResourceResultsProps) {
  return (
    <>
      <h2 id={id} ref={headingRef} tabIndex={-1} className="fr-h4" aria-live="polite">
        {countLabel(result.total)}
      </h2>
      {result.items.length === 0 ? (
        <EmptyState filters={filters} />
      ) : (
        <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
          {result.items.map((resource) => (
            <li key={resource.id} className="fr-col-12 fr-col-md-6">
              <ResourceCard resource={resource} />
            </li>
          ))}
        </ul>
      )}
      <ListPagination
        result={result}
        pageSize={PAGE_SIZE}
        page={filters.page}
        className="fr-mt-4w"
        showFirstLast
        getPageLinkProps={(page) => ({ to: { search: filtersToSearchParams({ ...filters, page }).toString() } })}
      />
    </>
  );
}
