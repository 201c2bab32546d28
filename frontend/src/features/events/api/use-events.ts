import { useQuery } from "@tanstack/react-query";
import type { EventQuery, RegistrationStatus } from "../../../lib/api/types";
import type { When } from "../utils/event-filters";
import { eventQueries } from "./event-queries";

export function useEventSearch(query: EventQuery) {
  return useQuery(eventQueries.search(query));
}

export function useEvent(id: string) {
  return useQuery(eventQueries.detail(id));
}

export function useEventRegistrants(id: string, status: RegistrationStatus | "", page: number, enabled = true) {
  return useQuery({ ...eventQueries.registrants(id, status, page), enabled });
}

export function useMyRegistrations(when: When, page: number) {
  return useQuery(eventQueries.mine(when, page));
}

export function useMyCalendarFeed() {
  return useQuery(eventQueries.calendarFeed());
}
