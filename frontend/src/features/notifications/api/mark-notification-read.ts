import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { ensureOk } from "../../../lib/api/unwrap";
import { notificationKeys } from "./notifications-queries";

export async function markNotificationRead(id: string) {
  ensureOk(await apiClient.POST("/api/v1/me/notifications/{id}/read", { params: { path: { id } } }));
}

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
