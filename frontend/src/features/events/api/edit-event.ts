import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { EventCreate, EventUpdate } from "../../../lib/api/types";
import { ensureOk, unwrap } from "../../../lib/api/unwrap";
import { eventKeys, refreshEvents, storeChangedEvent } from "./event-queries";

export async function createEvent(body: EventCreate) {
  return unwrap(await apiClient.POST("/api/v1/events", { body }));
}

/** A merge patch: an absent field stays, a null clears it. */
export async function updateEvent(id: string, patch: EventUpdate) {
  return unwrap(await apiClient.PATCH("/api/v1/events/{id}", { params: { path: { id } }, body: patch }));
}

export async function deleteEvent(id: string) {
  ensureOk(await apiClient.DELETE("/api/v1/events/{id}", { params: { path: { id } } }));
}

export async function cancelEvent(id: string, reason: string) {
  return unwrap(await apiClient.POST("/api/v1/events/{id}/cancel", { params: { path: { id } }, body: { reason } }));
}

export async function registerForEvent(id: string) {
  return unwrap(await apiClient.POST("/api/v1/events/{id}/registration", { params: { path: { id } } }));
}

export async function cancelRegistration(id: string) {
  ensureOk(await apiClient.DELETE("/api/v1/events/{id}/registration", { params: { path: { id } } }));
}

export async function checkInToEvent(id: string) {
  ensureOk(await apiClient.POST("/api/v1/events/{id}/check-in", { params: { path: { id } } }));
}

export async function setAttendance(id: string, memberId: string, attended: boolean) {
  const options = { params: { path: { id, memberId } } };
  ensureOk(
    attended
      ? await apiClient.PUT("/api/v1/events/{id}/registrations/{memberId}/attendance", options)
      : await apiClient.DELETE("/api/v1/events/{id}/registrations/{memberId}/attendance", options),
  );
}

/** The registrants as a spreadsheet (UTF-8, « ; »), read with the session's token, not as a plain link. */
export async function exportEventRegistrations(id: string): Promise<Blob> {
  return unwrap(await apiClient.GET("/api/v1/events/{id}/registrations.csv", { params: { path: { id } }, parseAs: "blob" }));
}

/** The event as an iCalendar file; the online link is in it only for those who may see it. */
export async function getEventCalendar(id: string): Promise<Blob> {
  return unwrap(await apiClient.GET("/api/v1/events/{id}/calendar.ics", { params: { path: { id } }, parseAs: "blob" }));
}

export function useCreateEvent() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createEvent, onSuccess: (created) => storeChangedEvent(queryClient, created) });
}

export function useUpdateEvent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: EventUpdate) => updateEvent(id, patch),
    onSuccess: (updated) => storeChangedEvent(queryClient, updated),
  });
}

export function useDeleteEvent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteEvent(id),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: eventKeys.detail(id) });
      return refreshEvents(queryClient);
    },
  });
}

export function useCancelEvent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => cancelEvent(id, reason),
    // Not awaited: the dialog closes as soon as the server answers, while the lists are read again behind it.
    onSuccess: (cancelled) => void storeChangedEvent(queryClient, cancelled),
  });
}

/** Registers me, or takes me off; the event (seats, waitlist, online link) and the lists are read again. */
export function useRegistration(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (register: boolean) => (register ? registerForEvent(id) : cancelRegistration(id).then(() => null)),
    onSuccess: () => refreshEvents(queryClient),
  });
}

export function useCheckIn(id: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => checkInToEvent(id), onSuccess: () => refreshEvents(queryClient) });
}

export function useSetAttendance(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, attended }: { memberId: string; attended: boolean }) => setAttendance(id, memberId, attended),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...eventKeys.detail(id), "registrants"] }),
  });
}
