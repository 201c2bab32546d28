import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { MentorshipReportCreate } from "../../../lib/api/types";
import { unwrap } from "../../../lib/api/unwrap";
import { mentorshipKeys } from "./mentorship-queries";

export async function reportMentorshipProblem(id: string, body: MentorshipReportCreate) {
  return unwrap(await apiClient.POST("/api/v1/mentorships/{id}/reports", { params: { path: { id } }, body }));
}

/** Sends a party's report to the animateurs; the pairing's reports and the animateurs' list are read again. */
export function useReportMentorshipProblem(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MentorshipReportCreate) => reportMentorshipProblem(id, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: mentorshipKeys.part(id, "reports") }),
        queryClient.invalidateQueries({ queryKey: mentorshipKeys.allReports() }),
      ]),
  });
}
