import type { HeaderProps } from "@codegouvfr/react-dsfr/Header";
import { paths } from "../../../config/paths";
import { useSession } from "../../../lib/session/use-session";
import { useUnreadNotificationCount } from "../api/list-my-notifications";

/** The header's bell: a link to the notifications, with the number of unread ones. */
export function useNotificationsQuickAccessItem(): HeaderProps.QuickAccessItem {
  const session = useSession();
  const unread = useUnreadNotificationCount(session.status === "authenticated").data ?? 0;
  if (unread === 0)
    return { iconId: "fr-icon-notification-3-line", text: "Notifications", linkProps: { to: paths.notifications.getHref() } };
  return {
    iconId: "fr-icon-notification-3-line",
    text: `Notifications (${unread})`,
    linkProps: { to: paths.notifications.getHref(), "aria-label": `Notifications (${unread} non lue${unread > 1 ? "s" : ""})` },
  };
}
