import { useQuery } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { unwrap } from "../../../lib/api/unwrap";
import { mentorshipPartKey } from "./get-mentorship";

export async function getMentorshipFeedback(id: string) {
  return unwrap(await apiClient.GET("/api/v1/mentorships/{id}/feedback", { params: { path: { id } } }));
}

/** Reserved to the two parties: the server refuses it to anyone else. */
export function useMentorshipFeedback(id: string) {
  return useQuery({ queryKey: mentorshipPartKey(id, "feedback"), queryFn: () => getMentorshipFeedback(id) });
}
