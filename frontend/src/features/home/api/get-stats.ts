import { useQuery } from "@tanstack/react-query";
import { homeQueries } from "./home-queries";

export function useStats() {
  return useQuery(homeQueries.stats());
}
