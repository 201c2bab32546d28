import { pickOption } from "../../../../lib/referentials/labels";
import type { PathLevel, PathProgrammingLanguage, PathQuery } from "../api/path-types";
import { PATH_LANGUAGES, PATH_LEVELS } from "./path-labels";

/** The path list's search, as the URL query string keeps it (page counted from 1). */
export type PathFilters = {
  q: string;
  level: PathLevel | "";
  programmingLanguage: PathProgrammingLanguage | "";
  skill: string;
  page: number;
};

export const PATHS_PAGE_SIZE = 12;

export const NO_PATH_FILTERS: PathFilters = { q: "", level: "", programmingLanguage: "", skill: "", page: 1 };

function parsePage(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

export function pathFiltersFromSearchParams(params: URLSearchParams): PathFilters {
  return {
    q: params.get("q") ?? "",
    level: pickOption(PATH_LEVELS, params.get("level") ?? ""),
    programmingLanguage: pickOption(PATH_LANGUAGES, params.get("programmingLanguage") ?? ""),
    skill: params.get("skill") ?? "",
    page: parsePage(params.get("page")),
  };
}

/** Only what differs from "no filter" goes in the URL. */
export function pathFiltersToSearchParams(filters: PathFilters): URLSearchParams {
  const params = new URLSearchParams();
  const q = filters.q.trim();
  if (q) params.set("q", q);
  if (filters.level) params.set("level", filters.level);
  if (filters.programmingLanguage) params.set("programmingLanguage", filters.programmingLanguage);
  if (filters.skill) params.set("skill", filters.skill);
  if (filters.page > 1) params.set("page", String(filters.page));
  return params;
}

/** The API's query for these filters (its pages count from 0). */
export function toPathQuery(filters: PathFilters): PathQuery {
  const query: PathQuery = { page: filters.page - 1, size: PATHS_PAGE_SIZE };
  const q = filters.q.trim();
  if (q) query.q = q;
  if (filters.level) query.level = filters.level;
  if (filters.programmingLanguage) query.programmingLanguage = filters.programmingLanguage;
  if (filters.skill) query.skill = filters.skill;
  return query;
}

export function hasPathFilters(filters: PathFilters): boolean {
  return pathFiltersToSearchParams({ ...filters, page: 1 }).toString() !== "";
}
