import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { useEffect, useRef } from "react";
import { Link, useLocation, useParams } from "react-router";
import { LoadingMessage } from "../../../components/loading-message";
import { NotFoundPage } from "../../../components/not-found-page";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { isNotFound } from "../../../lib/api/api-error";
import type { EventView } from "../../../lib/api/types";
import { useEvent } from "../api/use-events";
import { EventBadges } from "../components/event-badges";
import { EventFacts } from "../components/event-facts";
import { EventOrganiserActions } from "../components/event-organiser-actions";
import { EventRegistration } from "../components/event-registration";

const AGENDA_SEGMENT = { label: "Événements", linkProps: { to: paths.events.list.getHref() } };

function Speakers({ event }: { event: EventView }) {
  if (event.speakers.length === 0) return null;
  return (
    <section aria-labelledby="event-speakers-heading" className="fr-mb-6w">
      <h2 id="event-speakers-heading">{event.speakers.length > 1 ? "Intervenants" : "Intervenant"}</h2>
      <ul>
        {event.speakers.map((speaker, index) => (
          <li key={speaker.memberId ?? `${speaker.name}-${index}`}>
            {speaker.memberId ? <Link to={paths.members.member.getHref(speaker.memberId)}>{speaker.name}</Link> : speaker.name}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The replay and the slides, once added after the event (the agenda's « Voir le replay » links here). */
function Replay({ event }: { event: EventView }) {
  const { hash } = useLocation();
  const section = useRef<HTMLElement>(null);
  const hasReplay = Boolean(event.replayUrl || event.slidesUrl);

  // Arriving from « Voir le replay » (`#replay`): once the event is loaded, the focus and the view go to its replay.
  useEffect(() => {
    if (hasReplay && hash === "#replay") section.current?.focus();
  }, [hasReplay, hash]);

  if (!hasReplay) return null;
  return (
    <section ref={section} id="replay" aria-labelledby="event-replay-heading" className="fr-mb-6w" tabIndex={-1}>
      <h2 id="event-replay-heading">Replay et supports</h2>
      <ul>
        {event.replayUrl && (
          <li>
            <a href={event.replayUrl} target="_blank" rel="noreferrer" title="Voir le replay - nouvelle fenêtre">
              Voir le replay
            </a>
          </li>
        )}
        {event.slidesUrl && (
          <li>
            <a href={event.slidesUrl} target="_blank" rel="noreferrer" title="Télécharger les supports - nouvelle fenêtre">
              Télécharger les supports
            </a>
          </li>
        )}
      </ul>
    </section>
  );
}

function EventContent({ event }: { event: EventView }) {
  return (
    <>
      <EventBadges event={event} small={false} />
      {event.status === "CANCELLED" && (
        <Alert
          as="h2"
          severity="error"
          className="fr-my-2w"
          title="Cet événement est annulé"
          description={event.cancellationReason ? `Motif : ${event.cancellationReason}` : undefined}
        />
      )}
      <EventOrganiserActions event={event} />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-8">
          <Replay event={event} />
          <section aria-labelledby="event-description-heading" className="fr-mb-6w">
            <h2 id="event-description-heading">Présentation</h2>
            {event.description.trim() ? (
              // The server renders the Markdown and sanitises it (no script, event handler or javascript: link).
              <div dangerouslySetInnerHTML={{ __html: event.descriptionHtml }} />
            ) : (
              <p>Pas encore de présentation.</p>
            )}
          </section>
          <Speakers event={event} />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <EventRegistration event={event} />
          <EventFacts event={event} />
        </div>
      </div>
    </>
  );
}

export function EventPage() {
  const { id = "" } = useParams();
  const event = useEvent(id);
  const title = event.data?.title ?? "Événement";
  useDocumentTitle(title);

  if (isNotFound(event.error)) return <NotFoundPage />;
  return (
    <>
      <Breadcrumb currentPageLabel={title} homeLinkProps={{ to: paths.home.getHref() }} segments={[AGENDA_SEGMENT]} />
      <h1>{title}</h1>
      {event.isPending && <LoadingMessage>Chargement de l'événement…</LoadingMessage>}
      {event.isError && <ProblemAlert error={event.error} title="Cet événement n'est pas disponible" />}
      {event.data && <EventContent event={event.data} />}
    </>
  );
}
