import { useQuery } from "@tanstack/react-query";
import { mentorshipQueries } from "./mentorship-queries";

export function useMentorshipSessions(id: string) {
  return useQuery(mentorshipQueries.sessions(id));
}
