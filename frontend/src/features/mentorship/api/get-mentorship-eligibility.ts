import { useQuery } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { unwrap } from "../../../lib/api/unwrap";
import { MENTORSHIPS_KEY } from "./get-mentorship";

/** Under the mentorships' key: a change of state of any pairing (a withdrawal, an acceptance…) refreshes it too. */
export const ELIGIBILITIES_KEY = [...MENTORSHIPS_KEY, "eligibility"] as const;

export async function getMentorshipEligibility(mentorId: string) {
  return unwrap(await apiClient.GET("/api/v1/mentorships/eligibility", { params: { query: { mentorId } } }));
}

/** Whether the signed-in member may ask this mentor now, and if not the server's reason, in French. */
export function useMentorshipEligibility(mentorId: string) {
  return useQuery({ queryKey: [...ELIGIBILITIES_KEY, mentorId], queryFn: () => getMentorshipEligibility(mentorId) });
}
