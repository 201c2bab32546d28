import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { MentorshipGoalList, MentorshipGoalUpdate } from "../../../lib/api/types";
import { unwrap } from "../../../lib/api/unwrap";
import { mentorshipKeys, refreshGoals } from "./mentorship-queries";

export async function updateMentorshipGoal(id: string, goalId: string, body: MentorshipGoalUpdate) {
  return unwrap(await apiClient.PATCH("/api/v1/mentorships/{id}/goals/{goalId}", { params: { path: { id, goalId } }, body }));
}

type GoalChange = { goalId: string; body: MentorshipGoalUpdate };

/**
 * Edits a goal of the pairing `id`; `{ done: true }` ticks it, `{ done: false }` opens it again.
 * The checklist shows the change at once, and takes it back if the server refuses it.
 */
export function useUpdateMentorshipGoal(id: string) {
  const queryClient = useQueryClient();
  const goalsKey = mentorshipKeys.part(id, "goals");
  return useMutation({
    mutationFn: ({ goalId, body }: GoalChange) => updateMentorshipGoal(id, goalId, body),
    onMutate: async ({ goalId, body }: GoalChange) => {
      await queryClient.cancelQueries({ queryKey: goalsKey });
      const before = queryClient.getQueryData<MentorshipGoalList>(goalsKey);
      if (before) {
        const items = before.items.map((goal) => (goal.id === goalId ? { ...goal, ...body } : goal));
        queryClient.setQueryData<MentorshipGoalList>(goalsKey, {
          items,
          progress: { total: items.length, done: items.filter(({ done }) => done).length },
        });
      }
      return { before };
    },
    onError: (_error, _change, context) => {
      if (context?.before) queryClient.setQueryData(goalsKey, context.before);
    },
    onSettled: () => refreshGoals(queryClient, id),
  });
}
