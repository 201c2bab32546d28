import { useQuery } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { unwrap } from "../../../lib/api/unwrap";

export async function getStats() {
  return unwrap(await apiClient.GET("/api/v1/stats"));
}

export function useStats() {
  return useQuery({ queryKey: ["stats"], queryFn: getStats });
}
