import { useInfiniteQuery } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { MentorshipReportPage } from "../../../lib/api/types";
import { unwrap } from "../../../lib/api/unwrap";
import { mentorshipPartKey } from "./get-mentorship";

export const PAIRING_REPORTS_PAGE_SIZE = 10;

/** `page` counts from 0, as the API does. */
export async function listMentorshipReports(id: string, page: number) {
  return unwrap(
    await apiClient.GET("/api/v1/mentorships/{id}/reports", {
      params: { path: { id }, query: { page, size: PAIRING_REPORTS_PAGE_SIZE } },
    }),
  );
}

function nextPage({ page, size, total }: MentorshipReportPage): number | undefined {
  return (page + 1) * size < total ? page + 1 : undefined;
}

/**
 * The reports of a pairing the signed-in member may read, newest first, a page after another: a party reads their
 * own, a supervisor all of them (the server decides).
 */
export function useMentorshipReports(id: string) {
  return useInfiniteQuery({
    queryKey: mentorshipPartKey(id, "reports"),
    queryFn: ({ pageParam }) => listMentorshipReports(id, pageParam),
    initialPageParam: 0,
    getNextPageParam: nextPage,
  });
}
