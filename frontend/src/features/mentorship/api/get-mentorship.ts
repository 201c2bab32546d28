import { useQuery } from "@tanstack/react-query";
import { mentorshipQueries } from "./mentorship-queries";

export function useMentorship(id: string) {
  return useQuery(mentorshipQueries.detail(id));
}
