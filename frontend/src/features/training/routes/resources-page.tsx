import { Button } from "@codegouvfr/react-dsfr/Button";
import { useEffect, useRef } from "react";
import { Link, useSearchParams } from "react-router";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { SkipToResults } from "../../../components/skip-to-results";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { useResourceSearch } from "../api/use-resources";
import { ResourceFiltersForm } from "../components/resource-filters-form";
import { ResourceResults } from "../components/resource-results";
import {
  BEGINNER_SEARCH,
  filtersFromSearchParams,
  filtersToSearchParams,
  toResourceQuery,
  type ResourceFilters,
} from "../utils/resource-filters";

const RESULTS_ID = "resultats";

export function ResourcesPage() {
  useDocumentTitle("Bibliothèque de ressources");
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearchParams(searchParams);
  const search = useResourceSearch(toResourceQuery(filters));
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const queryString = searchParams.toString();
  const previousQueryString = useRef(queryString);

  // After a new search or page, take keyboard and screen reader users to the results.
  useEffect(() => {
    if (previousQueryString.current === queryString) return;
    previousQueryString.current = queryString;
    resultsHeading.current?.focus();
  }, [queryString]);

  const applyFilters = (next: ResourceFilters) => setSearchParams(filtersToSearchParams(next));

  return (
    <div className="fr-py-6w">
      <h1>Bibliothèque de ressources</h1>
      <p className="fr-text--lead">
        Des cours, tutoriels, livres et outils choisis par la communauté pour apprendre la science des données en Python et en R.
      </p>
      <p>
        Vous débutez ? Commencez par{" "}
        <Link to={paths.training.resources.getHref({ search: BEGINNER_SEARCH })}>les ressources pour débuter, en français</Link>, et ajoutez
        celles qui vous tentent à votre liste.
      </p>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mb-4w">
        <li>
          <Button iconId="fr-icon-add-line" linkProps={{ to: paths.training.resourcePropose.getHref() }}>
            Proposer une ressource
          </Button>
        </li>
        <li>
          <Button priority="secondary" iconId="fr-icon-bookmark-line" linkProps={{ to: paths.training.resourcesBookmarked.getHref() }}>
            Ma liste
          </Button>
        </li>
        <li>
          <Button priority="secondary" linkProps={{ to: paths.training.resourcesMine.getHref() }}>
            Mes propositions
          </Button>
        </li>
      </ul>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <SkipToResults targetId={RESULTS_ID} />
          {/* Rebuilt when the URL changes (back button, reset) so that the fields show the search in force. */}
          <ResourceFiltersForm key={queryString} filters={filters} facets={search.data?.facets} onApply={applyFilters} />
        </div>
        <div className="fr-col-12 fr-col-md-8">
          {search.isPending && <LoadingMessage>Recherche en cours…</LoadingMessage>}
          {search.isError && <ProblemAlert error={search.error} title="La recherche n'a pas abouti" />}
          {search.data && <ResourceResults id={RESULTS_ID} headingRef={resultsHeading} result={search.data} filters={filters} />}
        </div>
      </div>
    </div>
  );
}
