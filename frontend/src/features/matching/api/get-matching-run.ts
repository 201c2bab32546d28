import { useQuery } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { unwrap } from "../../../lib/api/unwrap";
import { matchingRunKey } from "./matching-keys";

/** How often a run still computing, or still sending its requests, is read again. */
export const RUN_POLL_INTERVAL_MS = 1000;

export async function getMatchingRun(id: string) {
  return unwrap(await apiClient.GET("/api/v1/matching/runs/{id}", { params: { path: { id } } }));
}

/** The run, read again every second while it computes or sends its requests, so that its progress shows as it goes. */
export function useMatchingRun(id: string) {
  return useQuery({
    queryKey: matchingRunKey(id),
    queryFn: () => getMatchingRun(id),
    refetchInterval: ({ state }) =>
      state.data?.status === "RUNNING" || state.data?.status === "CONFIRMING" ? RUN_POLL_INTERVAL_MS : false,
  });
}
