import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { CancelRequest, DeclineRequest, TransitionComment } from "../../../lib/api/types";
import { unwrap } from "../../../lib/api/unwrap";
import { storeChangedMentorship } from "./mentorship-queries";

// One small function per state change of POST /mentorships/{id}/{action}; each answers the updated mentorship.

export async function acceptMentorship(id: string) {
  return unwrap(await apiClient.POST("/api/v1/mentorships/{id}/accept", { params: { path: { id } } }));
}

export async function declineMentorship(id: string, body: DeclineRequest) {
  return unwrap(await apiClient.POST("/api/v1/mentorships/{id}/decline", { params: { path: { id } }, body }));
}

export async function withdrawMentorship(id: string, body: TransitionComment) {
  return unwrap(await apiClient.POST("/api/v1/mentorships/{id}/withdraw", { params: { path: { id } }, body }));
}

export async function pauseMentorship(id: string, body: TransitionComment) {
  return unwrap(await apiClient.POST("/api/v1/mentorships/{id}/pause", { params: { path: { id } }, body }));
}

export async function resumeMentorship(id: string, body: TransitionComment) {
  return unwrap(await apiClient.POST("/api/v1/mentorships/{id}/resume", { params: { path: { id } }, body }));
}

export async function completeMentorship(id: string, body: TransitionComment) {
  return unwrap(await apiClient.POST("/api/v1/mentorships/{id}/complete", { params: { path: { id } }, body }));
}

export async function cancelMentorship(id: string, body: CancelRequest) {
  return unwrap(await apiClient.POST("/api/v1/mentorships/{id}/cancel", { params: { path: { id } }, body }));
}

/** A state change with the body its endpoint expects. */
export type MentorshipTransition =
  | { action: "ACCEPT" }
  | { action: "DECLINE"; body: DeclineRequest }
  | { action: "CANCEL"; body: CancelRequest }
  | { action: "WITHDRAW" | "PAUSE" | "RESUME" | "COMPLETE"; body: TransitionComment };

function send(id: string, transition: MentorshipTransition) {
  switch (transition.action) {
    case "ACCEPT":
      return acceptMentorship(id);
    case "DECLINE":
      return declineMentorship(id, transition.body);
    case "CANCEL":
      return cancelMentorship(id, transition.body);
    case "WITHDRAW":
      return withdrawMentorship(id, transition.body);
    case "PAUSE":
      return pauseMentorship(id, transition.body);
    case "RESUME":
      return resumeMentorship(id, transition.body);
    case "COMPLETE":
      return completeMentorship(id, transition.body);
  }
}

/** Applies a state change, then shows the mentorship as the server answered it and refreshes the lists. */
export function useChangeMentorshipStatus(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (transition: MentorshipTransition) => send(id, transition),
    // Other pairings may change too: accepting withdraws the mentee's other requests.
    onSuccess: (updated) => storeChangedMentorship(queryClient, updated),
  });
}
