import type { Ref } from "react";
import { ListPagination } from "../../../components/list-pagination";
import type { MemberPage } from "../../../lib/api/types";
import { totalLabel, type ListTotal } from "../../../lib/list-total";
import { useRegions } from "../../../lib/referentials/regions";
import { filtersToSearchParams, PAGE_SIZE, type DirectoryFilters } from "../utils/directory-filters";
import { MemberCard } from "./member-card";

type MemberResultsProps = {
  result: MemberPage;
  filters: DirectoryFilters;
  headingRef: Ref<HTMLHeadingElement>;
  /** The heading's id, for the link that skips the filters on a phone. */
  id?: string;
};

function countLabel(result: ListTotal): string {
  if (result.total === 0) return "Aucun membre trouvé";
  return totalLabel(result, "membre trouvé", "membres trouvés");
}

/** The result count (a focusable heading, so that the focus can land there after a search), the cards and the pages. */
export function MemberResults({ result, filters, headingRef, id }: MemberResultsProps) {
  const regions = useRegions();

  return (
    <>
      <h2 id={id} ref={headingRef} tabIndex={-1} className="fr-h4" aria-live="polite">
        {countLabel(result)}
      </h2>
      {result.items.length === 0 ? (
        <p>Aucun membre ne correspond à votre recherche.</p>
      ) : (
        <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
          {result.items.map((member) => (
            <li key={member.id} className="fr-col-12 fr-col-md-6">
              <MemberCard member={member} regions={regions.data} />
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
