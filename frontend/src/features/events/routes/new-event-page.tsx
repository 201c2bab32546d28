import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { useNavigate } from "react-router";
import { AnimateurOnly } from "../../../components/animateur-only";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { flashState } from "../../../lib/flash-message";
import { useCreateEvent } from "../api/edit-event";
import { EventForm } from "../components/event-form";
import { EMPTY_EVENT_DRAFT, toEventCreate } from "../utils/event-draft";

const AGENDA_SEGMENT = { label: "Événements", linkProps: { to: paths.events.list.getHref() } };
const TITLE = "Créer un événement";

function NewEventForm() {
  useDocumentTitle(TITLE);
  const navigate = useNavigate();
  const create = useCreateEvent();

  return (
    <>
      <Breadcrumb currentPageLabel={TITLE} homeLinkProps={{ to: paths.home.getHref() }} segments={[AGENDA_SEGMENT]} />
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-lg-8">
          <h1>{TITLE}</h1>
          <p className="fr-text--lead">
            Un webinaire, un atelier, une rencontre ou une présentation de projet : il apparaîtra aussitôt dans l'agenda.
          </p>
          <EventForm
            initialDraft={EMPTY_EVENT_DRAFT}
            submitLabel="Créer l'événement"
            isPending={create.isPending}
            error={create.error}
            onCancel={() => navigate(paths.events.list.getHref())}
            onSubmit={(draft) =>
              create.mutate(toEventCreate(draft), {
                onSuccess: (created) =>
                  navigate(paths.events.event.getHref(created.id), {
                    state: flashState("L'événement est publié dans l'agenda.", "success"),
                  }),
              })
            }
          />
        </div>
      </div>
    </>
  );
}

/** Animateurs and administrators create events. */
export function NewEventPage() {
  return (
    <AnimateurOnly title={TITLE}>
      <NewEventForm />
    </AnimateurOnly>
  );
}
