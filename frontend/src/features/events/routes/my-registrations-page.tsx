import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Tabs } from "@codegouvfr/react-dsfr/Tabs";
import { useSearchParams } from "react-router";
import { ListPagination } from "../../../components/list-pagination";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import type { MyRegistration } from "../../../lib/api/types";
import { LIST_PAGE_SIZE } from "../api/event-queries";
import { useMyRegistrations } from "../api/use-events";
import { EventCard } from "../components/event-card";
import type { When } from "../utils/event-filters";
import { waitlistPositionLabel } from "../utils/event-labels";

const AGENDA_SEGMENT = { label: "Événements", linkProps: { to: paths.events.list.getHref() } };
const TITLE = "Mes inscriptions";

function registrationNote(registration: MyRegistration, when: When) {
  if (registration.status === "WAITLISTED") return waitlistPositionLabel(registration.position);
  if (when === "PAST") return registration.attended ? "Vous y avez assisté." : null;
  return null;
}

function pageOf(params: URLSearchParams): number {
  const page = Number(params.get("page"));
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** The events I registered to or wait for: upcoming ones first, past ones (with their replays) in the other tab. */
export function MyRegistrationsPage() {
  useDocumentTitle(TITLE);
  const [searchParams, setSearchParams] = useSearchParams();
  const when: When = searchParams.get("when") === "PAST" ? "PAST" : "UPCOMING";
  const page = pageOf(searchParams);
  const mine = useMyRegistrations(when, page);
  const searchOf = (target: { when?: When; page?: number }) => {
    const params = new URLSearchParams();
    if ((target.when ?? when) === "PAST") params.set("when", "PAST");
    if ((target.page ?? 1) > 1) params.set("page", String(target.page));
    return params.toString();
  };

  return (
    <div className="fr-pb-6w">
      <Breadcrumb currentPageLabel={TITLE} homeLinkProps={{ to: paths.home.getHref() }} segments={[AGENDA_SEGMENT]} />
      <h1>{TITLE}</h1>
      <p className="fr-text--lead">
        Les événements où vous êtes inscrit·e ou en liste d'attente. Pour les retrouver dans votre agenda, activez « Mon agenda » dans votre
        profil.
      </p>
      <Tabs
        label="Période"
        selectedTabId={when}
        tabs={[
          { tabId: "UPCOMING", label: "À venir" },
          { tabId: "PAST", label: "Passées" },
        ]}
        onTabChange={(tabId) => setSearchParams(searchOf({ when: tabId === "PAST" ? "PAST" : "UPCOMING" }))}
      >
        {mine.isPending && <LoadingMessage>Chargement de vos inscriptions…</LoadingMessage>}
        {mine.isError && <ProblemAlert error={mine.error} title="Vos inscriptions n'ont pas pu être chargées" />}
        {mine.data && mine.data.items.length === 0 && (
          <div>
            <p>
              {when === "PAST"
                ? "Vous n'avez participé à aucun événement pour l'instant."
                : "Vous n'êtes inscrit·e à aucun événement à venir."}
            </p>
            <Button priority="secondary" linkProps={{ to: paths.events.list.getHref() }}>
              Voir l'agenda
            </Button>
          </div>
        )}
        {mine.data && mine.data.items.length > 0 && (
          <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
            {mine.data.items.map(({ event, registration }) => {
              const note = registrationNote(registration, when);
              return (
                <li key={event.id} className="fr-col-12 fr-col-md-6 fr-col-lg-4">
                  <EventCard
                    event={event}
                    titleAs="h2"
                    extra={
                      note && (
                        <>
                          <br />
                          <span className="fr-text--sm">{note}</span>
                        </>
                      )
                    }
                  />
                </li>
              );
            })}
          </ul>
        )}
        {mine.data && (
          <ListPagination
            result={mine.data}
            pageSize={LIST_PAGE_SIZE}
            page={page}
            className="fr-mt-4w"
            showFirstLast
            getPageLinkProps={(target) => ({ to: { search: searchOf({ page: target }) } })}
          />
        )}
      </Tabs>
    </div>
  );
}
