import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { ChallengeCreate, ChallengeUpdate } from "../../../lib/api/types";
import { ensureOk, unwrap } from "../../../lib/api/unwrap";
import { challengeKeys } from "./challenges-queries";

export async function createChallenge(body: ChallengeCreate) {
  return unwrap(await apiClient.POST("/api/v1/challenges", { body }));
}

export async function updateChallenge(id: string, body: ChallengeUpdate) {
  return unwrap(await apiClient.PATCH("/api/v1/challenges/{id}", { params: { path: { id } }, body }));
}

export async function deleteChallenge(id: string) {
  ensureOk(await apiClient.DELETE("/api/v1/challenges/{id}", { params: { path: { id } } }));
}

/** Animateurs publish a challenge; every list is read again. */
export function useCreateChallenge() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createChallenge,
    onSuccess: (created) => {
      queryClient.setQueryData(challengeKeys.detail(created.id), created);
      return queryClient.invalidateQueries({ queryKey: [...challengeKeys.all, "list"] });
    },
  });
}

export function useUpdateChallenge(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChallengeUpdate) => updateChallenge(id, body),
    onSuccess: (changed) => {
      queryClient.setQueryData(challengeKeys.detail(id), changed);
      return queryClient.invalidateQueries({ queryKey: [...challengeKeys.all, "list"] });
    },
  });
}

export function useDeleteChallenge(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteChallenge(id),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: challengeKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: [...challengeKeys.all, "list"] });
    },
  });
}
