import { useQuery } from "@tanstack/react-query";
import { matchingQueries } from "./matching-queries";

export function useMatchingRun(id: string) {
  return useQuery(matchingQueries.run(id));
}
