import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { ChallengeEntryInput } from "../../../lib/api/types";
import { ensureOk, unwrap } from "../../../lib/api/unwrap";
import { challengeKeys, refreshChallenge } from "./challenges-queries";

export async function putMyChallengeEntry(id: string, body: ChallengeEntryInput) {
  return unwrap(await apiClient.PUT("/api/v1/challenges/{id}/entries/me", { params: { path: { id } }, body }));
}

export async function deleteMyChallengeEntry(id: string) {
  ensureOk(await apiClient.DELETE("/api/v1/challenges/{id}/entries/me", { params: { path: { id } } }));
}

/** Submits or changes my entry while the challenge is open; the page then shows it as the server keeps it. */
export function useSaveMyEntry(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChallengeEntryInput) => putMyChallengeEntry(id, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(challengeKeys.myEntry(id), saved);
      return refreshChallenge(queryClient, id);
    },
  });
}

export function useWithdrawMyEntry(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteMyChallengeEntry(id),
    onSuccess: () => {
      queryClient.setQueryData(challengeKeys.myEntry(id), null);
      return refreshChallenge(queryClient, id);
    },
  });
}
