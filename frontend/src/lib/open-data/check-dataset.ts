import { useMutation } from "@tanstack/react-query";
import { apiClient } from "../api/client";
import type { DatasetInput } from "../api/types";
import { unwrap } from "../api/unwrap";

/** Asks the open-data guard what it finds about a dataset, without saving anything (a refusal is a 200 too). */
export async function checkDataset(body: DatasetInput) {
  return unwrap(await apiClient.POST("/api/v1/datasets/check", { body }));
}

export function useCheckDataset() {
  return useMutation({ mutationFn: checkDataset });
}
