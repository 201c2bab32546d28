import { hashKey, useQuery, type QueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { Mentorship } from "../../../lib/api/types";
import { unwrap } from "../../../lib/api/unwrap";

/** Every cached answer about mentorships starts with this key, so that one change can refresh them all. */
export const MENTORSHIPS_KEY = ["mentorships"] as const;

export const mentorshipKey = (id: string) => [...MENTORSHIPS_KEY, "detail", id] as const;

/** The parts of a pairing read apart from it; under its key, so that a change of state refreshes them too. */
export const mentorshipPartKey = (id: string, part: "goals" | "sessions" | "feedback" | "reports") =>
  [...mentorshipKey(id), part] as const;

export async function getMentorship(id: string) {
  return unwrap(await apiClient.GET("/api/v1/mentorships/{id}", { params: { path: { id } } }));
}

export function useMentorship(id: string) {
  return useQuery({ queryKey: mentorshipKey(id), queryFn: () => getMentorship(id) });
}

/** After a change, shows the mentorship as the server answered it and refreshes the rest: lists, its parts, other pairings. */
export function storeChangedMentorship(queryClient: QueryClient, changed: Mentorship) {
  const changedKey = mentorshipKey(changed.id);
  const changedKeyHash = hashKey(changedKey);
  queryClient.setQueryData(changedKey, changed);
  void queryClient.invalidateQueries({ queryKey: MENTORSHIPS_KEY, predicate: ({ queryHash }) => queryHash !== changedKeyHash });
}
