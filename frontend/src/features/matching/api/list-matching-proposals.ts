import { useQuery } from "@tanstack/react-query";
import type { ProposalQuery } from "../utils/proposal-filters";
import { matchingQueries } from "./matching-queries";

export function useMatchingProposals(id: string, query: ProposalQuery, progress = "") {
  return useQuery(matchingQueries.proposals(id, query, progress));
}
