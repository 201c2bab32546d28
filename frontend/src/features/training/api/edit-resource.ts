import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { ResourceModerationReason, ResourceRatingInput, ResourceInput, ResourceUpdate } from "../../../lib/api/types";
import { ensureOk, unwrap } from "../../../lib/api/unwrap";
import { refreshResources, resourceKeys, storeChangedResource } from "./resources-queries";

export async function proposeResource(body: ResourceInput) {
  return unwrap(await apiClient.POST("/api/v1/resources", { body }));
}

export async function updateResource(id: string, body: ResourceUpdate) {
  return unwrap(await apiClient.PATCH("/api/v1/resources/{id}", { params: { path: { id } }, body }));
}

export async function deleteResource(id: string) {
  ensureOk(await apiClient.DELETE("/api/v1/resources/{id}", { params: { path: { id } } }));
}

export async function publishResource(id: string) {
  return unwrap(await apiClient.POST("/api/v1/resources/{id}/publish", { params: { path: { id } } }));
}

export async function rejectResource(id: string, body: ResourceModerationReason) {
  return unwrap(await apiClient.POST("/api/v1/resources/{id}/reject", { params: { path: { id } }, body }));
}

export async function withdrawResource(id: string, body: ResourceModerationReason) {
  return unwrap(await apiClient.POST("/api/v1/resources/{id}/withdraw", { params: { path: { id } }, body }));
}

export async function setBookmark(id: string, bookmarked: boolean) {
  const options = { params: { path: { id } } };
  ensureOk(
    bookmarked
      ? await apiClient.PUT("/api/v1/resources/{id}/bookmark", options)
      : await apiClient.DELETE("/api/v1/resources/{id}/bookmark", options),
  );
}

export async function setDone(id: string, done: boolean) {
  const options = { params: { path: { id } } };
  ensureOk(
    done ? await apiClient.PUT("/api/v1/resources/{id}/done", options) : await apiClient.DELETE("/api/v1/resources/{id}/done", options),
  );
}

export async function rateResource(id: string, body: ResourceRatingInput) {
  return unwrap(await apiClient.PUT("/api/v1/resources/{id}/ratings/me", { params: { path: { id } }, body }));
}

export async function deleteMyRating(id: string) {
  ensureOk(await apiClient.DELETE("/api/v1/resources/{id}/ratings/me", { params: { path: { id } } }));
}

export function useProposeResource() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: proposeResource, onSuccess: (created) => storeChangedResource(queryClient, created) });
}

export function useUpdateResource(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ResourceUpdate) => updateResource(id, body),
    onSuccess: (updated) => storeChangedResource(queryClient, updated),
  });
}

export function useDeleteResource(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteResource(id),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: resourceKeys.detail(id) });
      return refreshResources(queryClient);
    },
  });
}

/** An animateur's decision on a resource: publish it, reject a proposal or withdraw a published one (with a reason). */
export type Moderation = { action: "publish" } | { action: "reject" | "withdraw"; reason: string };

export function useModerateResource() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, moderation }: { id: string; moderation: Moderation }) => {
      if (moderation.action === "publish") return publishResource(id);
      const body = { reason: moderation.reason };
      return moderation.action === "reject" ? rejectResource(id, body) : withdrawResource(id, body);
    },
    // Not awaited: the dialog closes as soon as the server answers, while the lists are read again behind it.
    onSuccess: (changed) => void storeChangedResource(queryClient, changed),
  });
}

/** Adds a resource to my list, or takes it out; every list shows it again as it now is. */
export function useToggleBookmark() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, bookmarked }: { id: string; bookmarked: boolean }) => setBookmark(id, bookmarked),
    onSuccess: () => refreshResources(queryClient),
  });
}

export function useToggleDone(id: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (done: boolean) => setDone(id, done), onSuccess: () => refreshResources(queryClient) });
}

/** My rating changes the average: the resource, its ratings and the lists are read again. */
export function useRateResource(id: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (body: ResourceRatingInput) => rateResource(id, body), onSuccess: () => refreshResources(queryClient) });
}

export function useDeleteMyRating(id: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => deleteMyRating(id), onSuccess: () => refreshResources(queryClient) });
}
