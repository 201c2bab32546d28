import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Card } from "@codegouvfr/react-dsfr/Card";
import type { Notification } from "../../../lib/api/types";
import { formatDateTime } from "../../../utils/format-date";

type NotificationCardProps = { notification: Notification; onOpen: (notification: Notification) => void };

/** One notification; opening it marks it read. */
export function NotificationCard({ notification, onOpen }: NotificationCardProps) {
  const unread = !notification.readAt;
  return (
    <Card
      title={notification.title}
      titleAs="h2"
      size="small"
      enlargeLink
      linkProps={{ to: notification.link, onClick: () => onOpen(notification) }}
      grey={!unread}
      start={
        unread ? (
          <ul className="fr-badges-group">
            <li>
              <Badge severity="new" small>
                Non lue
              </Badge>
            </li>
          </ul>
        ) : undefined
      }
      desc={notification.body}
      endDetail={<time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt)}</time>}
    />
  );
}
