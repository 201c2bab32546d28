import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { ChallengeEntryCommentCreate } from "../../../lib/api/types";
import { ensureOk, unwrap } from "../../../lib/api/unwrap";
import { challengeKeys } from "./challenges-queries";

type EntryPath = { id: string; entryId: string };

export async function giveKudos(path: EntryPath) {
  ensureOk(await apiClient.PUT("/api/v1/challenges/{id}/entries/{entryId}/kudos", { params: { path } }));
}

export async function takeBackKudos(path: EntryPath) {
  ensureOk(await apiClient.DELETE("/api/v1/challenges/{id}/entries/{entryId}/kudos", { params: { path } }));
}

export async function highlightEntry(path: EntryPath) {
  ensureOk(await apiClient.PUT("/api/v1/challenges/{id}/entries/{entryId}/highlight", { params: { path } }));
}

export async function unhighlightEntry(path: EntryPath) {
  ensureOk(await apiClient.DELETE("/api/v1/challenges/{id}/entries/{entryId}/highlight", { params: { path } }));
}

export async function addEntryComment(path: EntryPath, body: ChallengeEntryCommentCreate) {
  return unwrap(await apiClient.POST("/api/v1/challenges/{id}/entries/{entryId}/comments", { params: { path }, body }));
}

export async function deleteEntryComment(path: EntryPath & { commentId: string }) {
  ensureOk(await apiClient.DELETE("/api/v1/challenges/{id}/entries/{entryId}/comments/{commentId}", { params: { path } }));
}

/** Gives (`true`) or takes back (`false`) my kudos; the entries are read again for their counts. */
export function useKudos(id: string, entryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (given: boolean) => (given ? giveKudos({ id, entryId }) : takeBackKudos({ id, entryId })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: challengeKeys.entries(id) }),
  });
}

/** Animateurs: puts an entry forward (`true`) or back among the others (`false`). */
export function useHighlight(id: string, entryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (highlighted: boolean) => (highlighted ? highlightEntry({ id, entryId }) : unhighlightEntry({ id, entryId })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: challengeKeys.entries(id) }),
  });
}

function refreshComments(queryClient: ReturnType<typeof useQueryClient>, id: string, entryId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: challengeKeys.comments(id, entryId) }),
    queryClient.invalidateQueries({ queryKey: challengeKeys.entries(id) }),
  ]);
}

export function useAddComment(id: string, entryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChallengeEntryCommentCreate) => addEntryComment({ id, entryId }, body),
    onSuccess: () => refreshComments(queryClient, id, entryId),
  });
}

export function useDeleteComment(id: string, entryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (commentId: string) => deleteEntryComment({ id, entryId, commentId }),
    onSuccess: () => refreshComments(queryClient, id, entryId),
  });
}
