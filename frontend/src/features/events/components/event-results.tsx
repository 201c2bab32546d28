import { Button } from "@codegouvfr/react-dsfr/Button";
import type { Ref } from "react";
import { ListPagination } from "../../../components/list-pagination";
import { paths } from "../../../config/paths";
import type { EventPage } from "../../../lib/api/types";
import { totalLabel, type ListTotal } from "../../../lib/list-total";
import { filtersToSearchParams, hasFilters, PAGE_SIZE, type EventFilters } from "../utils/event-filters";
import { EventCard } from "./event-card";

type EventResultsProps = {
  result: EventPage;
  filters: EventFilters;
  headingRef: Ref<HTMLHeadingElement>;
  /** The heading's id, for the link that skips the filters on a phone. */
  id?: string;
};

function countLabel(result: ListTotal, when: EventFilters["when"]): string {
  const noun = when === "PAST" ? "passé" : "à venir";
  if (result.total === 0) return `Aucun événement ${noun}`;
  return totalLabel(result, `événement ${noun}`, `événements ${noun === "passé" ? "passés" : noun}`);
}

function EmptyState({ filters }: { filters: EventFilters }) {
  if (hasFilters(filters))
    return <p className="fr-mt-2w">Aucun événement ne correspond à votre recherche. Essayez un mot plus court ou enlevez un filtre.</p>;
  return filters.when === "PAST" ? (
    <p className="fr-mt-2w">Aucun événement passé pour l'instant : les replays et supports apparaîtront ici.</p>
  ) : (
    <div className="fr-mt-2w">
      <p>Aucun événement n'est prévu pour l'instant. Revenez bientôt, ou revoyez les replays des événements passés.</p>
      <Button priority="secondary" linkProps={{ to: paths.events.list.getHref({ search: "when=PAST" }) }}>
        Voir les événements passés
      </Button>
    </div>
  );
}

/** The count (a focusable heading, where the focus lands after a search), the cards and the pages. */
export function EventResults({ result, filters, headingRef, id }: EventResultsProps) {
  return (
    <>
      <h2 id={id} ref={headingRef} tabIndex={-1} className="fr-h4" aria-live="polite">
        {countLabel(result, filters.when)}
      </h2>
      {result.items.length === 0 ? (
        <EmptyState filters={filters} />
      ) : (
        <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
          {result.items.map((event) => (
            <li key={event.id} className="fr-col-12 fr-col-md-6">
              <EventCard event={event} />
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
