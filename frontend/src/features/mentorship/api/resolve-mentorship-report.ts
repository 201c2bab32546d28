import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { MentorshipReport, MentorshipReportResolution } from "../../../lib/api/types";
import { unwrap } from "../../../lib/api/unwrap";
import { mentorshipKeys } from "./mentorship-queries";

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
        queryClient.invalidateQueries({ queryKey: mentorshipKeys.part(resolved.mentorshipId, "reports") }),
        queryClient.invalidateQueries({ queryKey: mentorshipKeys.allReports() }),
      ]),
  });
}
