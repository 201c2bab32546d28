import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { MentorshipUpdate } from "../../../lib/api/types";
import { unwrap } from "../../../lib/api/unwrap";
import { storeChangedMentorship } from "./mentorship-queries";

export async function updateMentorship(id: string, body: MentorshipUpdate) {
  return unwrap(await apiClient.PATCH("/api/v1/mentorships/{id}", { params: { path: { id } }, body }));
}

/** Moves the planned end of the pairing `id`, then shows it as the server answered it, with its new history entry. */
export function useUpdateMentorship(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MentorshipUpdate) => updateMentorship(id, body),
    onSuccess: (updated) => storeChangedMentorship(queryClient, updated),
  });
}
