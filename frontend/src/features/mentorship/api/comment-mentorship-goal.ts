import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { MentorshipGoalCommentCreate } from "../../../lib/api/types";
import { unwrap } from "../../../lib/api/unwrap";
import { mentorshipKeys } from "./mentorship-queries";

export async function commentMentorshipGoal(id: string, goalId: string, body: MentorshipGoalCommentCreate) {
  return unwrap(await apiClient.POST("/api/v1/mentorships/{id}/goals/{goalId}/comments", { params: { path: { id, goalId } }, body }));
}

export function useCommentMentorshipGoal(id: string, goalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MentorshipGoalCommentCreate) => commentMentorshipGoal(id, goalId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mentorshipKeys.part(id, "goals") }),
  });
}
