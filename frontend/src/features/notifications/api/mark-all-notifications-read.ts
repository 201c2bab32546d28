import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { ensureOk } from "../../../lib/api/unwrap";
import { notificationKeys } from "./notifications-queries";

export async function markAllNotificationsRead() {
  ensureOk(await apiClient.POST("/api/v1/me/notifications/read-all"));
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllNotificationsRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
