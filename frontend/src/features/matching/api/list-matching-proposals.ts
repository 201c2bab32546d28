import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { unwrap } from "../../../lib/api/unwrap";
import type { ProposalQuery } from "../utils/proposal-filters";
import { matchingProposalsKey } from "./matching-keys";

export async function listMatchingProposals(id: string, query: ProposalQuery) {
  return unwrap(await apiClient.GET("/api/v1/matching/runs/{id}/proposals", { params: { path: { id }, query } }));
}

/** The pairs of a computed run, best scores first. */
export function useMatchingProposals(id: string, query: ProposalQuery) {
  return useQuery({
    queryKey: [...matchingProposalsKey(id), query],
    queryFn: () => listMatchingProposals(id, query),
    placeholderData: keepPreviousData,
  });
}
