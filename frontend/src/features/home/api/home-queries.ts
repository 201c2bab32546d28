import { queryOptions } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { unwrap } from "../../../lib/api/unwrap";

export const homeKeys = {
  stats: () => ["stats"] as const,
};

export async function getStats() {
  return unwrap(await apiClient.GET("/api/v1/stats"));
}

/** What the home feature reads; the hooks of api/ use them. */
export const homeQueries = {
  stats: () => queryOptions({ queryKey: homeKeys.stats(), queryFn: getStats }),
};
