import { useInfiniteQuery } from "@tanstack/react-query";
import { mentorshipQueries } from "./mentorship-queries";

export function useMentorshipReports(id: string) {
  return useInfiniteQuery(mentorshipQueries.reports(id));
}
