import { useQuery } from "@tanstack/react-query";
import { mentorshipQueries } from "./mentorship-queries";

export function useMentorshipEligibility(mentorId: string) {
  return useQuery(mentorshipQueries.eligibility(mentorId));
}
