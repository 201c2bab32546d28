import { Button } from "@codegouvfr/react-dsfr/Button";
import { useEffect, useRef } from "react";
import { useSearchParams } from "react-router";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { SkipToResults } from "../../../components/skip-to-results";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { useProjects } from "../api/get-projects";
import { ProjectFiltersForm } from "../components/project-filters-form";
import { ProjectResults } from "../components/project-results";
import { filtersFromSearchParams, filtersToSearchParams, toProjectQuery, type ProjectFilters } from "../utils/project-filters";

const RESULTS_ID = "resultats";

export function ProjectsPage() {
  useDocumentTitle("Projets");
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearchParams(searchParams);
  const search = useProjects(toProjectQuery(filters));
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const queryString = searchParams.toString();
  const previousQueryString = useRef(queryString);

  // After a new search or page, take keyboard and screen reader users to the results.
  useEffect(() => {
    if (previousQueryString.current === queryString) return;
    previousQueryString.current = queryString;
    resultsHeading.current?.focus();
  }, [queryString]);

  const applyFilters = (next: ProjectFilters) => setSearchParams(filtersToSearchParams(next));

  return (
    <div className="fr-py-6w">
      <h1>Projets partagés</h1>
      <p className="fr-text--lead">
        Des projets sur des données ouvertes, où débutants et confirmés apprennent ensemble. Rejoignez une équipe, ou proposez votre projet.
      </p>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mb-4w">
        <li>
          <Button iconId="fr-icon-add-line" linkProps={{ to: paths.projects.create.getHref() }}>
            Proposer un projet
          </Button>
        </li>
        <li>
          <Button priority="secondary" linkProps={{ to: paths.projects.mine.getHref() }}>
            Mes projets
          </Button>
        </li>
      </ul>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <SkipToResults targetId={RESULTS_ID} />
          {/* Rebuilt when the URL changes (back button, reset) so that the fields show the search in force. */}
          <ProjectFiltersForm key={queryString} filters={filters} onApply={applyFilters} />
        </div>
        <div className="fr-col-12 fr-col-md-8">
          {search.isPending && <LoadingMessage>Recherche en cours…</LoadingMessage>}
          {search.isError && <ProblemAlert error={search.error} title="La recherche n'a pas abouti" />}
          {search.data && <ProjectResults id={RESULTS_ID} headingRef={resultsHeading} result={search.data} filters={filters} />}
        </div>
      </div>
    </div>
  );
}
