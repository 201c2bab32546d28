import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { ensureOk, unwrap } from "../../../lib/api/unwrap";
import { eventKeys } from "./event-queries";

/** A new secret address; the previous one stops working at once. The only answer that shows the address. */
export async function rotateMyCalendarFeed() {
  return unwrap(await apiClient.POST("/api/v1/me/calendar-feed"));
}

export async function revokeMyCalendarFeed() {
  ensureOk(await apiClient.DELETE("/api/v1/me/calendar-feed"));
}

export function useRotateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rotateMyCalendarFeed,
    onSuccess: ({ createdAt }) => queryClient.setQueryData(eventKeys.calendarFeed, { active: true, createdAt }),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeMyCalendarFeed,
    onSuccess: () => queryClient.setQueryData(eventKeys.calendarFeed, { active: false }),
  });
}
