import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { NextSessionInput } from "../../../lib/api/types";
import { ensureOk, unwrap } from "../../../lib/api/unwrap";
import { mentorshipKeys } from "./mentorship-queries";

const nextSessionKey = (id: string) => [...mentorshipKeys.detail(id), "next-session"] as const;

/** The planned next session, or null when none is planned (the API answers 404). */
export async function getNextSession(id: string) {
  const answer = await apiClient.GET("/api/v1/mentorships/{id}/next-session", { params: { path: { id } } });
  if (answer.response.status === 404) return null;
  return unwrap(answer);
}

export async function planNextSession(id: string, body: NextSessionInput) {
  return unwrap(await apiClient.PUT("/api/v1/mentorships/{id}/next-session", { params: { path: { id } }, body }));
}

export async function cancelNextSession(id: string) {
  ensureOk(await apiClient.DELETE("/api/v1/mentorships/{id}/next-session", { params: { path: { id } } }));
}

/** The session as an .ics file, read with the session's token. */
export async function getNextSessionCalendar(id: string): Promise<Blob> {
  return unwrap(await apiClient.GET("/api/v1/mentorships/{id}/next-session/calendar.ics", { params: { path: { id } }, parseAs: "blob" }));
}

export function useNextSession(id: string) {
  return useQuery({ queryKey: nextSessionKey(id), queryFn: () => getNextSession(id) });
}

export function usePlanNextSession(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NextSessionInput) => planNextSession(id, body),
    onSuccess: (planned) => queryClient.setQueryData(nextSessionKey(id), planned),
  });
}

export function useCancelNextSession(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => cancelNextSession(id),
    onSuccess: () => queryClient.setQueryData(nextSessionKey(id), null),
  });
}
