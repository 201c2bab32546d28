import { useMutation } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { unwrap } from "../../../lib/api/unwrap";

export async function exportMyData() {
  return unwrap(await apiClient.GET("/api/v1/me/export"));
}

/** A mutation rather than a query: the export is fetched on demand and never cached. */
export function useExportMyData() {
  return useMutation({ mutationFn: exportMyData });
}
