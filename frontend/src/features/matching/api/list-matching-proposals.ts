import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { unwrap } from "../../../lib/api/unwrap";
import type { ProposalQuery } from "../utils/proposal-filters";
import { matchingProposalsKey } from "./matching-keys";

export async function listMatchingProposals(id: string, query: ProposalQuery) {
  return unwrap(await apiClient.GET("/api/v1/matching/runs/{id}/proposals", { params: { path: { id }, query } }));
}

/**
 * The pairs of a computed run, best scores first. `progress` changes while the run's requests leave
 * (its status and how many pairs were handled), so that each pair's outcome shows as it comes.
 */
export function useMatchingProposals(id: string, query: ProposalQuery, progress = "") {
  return useQuery({
    queryKey: [...matchingProposalsKey(id), query, progress],
    queryFn: () => listMatchingProposals(id, query),
    placeholderData: keepPreviousData,
  });
}
