import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { ensureOk } from "../../../lib/api/unwrap";
import { matchingKeys } from "./matching-queries";

/** Confirms the run: the server then sends a mentorship request for every kept pair, in the background. */
export async function confirmMatchingRun(id: string) {
  ensureOk(await apiClient.POST("/api/v1/matching/runs/{id}/confirm", { params: { path: { id } } }));
}

/** Settles once the run (now sending its requests, then confirmed) has been read again. */
export function useConfirmMatchingRun(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => confirmMatchingRun(id),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: matchingKeys.run(id) }),
        queryClient.invalidateQueries({ queryKey: matchingKeys.runList() }),
      ]),
  });
}
