import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { DatasetReviewInput } from "../../../lib/api/types";
import { unwrap } from "../../../lib/api/unwrap";
import { datasetKeys, datasetQueries } from "./datasets-queries";

export async function reviewDataset(id: string, body: DatasetReviewInput) {
  return unwrap(await apiClient.POST("/api/v1/datasets/{id}/review", { params: { path: { id } }, body }));
}

export async function recheckDataset(id: string) {
  return unwrap(await apiClient.POST("/api/v1/datasets/{id}/recheck", { params: { path: { id } } }));
}

export function useDatasetReviews(page: number) {
  return useQuery(datasetQueries.reviews(page));
}

/** The queue is read again (the projects that declare the dataset read it when they are next shown). */
function useRefreshAfterReview() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: datasetKeys.all });
}

export function useReviewDataset() {
  const refresh = useRefreshAfterReview();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: DatasetReviewInput }) => reviewDataset(id, body),
    onSuccess: refresh,
  });
}

export function useRecheckDataset() {
  const refresh = useRefreshAfterReview();
  return useMutation({ mutationFn: recheckDataset, onSuccess: refresh });
}
