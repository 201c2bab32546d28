import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { EventSummary } from "../../../lib/api/types";
import { EVENT_LANGUAGE_LABELS, EVENT_TYPE_LABELS, levelLabel, REGISTRATION_STATUS_LABELS } from "../utils/event-labels";

type EventBadgesProps = { event: EventSummary; small?: boolean };

/** « Annulé » first, then my registration, the type, the level and the language. */
export function EventBadges({ event, small = true }: EventBadgesProps) {
  return (
    <ul className="fr-badges-group">
      {event.status === "CANCELLED" && (
        <li>
          <Badge small={small} severity="error">
            Annulé
          </Badge>
        </li>
      )}
      {event.myStatus && event.myStatus !== "CANCELLED" && (
        <li>
          <Badge small={small} severity={event.myStatus === "CONFIRMED" ? "success" : "warning"}>
            {REGISTRATION_STATUS_LABELS[event.myStatus]}
          </Badge>
        </li>
      )}
      <li>
        <Badge small={small} severity="info" noIcon>
          {EVENT_TYPE_LABELS[event.type]}
        </Badge>
      </li>
      <li>
        <Badge small={small} noIcon>
          {levelLabel(event.level)}
        </Badge>
      </li>
      {event.language !== "NONE" && (
        <li>
          <Badge small={small} noIcon>
            {EVENT_LANGUAGE_LABELS[event.language]}
          </Badge>
        </li>
      )}
    </ul>
  );
}
