import { queryOptions } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { paths } from "../../../lib/api/schema";
import { unwrap } from "../../../lib/api/unwrap";

export type NotificationsQuery = NonNullable<paths["/api/v1/me/notifications"]["get"]["parameters"]["query"]>;

/** How often the header asks for new notifications while the application is open. */
const UNREAD_POLL_MS = 60_000;

/** Every cached answer about notifications starts with `all`: reading one refreshes them all. */
export const notificationKeys = {
  all: ["notifications"] as const,
  list: (query: NotificationsQuery) => [...notificationKeys.all, query] as const,
};

export async function listMyNotifications(query: NotificationsQuery) {
  return unwrap(await apiClient.GET("/api/v1/me/notifications", { params: { query } }));
}

/** What the notifications feature reads; the hooks of api/ use them. */
export const notificationQueries = {
  list: (query: NotificationsQuery) => queryOptions({ queryKey: notificationKeys.list(query), queryFn: () => listMyNotifications(query) }),

  /** The number of unread notifications (every page answers it), kept fresh for the header's bell. */
  unreadCount: (enabled: boolean) =>
    queryOptions({
      queryKey: notificationKeys.list({ page: 0, size: 1 }),
      queryFn: () => listMyNotifications({ page: 0, size: 1 }),
      select: ({ unread }) => unread,
      enabled,
      refetchInterval: UNREAD_POLL_MS,
      refetchOnWindowFocus: true,
    }),
};
