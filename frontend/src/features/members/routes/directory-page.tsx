import { useEffect, useRef } from "react";
import { useSearchParams } from "react-router";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { SkipToResults } from "../../../components/skip-to-results";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { useMemberSearch } from "../api/search-members";
import { DirectoryFiltersForm } from "../components/directory-filters-form";
import { MemberResults } from "../components/member-results";
import { filtersFromSearchParams, filtersToSearchParams, toMemberQuery, type DirectoryFilters } from "../utils/directory-filters";

const RESULTS_ID = "resultats";

export function DirectoryPage() {
  useDocumentTitle("Annuaire");
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearchParams(searchParams);
  const search = useMemberSearch(toMemberQuery(filters));
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const queryString = searchParams.toString();
  const previousQueryString = useRef(queryString);

  // After a new search or page, take keyboard and screen reader users to the results.
  useEffect(() => {
    if (previousQueryString.current === queryString) return;
    previousQueryString.current = queryString;
    resultsHeading.current?.focus();
  }, [queryString]);

  const applyFilters = (next: DirectoryFilters) => setSearchParams(filtersToSearchParams(next));

  return (
    <div className="fr-py-6w">
      <h1>Annuaire des membres</h1>
      <p className="fr-text--lead">Trouvez des collègues selon leurs compétences, leur administration ou leur région.</p>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <SkipToResults targetId={RESULTS_ID} />
          {/* Rebuilt when the URL changes (back button, reset) so that the fields show the search in force. */}
          <DirectoryFiltersForm key={queryString} filters={filters} onApply={applyFilters} />
        </div>
        <div className="fr-col-12 fr-col-md-8">
          {search.isPending && <LoadingMessage>Recherche en cours…</LoadingMessage>}
          {search.isError && <ProblemAlert error={search.error} title="La recherche n'a pas abouti" />}
          {search.data && <MemberResults id={RESULTS_ID} headingRef={resultsHeading} result={search.data} filters={filters} />}
        </div>
      </div>
    </div>
  );
}
