import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { MentorshipReport, MentorshipReportResolution } from "../../../lib/api/types";
import { unwrap } from "../../../lib/api/unwrap";
import { mentorshipPartKey } from "./get-mentorship";
import { ALL_REPORTS_KEY } from "./list-open-mentorship-reports";

export async function resolveMentorshipReport(report: MentorshipReport, body: MentorshipReportResolution) {
  return unwrap(
    await apiClient.POST("/api/v1/mentorships/{id}/reports/{reportId}/resolve", {
      params: { path: { id: report.mentorshipId, reportId: report.id } },
      body,
    }),
  );
}

type Resolution = { report: MentorshipReport; body: MentorshipReportResolution };

/** Marks a report resolved; its pairing's reports and the animateurs' list are read again. */
export function useResolveMentorshipReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ report, body }: Resolution) => resolveMentorshipReport(report, body),
    onSuccess: (resolved) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: mentorshipPartKey(resolved.mentorshipId, "reports") }),
        queryClient.invalidateQueries({ queryKey: ALL_REPORTS_KEY }),
      ]),
  });
}
