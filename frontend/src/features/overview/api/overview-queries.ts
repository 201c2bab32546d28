import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { ensureOk, unwrap } from "../../../lib/api/unwrap";

/** « Mon espace » is one answer: every change a member makes elsewhere refreshes it on the next visit. */
export const overviewKeys = { all: ["overview"] as const };

export async function getMyOverview() {
  return unwrap(await apiClient.GET("/api/v1/me/overview"));
}

export async function dismissMyWelcome() {
  ensureOk(await apiClient.POST("/api/v1/me/overview/welcome/dismiss"));
}

export const overviewQueries = {
  mine: () => queryOptions({ queryKey: overviewKeys.all, queryFn: getMyOverview, staleTime: 0 }),
};

export function useMyOverview() {
  return useQuery(overviewQueries.mine());
}

export function useDismissWelcome() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: dismissMyWelcome,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: overviewKeys.all }),
  });
}
