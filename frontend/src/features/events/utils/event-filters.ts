import type { EventLanguage, EventLevel, EventQuery, EventType } from "../../../lib/api/types";
import { EVENT_LANGUAGES, EVENT_LEVELS, EVENT_TYPES } from "./event-labels";
import { pagePosition, setPageParams } from "../../../lib/page-cursor";

export type When = "UPCOMING" | "PAST";

/** The agenda as its address keeps it: the tab, one value per filter, and the page counted from 1. */
export type EventFilters = {
  when: When;
  q: string;
  type: EventType | "";
  topic: string;
  level: EventLevel | "";
  language: EventLanguage | "";
  page: number;
  /** The cursor of this page, that the page before answered (`next`): only beyond the first page. */
  after?: string;
};

export const PAGE_SIZE = 12;

export const NO_FILTERS: EventFilters = { when: "UPCOMING", q: "", type: "", topic: "", level: "", language: "", page: 1 };

function pick<Value extends string>(values: readonly Value[], given: string | null): Value | "" {
  return values.find((value) => value === given) ?? "";
}

function parsePage(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

export function filtersFromSearchParams(params: URLSearchParams): EventFilters {
  return {
    when: params.get("when") === "PAST" ? "PAST" : "UPCOMING",
    q: params.get("q") ?? "",
    type: pick(EVENT_TYPES, params.get("type")),
    topic: params.get("topic") ?? "",
    level: pick(EVENT_LEVELS, params.get("level")),
    language: pick(EVENT_LANGUAGES, params.get("language")),
    page: parsePage(params.get("page")),
    after: params.get("after") ?? undefined,
  };
}

/** Only what differs from the upcoming events unfiltered goes in the address. */
export function filtersToSearchParams(filters: EventFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.when === "PAST") params.set("when", "PAST");
  const q = filters.q.trim();
  if (q) params.set("q", q);
  for (const key of ["type", "topic", "level", "language"] as const) if (filters[key]) params.set(key, filters[key]);
  setPageParams(params, filters.page, filters.after);
  return params;
}

/** The API's query (its pages count from 0). */
export function toEventQuery(filters: EventFilters): EventQuery {
  const query: EventQuery = { when: filters.when, ...pagePosition(filters.page, filters.after), size: PAGE_SIZE };
  const q = filters.q.trim();
  if (q) query.q = q;
  if (filters.type) query.type = filters.type;
  if (filters.topic) query.topic = filters.topic;
  if (filters.level) query.level = filters.level;
  if (filters.language) query.language = filters.language;
  return query;
}

export function hasFilters(filters: EventFilters): boolean {
  return filtersToSearchParams({ ...filters, when: "UPCOMING", page: 1 }).toString() !== "";
}
