import type { ContentLanguage, ProgrammingLanguage, ResourceLevel, ResourceType } from "../../../lib/api/types";
import type { ResourceQuery } from "../api/resources-queries";
import { CONTENT_LANGUAGES, PROGRAMMING_LANGUAGES, RESOURCE_LEVELS, RESOURCE_TYPES } from "./resource-labels";

/** "" lets the server choose: relevance with a search, newest without. */
export const RESOURCE_SORTS = ["", "rating", "newest"] as const;

export type ResourceSort = (typeof RESOURCE_SORTS)[number];

export const RESOURCE_SORT_LABELS: Record<ResourceSort, string> = {
  "": "Pertinence (les plus récentes sans recherche)",
  rating: "Les mieux notées",
  newest: "Les plus récentes",
};

/** The library's search, as the URL keeps it (each filter may repeat; page counted from 1, as people do). */
export type ResourceFilters = {
  q: string;
  type: ResourceType[];
  programmingLanguage: ProgrammingLanguage[];
  level: ResourceLevel[];
  topic: string[];
  contentLanguage: ContentLanguage[];
  freeOnly: boolean;
  sort: ResourceSort;
  page: number;
};

/** The filters a person ticks, in the order the form shows them. */
export type MultiFilter = "type" | "programmingLanguage" | "level" | "topic" | "contentLanguage";

export const PAGE_SIZE = 12;

export const NO_FILTERS: ResourceFilters = {
  q: "",
  type: [],
  programmingLanguage: [],
  level: [],
  topic: [],
  contentLanguage: [],
  freeOnly: false,
  sort: "",
  page: 1,
};

/** Where a beginner starts: beginner material in French. */
export const BEGINNER_SEARCH = "level=BEGINNER&contentLanguage=FR";

function parsePage(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

function known<Value extends string>(values: readonly Value[], given: string[]): Value[] {
  return values.filter((value) => given.includes(value));
}

export function filtersFromSearchParams(params: URLSearchParams): ResourceFilters {
  const sort = params.get("sort") ?? "";
  return {
    q: params.get("q") ?? "",
    type: known(RESOURCE_TYPES, params.getAll("type")),
    programmingLanguage: known(PROGRAMMING_LANGUAGES, params.getAll("programmingLanguage")),
    level: known(RESOURCE_LEVELS, params.getAll("level")),
    topic: [...new Set(params.getAll("topic").filter(Boolean))],
    contentLanguage: known(CONTENT_LANGUAGES, params.getAll("contentLanguage")),
    freeOnly: params.get("freeOnly") === "true",
    sort: RESOURCE_SORTS.find((candidate) => candidate === sort) ?? "",
    page: parsePage(params.get("page")),
  };
}

const MULTI_FILTERS: MultiFilter[] = ["type", "programmingLanguage", "level", "topic", "contentLanguage"];

/** Only what differs from "no filter" goes in the URL, so that shared links stay short. */
export function filtersToSearchParams(filters: ResourceFilters): URLSearchParams {
  const params = new URLSearchParams();
  const q = filters.q.trim();
  if (q) params.set("q", q);
  for (const key of MULTI_FILTERS) for (const value of filters[key]) params.append(key, value);
  if (filters.freeOnly) params.set("freeOnly", "true");
  if (filters.sort) params.set("sort", filters.sort);
  if (filters.page > 1) params.set("page", String(filters.page));
  return params;
}

/** The API's query for these filters (its pages count from 0). */
export function toResourceQuery(filters: ResourceFilters): ResourceQuery {
  const query: ResourceQuery = { page: filters.page - 1, size: PAGE_SIZE };
  const q = filters.q.trim();
  if (q) query.q = q;
  if (filters.type.length > 0) query.type = filters.type;
  if (filters.programmingLanguage.length > 0) query.programmingLanguage = filters.programmingLanguage;
  if (filters.level.length > 0) query.level = filters.level;
  if (filters.topic.length > 0) query.topic = filters.topic;
  if (filters.contentLanguage.length > 0) query.contentLanguage = filters.contentLanguage;
  if (filters.freeOnly) query.freeOnly = true;
  if (filters.sort) query.sort = filters.sort;
  return query;
}

export function hasFilters(filters: ResourceFilters): boolean {
  return filtersToSearchParams({ ...filters, page: 1, sort: "" }).toString() !== "";
}
