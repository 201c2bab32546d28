import { useQuery } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { unwrap } from "../../../lib/api/unwrap";

/** How many mentors "Trouver un mentor" suggests (the API's default). */
export const SUGGESTIONS_LIMIT = 10;

export const MENTOR_SUGGESTIONS_KEY = ["matching", "suggestions"] as const;

export async function getMentorSuggestions(limit: number) {
  return unwrap(await apiClient.GET("/api/v1/matching/suggestions", { params: { query: { limit } } }));
}

/** The mentors most compatible with the signed-in member, read again at each visit: profiles and requests change. */
export function useMentorSuggestions() {
  return useQuery({
    queryKey: [...MENTOR_SUGGESTIONS_KEY, SUGGESTIONS_LIMIT],
    queryFn: () => getMentorSuggestions(SUGGESTIONS_LIMIT),
  });
}
