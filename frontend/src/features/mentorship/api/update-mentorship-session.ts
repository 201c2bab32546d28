import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { MentorshipSessionUpdate } from "../../../lib/api/types";
import { unwrap } from "../../../lib/api/unwrap";
import { mentorshipKeys } from "./mentorship-queries";

export async function updateMentorshipSession(id: string, sessionId: string, body: MentorshipSessionUpdate) {
  return unwrap(await apiClient.PATCH("/api/v1/mentorships/{id}/sessions/{sessionId}", { params: { path: { id, sessionId } }, body }));
}

type SessionChange = { sessionId: string; body: MentorshipSessionUpdate };

/** Corrects a session of the pairing `id`; the log and its totals are read again. */
export function useUpdateMentorshipSession(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ sessionId, body }: SessionChange) => updateMentorshipSession(id, sessionId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mentorshipKeys.part(id, "sessions") }),
  });
}
