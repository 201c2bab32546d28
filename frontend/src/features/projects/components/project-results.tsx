import { Button } from "@codegouvfr/react-dsfr/Button";
import type { Ref } from "react";
import { ListPagination } from "../../../components/list-pagination";
import { paths } from "../../../config/paths";
import type { ProjectPage } from "../../../lib/api/types";
import { totalLabel, type ListTotal } from "../../../lib/list-total";
import { filtersToSearchParams, hasFilters, PAGE_SIZE, type ProjectFilters } from "../utils/project-filters";
import { ProjectCard } from "./project-card";

type ProjectResultsProps = {
  result: ProjectPage;
  filters: ProjectFilters;
  headingRef: Ref<HTMLHeadingElement>;
  /** The heading's id, for the link that skips the filters on a phone. */
  id?: string;
};

function countLabel(result: ListTotal): string {
  if (result.total === 0) return "Aucun projet trouvé";
  return totalLabel(result, "projet trouvé", "projets trouvés");
}

/** What to do when nothing matches: widen the search, or propose the project oneself. */
function EmptyState({ filters }: { filters: ProjectFilters }) {
  return (
    <div className="fr-mt-2w">
      <p>
        {hasFilters(filters)
          ? "Aucun projet ne correspond à votre recherche. Essayez d'enlever un filtre, ou proposez le projet qui vous manque."
          : "Aucun projet n'est encore proposé. Lancez le premier : d'autres membres pourront vous rejoindre."}
      </p>
      <Button iconId="fr-icon-add-line" linkProps={{ to: paths.projects.create.getHref() }}>
        Proposer un projet
      </Button>
    </div>
  );
}

/** The result count (a focusable heading, so that the focus can land there after a search), the cards and the pages. */
export function ProjectResults({ result, filters, headingRef, id }: ProjectResultsProps) {
  return (
    <>
      <h2 id={id} ref={headingRef} tabIndex={-1} className="fr-h4" aria-live="polite">
        {countLabel(result)}
      </h2>
      {result.items.length === 0 ? (
        <EmptyState filters={filters} />
      ) : (
        <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
          {result.items.map((project) => (
            <li key={project.id} className="fr-col-12 fr-col-md-6">
              <ProjectCard project={project} />
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
        getPageLinkProps={(page, after) => ({
          to: { search: filtersToSearchParams({ ...filters, page, after }).toString() },
        })}
      />
    </>
  );
}
