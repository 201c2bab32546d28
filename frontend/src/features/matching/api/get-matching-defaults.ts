import { useQuery } from "@tanstack/react-query";
import { matchingQueries } from "./matching-queries";

export function useMatchingDefaults() {
  return useQuery(matchingQueries.defaults());
}
