import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { ensureOk } from "../../../lib/api/unwrap";
import { matchingKeys } from "./matching-queries";

type ProposalRef = { runId: string; menteeId: string };

// The contract gives these two answers no body schema: the page reads the pair and the run again instead.

export async function removeMatchingProposal({ runId, menteeId }: ProposalRef) {
  ensureOk(await apiClient.POST("/api/v1/matching/runs/{id}/proposals/{menteeId}/remove", { params: { path: { id: runId, menteeId } } }));
}

export async function restoreMatchingProposal({ runId, menteeId }: ProposalRef) {
  ensureOk(await apiClient.POST("/api/v1/matching/runs/{id}/proposals/{menteeId}/restore", { params: { path: { id: runId, menteeId } } }));
}

/** Takes a pair out of the proposal (`removed: true`) or puts it back, then refreshes the run (its count of removed pairs) and its pairs. */
export function useSetProposalRemoved(runId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ menteeId, removed }: { menteeId: string; removed: boolean }) =>
      removed ? removeMatchingProposal({ runId, menteeId }) : restoreMatchingProposal({ runId, menteeId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: matchingKeys.run(runId) }),
  });
}
