import { useQuery } from "@tanstack/react-query";
import { notificationQueries, type NotificationsQuery } from "./notifications-queries";

export function useMyNotifications(query: NotificationsQuery) {
  return useQuery(notificationQueries.list(query));
}

export function useUnreadNotificationCount(enabled: boolean) {
  return useQuery(notificationQueries.unreadCount(enabled));
}
