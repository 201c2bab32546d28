import { Button } from "@codegouvfr/react-dsfr/Button";
import { Card } from "@codegouvfr/react-dsfr/Card";
import type { ReactNode } from "react";
import { paths } from "../../../config/paths";
import type { EventSummary } from "../../../lib/api/types";
import { seatsLabel, whereLabel } from "../utils/event-labels";
import { formatEventDates } from "../utils/paris-time";
import { EventBadges } from "./event-badges";
import { EventTopics } from "./event-topics";

type EventCardProps = {
  event: EventSummary;
  titleAs?: "h2" | "h3" | "h4";
  /** More to say here (« Mes inscriptions »: my place on the waitlist). */
  extra?: ReactNode;
};

const hasEnded = (event: EventSummary) => new Date(event.endsAt).getTime() <= Date.now();

/** An event in a list: its page, its date at Paris, where, the seats left (or its replay once it is over). */
export function EventCard({ event, titleAs = "h3", extra }: EventCardProps) {
  const ended = hasEnded(event);
  const speakers = event.speakers.map((speaker) => speaker.name).join(", ");
  return (
    <Card
      title={event.title}
      titleAs={titleAs}
      linkProps={{ to: paths.events.event.getHref(event.id) }}
      size="small"
      start={<EventBadges event={event} />}
      detail={formatEventDates(event.startsAt, event.endsAt)}
      desc={
        <>
          {whereLabel(event)}
          {speakers && (
            <>
              <br />
              <span className="fr-text--sm">Avec {speakers}</span>
            </>
          )}
          {!ended && event.status === "PLANNED" && (
            <>
              <br />
              <strong>{seatsLabel(event)}</strong>
            </>
          )}
          {extra}
        </>
      }
      end={<EventTopics topics={event.topics} />}
      footer={
        ended && event.hasReplay ? (
          <Button
            size="small"
            priority="secondary"
            iconId="fr-icon-play-circle-line"
            linkProps={{ to: `${paths.events.event.getHref(event.id)}#replay`, title: `Voir le replay : ${event.title}` }}
          >
            Voir le replay
          </Button>
        ) : undefined
      }
    />
  );
}
