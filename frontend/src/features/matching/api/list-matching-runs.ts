import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { unwrap } from "../../../lib/api/unwrap";
import { matchingRunListKey } from "./matching-keys";

export const RUNS_PAGE_SIZE = 20;

/** `page` counts from 1, as people do; the API counts from 0. */
export async function listMatchingRuns(page: number) {
  return unwrap(await apiClient.GET("/api/v1/matching/runs", { params: { query: { page: page - 1, size: RUNS_PAGE_SIZE } } }));
}

export function useMatchingRuns(page: number) {
  return useQuery({
    queryKey: matchingRunListKey(page),
    queryFn: () => listMatchingRuns(page),
    placeholderData: keepPreviousData,
  });
}
