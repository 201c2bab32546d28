import { useQuery, type QueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { unwrap } from "../../../lib/api/unwrap";
import { mentorshipKey, mentorshipPartKey } from "./get-mentorship";
import { MY_MENTORSHIPS_KEY } from "./list-my-mentorships";

export async function listMentorshipGoals(id: string) {
  return unwrap(await apiClient.GET("/api/v1/mentorships/{id}/goals", { params: { path: { id } } }));
}

export function useMentorshipGoals(id: string) {
  return useQuery({ queryKey: mentorshipPartKey(id, "goals"), queryFn: () => listMentorshipGoals(id) });
}

/** After a change of the goals: the checklist, and the progress the pairing and the lists show. */
export function refreshGoals(queryClient: QueryClient, id: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: mentorshipPartKey(id, "goals") }),
    queryClient.invalidateQueries({ queryKey: mentorshipKey(id), exact: true }),
    queryClient.invalidateQueries({ queryKey: MY_MENTORSHIPS_KEY }),
  ]);
}
