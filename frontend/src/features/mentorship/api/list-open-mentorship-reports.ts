import { useQuery } from "@tanstack/react-query";
import { mentorshipQueries } from "./mentorship-queries";

export function useOpenMentorshipReports(page: number) {
  return useQuery(mentorshipQueries.openReports(page));
}
