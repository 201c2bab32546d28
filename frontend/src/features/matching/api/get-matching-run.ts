import { useQuery } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { unwrap } from "../../../lib/api/unwrap";
import { matchingRunKey } from "./matching-keys";

/** How often a run still computing is read again. */
export const RUN_POLL_INTERVAL_MS = 1000;

export async function getMatchingRun(id: string) {
  return unwrap(await apiClient.GET("/api/v1/matching/runs/{id}", { params: { path: { id } } }));
}

/** The run, read again every second while it computes, so that its stage and figures show as they come. */
export function useMatchingRun(id: string) {
  return useQuery({
    queryKey: matchingRunKey(id),
    queryFn: () => getMatchingRun(id),
    refetchInterval: ({ state }) => (state.data?.status === "RUNNING" ? RUN_POLL_INTERVAL_MS : false),
  });
}
