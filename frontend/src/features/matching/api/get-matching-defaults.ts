import { useQuery } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { unwrap } from "../../../lib/api/unwrap";

export async function getMatchingDefaults() {
  return unwrap(await apiClient.GET("/api/v1/matching/defaults"));
}

/** The parameters a run takes when none is given: the weights the service is configured with. */
export function useMatchingDefaults() {
  return useQuery({ queryKey: ["matching", "defaults"], queryFn: getMatchingDefaults, staleTime: Infinity });
}
