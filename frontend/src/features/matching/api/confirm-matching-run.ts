import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { ensureOk } from "../../../lib/api/unwrap";
import { matchingRunKey, matchingRunListKey } from "./matching-keys";

/** Sends a mentorship request for every kept pair. The contract gives the answer no body schema: the run is read again. */
export async function confirmMatchingRun(id: string) {
  ensureOk(await apiClient.POST("/api/v1/matching/runs/{id}/confirm", { params: { path: { id } } }));
}

/** Settles only once the confirmed run (with its counts of requests created and pairs skipped) has been read again. */
export function useConfirmMatchingRun(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => confirmMatchingRun(id),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: matchingRunKey(id) }),
        queryClient.invalidateQueries({ queryKey: matchingRunListKey() }),
      ]),
  });
}
