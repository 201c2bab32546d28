import { Button } from "@codegouvfr/react-dsfr/Button";
import { useSearchParams } from "react-router";
import { ListPagination } from "../../../components/list-pagination";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import type { Notification } from "../../../lib/api/types";
import { useMyNotifications } from "../api/list-my-notifications";
import { useMarkAllNotificationsRead } from "../api/mark-all-notifications-read";
import { useMarkNotificationRead } from "../api/mark-notification-read";
import { NotificationCard } from "../components/notification-card";

const PAGE_SIZE = 20;

function pageFrom(params: URLSearchParams): number {
  const page = Number(params.get("page"));
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

function unreadLabel(unread: number): string {
  if (unread === 0) return "Vous avez tout lu.";
  return unread === 1 ? "1 notification non lue." : `${unread} notifications non lues.`;
}

export function NotificationsPage() {
  useDocumentTitle("Notifications");
  const [searchParams] = useSearchParams();
  const page = pageFrom(searchParams);
  const notifications = useMyNotifications({ page: page - 1, size: PAGE_SIZE });
  const markRead = useMarkNotificationRead();
  const markAllRead = useMarkAllNotificationsRead();

  const open = (notification: Notification) => {
    if (!notification.readAt) markRead.mutate(notification.id);
  };

  return (
    <div className="fr-py-6w">
      <h1>Notifications</h1>
      {notifications.isPending && <LoadingMessage>Chargement de vos notifications…</LoadingMessage>}
      {notifications.isError && <ProblemAlert error={notifications.error} title="Vos notifications n'ont pas pu être chargées" />}
      {markAllRead.isError && <ProblemAlert error={markAllRead.error} title="Vos notifications n'ont pas été marquées comme lues" />}
      {notifications.data && (
        <>
          <p className="fr-text--lead" role="status">
            {unreadLabel(notifications.data.unread)}
          </p>
          {notifications.data.unread > 0 && (
            <Button
              className="fr-mb-4w"
              priority="secondary"
              iconId="fr-icon-check-line"
              disabled={markAllRead.isPending}
              onClick={() => markAllRead.mutate()}
            >
              Tout marquer comme lu
            </Button>
          )}
          {notifications.data.items.length === 0 ? (
            <p>Vous n'avez aucune notification. Vous serez prévenu·e ici des demandes et des étapes de vos mentorats.</p>
          ) : (
            <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
              {notifications.data.items.map((notification) => (
                <li key={notification.id} className="fr-col-12">
                  <NotificationCard notification={notification} onOpen={open} />
                </li>
              ))}
            </ul>
          )}
          <ListPagination
            result={notifications.data}
            pageSize={PAGE_SIZE}
            page={page}
            className="fr-mt-4w"
            getPageLinkProps={(target) => ({ to: { search: `?page=${target}` } })}
          />
        </>
      )}
    </div>
  );
}
