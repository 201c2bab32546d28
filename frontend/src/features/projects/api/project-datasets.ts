import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { DatasetInput } from "../../../lib/api/types";
import { ensureOk, unwrap } from "../../../lib/api/unwrap";
import { refreshProjects } from "./projects-queries";

export async function addProjectDataset(id: string, body: DatasetInput) {
  return unwrap(await apiClient.POST("/api/v1/projects/{id}/datasets", { params: { path: { id } }, body }));
}

export async function removeProjectDataset(id: string, datasetId: string) {
  ensureOk(await apiClient.DELETE("/api/v1/projects/{id}/datasets/{datasetId}", { params: { path: { id, datasetId } } }));
}

/** Leads only; the project (its datasets) and the lists (their count of datasets to review) are read again. */
export function useAddProjectDataset(id: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (body: DatasetInput) => addProjectDataset(id, body), onSuccess: () => refreshProjects(queryClient) });
}

export function useRemoveProjectDataset(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (datasetId: string) => removeProjectDataset(id, datasetId),
    onSuccess: () => refreshProjects(queryClient),
  });
}
