import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { MentorshipSessionCreate } from "../../../lib/api/types";
import { unwrap } from "../../../lib/api/unwrap";
import { mentorshipKeys } from "./mentorship-queries";

export async function createMentorshipSession(id: string, body: MentorshipSessionCreate) {
  return unwrap(await apiClient.POST("/api/v1/mentorships/{id}/sessions", { params: { path: { id } }, body }));
}

export function useCreateMentorshipSession(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MentorshipSessionCreate) => createMentorshipSession(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mentorshipKeys.part(id, "sessions") }),
  });
}
