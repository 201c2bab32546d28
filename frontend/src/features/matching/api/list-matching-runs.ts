import { useQuery } from "@tanstack/react-query";
import { matchingQueries } from "./matching-queries";

export function useMatchingRuns(page: number) {
  return useQuery(matchingQueries.runList(page));
}
