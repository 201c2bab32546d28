import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { MentorshipGoalCreate } from "../../../lib/api/types";
import { unwrap } from "../../../lib/api/unwrap";
import { refreshGoals } from "./mentorship-queries";

export async function createMentorshipGoal(id: string, body: MentorshipGoalCreate) {
  return unwrap(await apiClient.POST("/api/v1/mentorships/{id}/goals", { params: { path: { id } }, body }));
}

export function useCreateMentorshipGoal(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MentorshipGoalCreate) => createMentorshipGoal(id, body),
    onSuccess: () => refreshGoals(queryClient, id),
  });
}
