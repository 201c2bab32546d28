import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { MentorshipRequest } from "../../../lib/api/types";
import { unwrap } from "../../../lib/api/unwrap";
import { mentorshipKeys } from "./mentorship-queries";

export async function requestMentorship(body: MentorshipRequest) {
  return unwrap(await apiClient.POST("/api/v1/mentorships", { body }));
}

export function useRequestMentorship() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: requestMentorship,
    onSuccess: (created) => {
      queryClient.setQueryData(mentorshipKeys.detail(created.id), created);
      void queryClient.invalidateQueries({ queryKey: mentorshipKeys.mine() });
      // This mentor now has a request under way, and the member one more pending request for the others.
      void queryClient.invalidateQueries({ queryKey: mentorshipKeys.eligibilities() });
    },
  });
}
