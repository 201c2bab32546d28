import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { useNavigate, useParams } from "react-router";
import { LoadingMessage } from "../../../components/loading-message";
import { NotFoundPage } from "../../../components/not-found-page";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { isNotFound } from "../../../lib/api/api-error";
import { flashState } from "../../../lib/flash-message";
import type { EventView } from "../../../lib/api/types";
import { useUpdateEvent } from "../api/edit-event";
import { useEvent } from "../api/use-events";
import { EventForm } from "../components/event-form";
import { eventDraftOf, toEventUpdate } from "../utils/event-draft";

const AGENDA_SEGMENT = { label: "Événements", linkProps: { to: paths.events.list.getHref() } };

function EditForm({ event }: { event: EventView }) {
  const update = useUpdateEvent(event.id);
  const navigate = useNavigate();
  const initialDraft = eventDraftOf(event);
  const backToEvent = () => navigate(paths.events.event.getHref(event.id));
  const started = new Date(event.startsAt).getTime() <= Date.now();

  return (
    <>
      {event.confirmedCount + event.waitlistCount > 0 && (
        <p>
          Les inscrits verront les changements dans leur agenda. Réduire le nombre de places sous le nombre d'inscrits confirmés est refusé
          ; l'augmenter inscrit aussitôt les premiers de la liste d'attente.
        </p>
      )}
      <EventForm
        initialDraft={initialDraft}
        editing={{ started }}
        submitLabel="Enregistrer les modifications"
        isPending={update.isPending}
        error={update.error}
        onCancel={backToEvent}
        onSubmit={(draft) =>
          update.mutate(toEventUpdate(initialDraft, draft), {
            onSuccess: () =>
              navigate(paths.events.event.getHref(event.id), { state: flashState("L'événement est enregistré.", "success") }),
          })
        }
      />
    </>
  );
}

/** Organisers edit a planned event; after its start, they add the replay and the slides. */
export function EditEventPage() {
  const { id = "" } = useParams();
  const event = useEvent(id);
  const title = event.data ? `Modifier « ${event.data.title} »` : "Modifier un événement";
  useDocumentTitle(title);

  if (isNotFound(event.error)) return <NotFoundPage />;
  return (
    <>
      <Breadcrumb
        currentPageLabel="Modifier"
        homeLinkProps={{ to: paths.home.getHref() }}
        segments={[AGENDA_SEGMENT, ...(event.data ? [{ label: event.data.title, linkProps: { to: paths.events.event.getHref(id) } }] : [])]}
      />
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-lg-8">
          <h1>{title}</h1>
          {event.isPending && <LoadingMessage>Chargement de l'événement…</LoadingMessage>}
          {event.isError && <ProblemAlert error={event.error} title="Cet événement n'est pas disponible" />}
          {event.data && !event.data.canEdit && (
            <Alert
              as="h2"
              severity="info"
              title="Vous ne pouvez pas modifier cet événement"
              description="Seuls les animateurs et les administrateurs modifient les événements."
            />
          )}
          {event.data?.canEdit && event.data.status === "CANCELLED" && (
            <Alert as="h2" severity="info" title="Cet événement est annulé" description="Un événement annulé ne se modifie plus." />
          )}
          {event.data?.canEdit && event.data.status === "PLANNED" && <EditForm event={event.data} />}
        </div>
      </div>
    </>
  );
}
