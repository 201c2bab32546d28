import { useQuery } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { unwrap } from "../../../lib/api/unwrap";
import { mentorshipPartKey } from "./get-mentorship";

export async function listMentorshipSessions(id: string) {
  return unwrap(await apiClient.GET("/api/v1/mentorships/{id}/sessions", { params: { path: { id } } }));
}

export function useMentorshipSessions(id: string) {
  return useQuery({ queryKey: mentorshipPartKey(id, "sessions"), queryFn: () => listMentorshipSessions(id) });
}
