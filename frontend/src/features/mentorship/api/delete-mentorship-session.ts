import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { ensureOk } from "../../../lib/api/unwrap";
import { mentorshipKeys } from "./mentorship-queries";

export async function deleteMentorshipSession(id: string, sessionId: string) {
  ensureOk(await apiClient.DELETE("/api/v1/mentorships/{id}/sessions/{sessionId}", { params: { path: { id, sessionId } } }));
}

/** Deletes a session of the pairing `id`; succeeds once the log and its totals are read again. */
export function useDeleteMentorshipSession(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: string) => deleteMentorshipSession(id, sessionId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mentorshipKeys.part(id, "sessions") }),
  });
}
