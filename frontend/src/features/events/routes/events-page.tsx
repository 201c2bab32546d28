import { Button } from "@codegouvfr/react-dsfr/Button";
import { Tabs } from "@codegouvfr/react-dsfr/Tabs";
import { useEffect, useRef } from "react";
import { useSearchParams } from "react-router";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { SkipToResults } from "../../../components/skip-to-results";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { isAnimateurOrAdmin, useSession } from "../../../lib/session/use-session";
import { useEventSearch } from "../api/use-events";
import { EventFiltersForm } from "../components/event-filters-form";
import { EventResults } from "../components/event-results";
import { filtersFromSearchParams, filtersToSearchParams, toEventQuery, type EventFilters, type When } from "../utils/event-filters";

const RESULTS_ID = "resultats";

const TABS: { tabId: When; label: string }[] = [
  { tabId: "UPCOMING", label: "À venir" },
  { tabId: "PAST", label: "Passés" },
];

/** The agenda: upcoming events (soonest first) or past ones (latest first, with their replays), filtered. */
export function EventsPage() {
  useDocumentTitle("Événements");
  const session = useSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearchParams(searchParams);
  const search = useEventSearch(toEventQuery(filters));
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const queryString = searchParams.toString();
  const previousQueryString = useRef(queryString);

  // After a new search or page (not a change of tab, where the focus stays on the tab), take the focus to the results.
  useEffect(() => {
    const previous = new URLSearchParams(previousQueryString.current);
    if (previousQueryString.current === queryString) return;
    previousQueryString.current = queryString;
    if (previous.get("when") === searchParams.get("when")) resultsHeading.current?.focus();
  }, [queryString, searchParams]);

  const applyFilters = (next: EventFilters) => setSearchParams(filtersToSearchParams(next));

  return (
    <div className="fr-py-6w">
      <h1>Événements</h1>
      <p className="fr-text--lead">
        Webinaires, ateliers, rencontres et présentations de projets : inscrivez-vous, ajoutez-les à votre agenda, et retrouvez les replays.
      </p>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mb-4w">
        <li>
          <Button priority="secondary" iconId="fr-icon-calendar-line" linkProps={{ to: paths.events.mine.getHref() }}>
            Mes inscriptions
          </Button>
        </li>
        {isAnimateurOrAdmin(session) && (
          <li>
            <Button iconId="fr-icon-add-line" linkProps={{ to: paths.events.create.getHref() }}>
              Créer un événement
            </Button>
          </li>
        )}
      </ul>
      <Tabs
        label="Période"
        selectedTabId={filters.when}
        tabs={TABS}
        onTabChange={(tabId) => applyFilters({ ...filters, when: tabId === "PAST" ? "PAST" : "UPCOMING", page: 1 })}
      >
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-4">
            <SkipToResults targetId={RESULTS_ID} />
            {/* Rebuilt when the address changes (back button, reset) so that the fields show the search in force. */}
            <EventFiltersForm key={queryString} filters={filters} onApply={applyFilters} />
          </div>
          <div className="fr-col-12 fr-col-md-8">
            {search.isPending && <LoadingMessage>Recherche en cours…</LoadingMessage>}
            {search.isError && <ProblemAlert error={search.error} title="La recherche n'a pas abouti" />}
            {search.data && <EventResults id={RESULTS_ID} headingRef={resultsHeading} result={search.data} filters={filters} />}
          </div>
        </div>
      </Tabs>
    </div>
  );
}
