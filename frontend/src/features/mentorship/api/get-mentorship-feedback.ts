import { useQuery } from "@tanstack/react-query";
import { mentorshipQueries } from "./mentorship-queries";

export function useMentorshipFeedback(id: string) {
  return useQuery(mentorshipQueries.feedback(id));
}
