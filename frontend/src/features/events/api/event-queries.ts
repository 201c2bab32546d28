import { keepPreviousData, queryOptions, type QueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { EventQuery, EventView, RegistrationStatus } from "../../../lib/api/types";
import { unwrap } from "../../../lib/api/unwrap";
import type { When } from "../utils/event-filters";

/** Pages of « Mes inscriptions » and of the registrants' table. */
export const LIST_PAGE_SIZE = 12;
export const REGISTRANTS_PAGE_SIZE = 50;

/** Every cached answer about events starts with `all`, so that one change can refresh them all. */
export const eventKeys = {
  all: ["events"] as const,
  search: (query: EventQuery) => [...eventKeys.all, "search", query] as const,
  detail: (id: string) => [...eventKeys.all, "detail", id] as const,
  /** Under the event's key: a change of the event refreshes them too. */
  registrants: (id: string, status: RegistrationStatus | "", page: number) =>
    [...eventKeys.detail(id), "registrants", status, page] as const,
  mine: (when: When, page: number) => [...eventKeys.all, "mine", when, page] as const,
  calendarFeed: ["calendar-feed"] as const,
};

export async function listEvents(query: EventQuery) {
  return unwrap(await apiClient.GET("/api/v1/events", { params: { query } }));
}

export async function getEvent(id: string) {
  return unwrap(await apiClient.GET("/api/v1/events/{id}", { params: { path: { id } } }));
}

/** `page` counts from 1, as people do; the API counts from 0. */
export async function listEventRegistrations(id: string, status: RegistrationStatus | "", page: number) {
  return unwrap(
    await apiClient.GET("/api/v1/events/{id}/registrations", {
      params: { path: { id }, query: { page: page - 1, size: REGISTRANTS_PAGE_SIZE, ...(status ? { status } : {}) } },
    }),
  );
}

export async function listMyRegistrations(when: When, page: number) {
  return unwrap(await apiClient.GET("/api/v1/me/registrations", { params: { query: { when, page: page - 1, size: LIST_PAGE_SIZE } } }));
}

export async function getMyCalendarFeed() {
  return unwrap(await apiClient.GET("/api/v1/me/calendar-feed"));
}

/** What the events feature reads; the hooks of api/ use them. */
export const eventQueries = {
  search: (query: EventQuery) =>
    queryOptions({ queryKey: eventKeys.search(query), queryFn: () => listEvents(query), placeholderData: keepPreviousData }),
  detail: (id: string) => queryOptions({ queryKey: eventKeys.detail(id), queryFn: () => getEvent(id) }),
  /** Organisers only. */
  registrants: (id: string, status: RegistrationStatus | "", page: number) =>
    queryOptions({
      queryKey: eventKeys.registrants(id, status, page),
      queryFn: () => listEventRegistrations(id, status, page),
      placeholderData: keepPreviousData,
    }),
  mine: (when: When, page: number) =>
    queryOptions({
      queryKey: eventKeys.mine(when, page),
      queryFn: () => listMyRegistrations(when, page),
      placeholderData: keepPreviousData,
    }),
  calendarFeed: () => queryOptions({ queryKey: eventKeys.calendarFeed, queryFn: getMyCalendarFeed }),
};

/** After a change, shows the event as the server answered it and reads every list again. */
export function storeChangedEvent(queryClient: QueryClient, changed: EventView) {
  queryClient.setQueryData(eventKeys.detail(changed.id), changed);
  return queryClient.invalidateQueries({
    queryKey: eventKeys.all,
    predicate: (query) => !(query.queryKey[1] === "detail" && query.queryKey[2] === changed.id && query.queryKey.length === 3),
  });
}

/** After a change that answers no event (204, a registration): everything about events is read again. */
export function refreshEvents(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: eventKeys.all });
}
