import { useQuery } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { paths } from "../../../lib/api/schema";
import { unwrap } from "../../../lib/api/unwrap";

export type NotificationsQuery = NonNullable<paths["/api/v1/me/notifications"]["get"]["parameters"]["query"]>;

export const NOTIFICATIONS_KEY = ["notifications"] as const;

/** How often the header asks for new notifications while the application is open. */
const UNREAD_POLL_MS = 60_000;

export async function listMyNotifications(query: NotificationsQuery) {
  return unwrap(await apiClient.GET("/api/v1/me/notifications", { params: { query } }));
}

export function useMyNotifications(query: NotificationsQuery) {
  return useQuery({ queryKey: [...NOTIFICATIONS_KEY, query], queryFn: () => listMyNotifications(query) });
}

/** The number of unread notifications (every page answers it), kept fresh for the header's bell. */
export function useUnreadNotificationCount(enabled: boolean) {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, { page: 0, size: 1 }],
    queryFn: () => listMyNotifications({ page: 0, size: 1 }),
    select: ({ unread }) => unread,
    enabled,
    refetchInterval: UNREAD_POLL_MS,
    refetchOnWindowFocus: true,
  });
}
