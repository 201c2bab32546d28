import { useQuery } from "@tanstack/react-query";
import { mentorshipQueries } from "./mentorship-queries";

export function useMentorshipGoals(id: string) {
  return useQuery(mentorshipQueries.goals(id));
}
