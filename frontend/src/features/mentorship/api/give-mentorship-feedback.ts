import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { MentorshipFeedbackCreate } from "../../../lib/api/types";
import { unwrap } from "../../../lib/api/unwrap";
import { mentorshipKeys } from "./mentorship-queries";

export async function giveMentorshipFeedback(id: string, body: MentorshipFeedbackCreate) {
  return unwrap(await apiClient.POST("/api/v1/mentorships/{id}/feedback", { params: { path: { id } }, body }));
}

/** The answer shows both sides as they now stand: it replaces what the page showed. */
export function useGiveMentorshipFeedback(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MentorshipFeedbackCreate) => giveMentorshipFeedback(id, body),
    onSuccess: (feedback) => queryClient.setQueryData(mentorshipKeys.part(id, "feedback"), feedback),
  });
}
