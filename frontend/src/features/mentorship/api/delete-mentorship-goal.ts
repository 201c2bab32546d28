import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { ensureOk } from "../../../lib/api/unwrap";
import { refreshGoals } from "./mentorship-queries";

export async function deleteMentorshipGoal(id: string, goalId: string) {
  ensureOk(await apiClient.DELETE("/api/v1/mentorships/{id}/goals/{goalId}", { params: { path: { id, goalId } } }));
}

/** Deletes a goal of the pairing `id`, with its comments; succeeds once the checklist and the progress are read again. */
export function useDeleteMentorshipGoal(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (goalId: string) => deleteMentorshipGoal(id, goalId),
    onSuccess: () => refreshGoals(queryClient, id),
  });
}
