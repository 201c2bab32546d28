import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { unwrap } from "../../../lib/api/unwrap";
import { MENTORSHIPS_KEY } from "./get-mentorship";

/** The animateurs' list of every pairing's reports. */
export const ALL_REPORTS_KEY = [...MENTORSHIPS_KEY, "reports"] as const;

export const REPORTS_PAGE_SIZE = 20;

/** `page` counts from 1, as people do; the API counts from 0. */
export async function listOpenMentorshipReports(page: number) {
  return unwrap(
    await apiClient.GET("/api/v1/mentorships/reports", {
      params: { query: { status: "OPEN", page: page - 1, size: REPORTS_PAGE_SIZE } },
    }),
  );
}

export function useOpenMentorshipReports(page: number) {
  return useQuery({
    queryKey: [...ALL_REPORTS_KEY, "OPEN", page],
    queryFn: () => listOpenMentorshipReports(page),
    placeholderData: keepPreviousData,
  });
}
