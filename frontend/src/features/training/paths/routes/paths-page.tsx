import { Button } from "@codegouvfr/react-dsfr/Button";
import { useEffect, useRef } from "react";
import { useSearchParams } from "react-router";
import { ListPagination } from "../../../../components/list-pagination";
import { LoadingMessage } from "../../../../components/loading-message";
import { ProblemAlert } from "../../../../components/problem-alert";
import { SkipToResults } from "../../../../components/skip-to-results";
import { paths } from "../../../../config/paths";
import { useDocumentTitle } from "../../../../hooks/use-document-title";
import { totalLabel, type ListTotal } from "../../../../lib/list-total";
import { usePaths } from "../api/path-queries";
import { PathCard } from "../components/path-card";
import { PathFiltersForm } from "../components/path-filters-form";
import { useCanWritePaths } from "../utils/path-authoring";
import {
  hasPathFilters,
  pathFiltersFromSearchParams,
  pathFiltersToSearchParams,
  PATHS_PAGE_SIZE,
  toPathQuery,
  type PathFilters,
} from "../utils/path-filters";

function countLabel(result: ListTotal): string {
  if (result.total === 0) return "Aucun parcours trouvé";
  return totalLabel(result, "parcours trouvé", "parcours trouvés");
}

const RESULTS_ID = "resultats";

export function PathsPage() {
  useDocumentTitle("Parcours");
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = pathFiltersFromSearchParams(searchParams);
  const search = usePaths(toPathQuery(filters));
  const canWrite = useCanWritePaths();
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const queryString = searchParams.toString();
  const previousQueryString = useRef(queryString);

  useEffect(() => {
    if (previousQueryString.current === queryString) return;
    previousQueryString.current = queryString;
    resultsHeading.current?.focus();
  }, [queryString]);

  const applyFilters = (next: PathFilters) => setSearchParams(pathFiltersToSearchParams(next));

  return (
    <div className="fr-py-6w">
      <h1>Parcours d'apprentissage</h1>
      <p className="fr-text--lead">
        Des ressources choisies et mises dans l'ordre par des mentors, avec leurs conseils et des exercices. Suivez un parcours et cochez
        les étapes à votre rythme.
      </p>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mb-4w">
        <li>
          <Button priority="secondary" linkProps={{ to: paths.training.myPaths.getHref() }}>
            Mes parcours
          </Button>
        </li>
        {canWrite && (
          <li>
            <Button iconId="fr-icon-add-line" linkProps={{ to: paths.training.pathCreate.getHref() }}>
              Créer un parcours
            </Button>
          </li>
        )}
      </ul>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <SkipToResults targetId={RESULTS_ID} />
          <PathFiltersForm key={queryString} filters={filters} onApply={applyFilters} />
        </div>
        <div className="fr-col-12 fr-col-md-8">
          {search.isPending && <LoadingMessage>Recherche en cours…</LoadingMessage>}
          {search.isError && <ProblemAlert error={search.error} title="La recherche n'a pas abouti" />}
          {search.data && (
            <>
              <h2 id={RESULTS_ID} ref={resultsHeading} tabIndex={-1} className="fr-h4" aria-live="polite">
                {countLabel(search.data)}
              </h2>
              {search.data.items.length === 0 ? (
                <div>
                  <p>
                    {hasPathFilters(filters)
                      ? "Aucun parcours ne correspond à votre recherche. Essayez d'enlever un filtre, ou cherchez directement dans la bibliothèque de ressources."
                      : "Aucun parcours n'est encore publié. En attendant, la bibliothèque de ressources vous attend."}
                  </p>
                  <Button priority="secondary" linkProps={{ to: paths.training.resources.getHref() }}>
                    Parcourir la bibliothèque
                  </Button>
                </div>
              ) : (
                <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
                  {search.data.items.map((path) => (
                    <li key={path.id} className="fr-col-12 fr-col-md-6">
                      <PathCard path={path} />
                    </li>
                  ))}
                </ul>
              )}
              <ListPagination
                result={search.data}
                pageSize={PATHS_PAGE_SIZE}
                page={filters.page}
                className="fr-mt-4w"
                showFirstLast
                getPageLinkProps={(page) => ({ to: { search: pathFiltersToSearchParams({ ...filters, page }).toString() } })}
              />
            </>
          )}
        </div>
      </div>
    </div>
  );
}
