import { useQuery } from "@tanstack/react-query";
import { matchingQueries } from "./matching-queries";

export function useMentorSuggestions() {
  return useQuery(matchingQueries.suggestions());
}
