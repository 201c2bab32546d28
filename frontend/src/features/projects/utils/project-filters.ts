import type { ProjectLanguages, ProjectStatus } from "../../../lib/api/types";
import { pickOption } from "../../../lib/referentials/labels";
import type { ProjectQuery } from "../api/projects-queries";
import { PROJECT_LANGUAGES, PROJECT_STATUSES } from "./project-labels";
import { pagePosition, setPageParams } from "../../../lib/page-cursor";

export const PROJECT_SORTS = ["relevance", "createdAt,desc", "createdAt,asc", "title,asc", "title,desc"] as const;

export type ProjectSort = (typeof PROJECT_SORTS)[number];

export const PROJECT_SORT_LABELS: Record<ProjectSort, string> = {
  relevance: "Pertinence (les plus récents sans recherche)",
  "createdAt,desc": "Les plus récents",
  "createdAt,asc": "Les plus anciens",
  "title,asc": "Titre, de A à Z",
  "title,desc": "Titre, de Z à A",
};

/** The project list's search, as the URL query string keeps it (page counted from 1, as people do). */
export type ProjectFilters = {
  q: string;
  topic: string;
  language: ProjectLanguages | "";
  status: ProjectStatus | "";
  beginnersWelcome: boolean;
  skill: string;
  needsMySkills: boolean;
  sort: ProjectSort;
  page: number;
  /** The cursor of this page, that the page before answered (`next`): only beyond the first page. */
  after?: string;
};

export const PAGE_SIZE = 12;

export const NO_FILTERS: ProjectFilters = {
  q: "",
  topic: "",
  language: "",
  status: "",
  beginnersWelcome: false,
  skill: "",
  needsMySkills: false,
  sort: "relevance",
  page: 1,
};

function parsePage(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

export function filtersFromSearchParams(params: URLSearchParams): ProjectFilters {
  return {
    q: params.get("q") ?? "",
    topic: params.get("topic") ?? "",
    language: pickOption(PROJECT_LANGUAGES, params.get("language") ?? ""),
    status: pickOption(PROJECT_STATUSES, params.get("status") ?? ""),
    beginnersWelcome: params.get("beginnersWelcome") === "true",
    skill: params.get("skill") ?? "",
    needsMySkills: params.get("needsMySkills") === "true",
    sort: pickOption(PROJECT_SORTS, params.get("sort") ?? "") || "relevance",
    page: parsePage(params.get("page")),
    after: params.get("after") ?? undefined,
  };
}

/** Only what differs from "no filter" goes in the URL, so that shared links stay short. */
export function filtersToSearchParams(filters: ProjectFilters): URLSearchParams {
  const params = new URLSearchParams();
  const q = filters.q.trim();
  const topic = filters.topic.trim();
  if (q) params.set("q", q);
  if (topic) params.set("topic", topic);
  if (filters.language) params.set("language", filters.language);
  if (filters.status) params.set("status", filters.status);
  if (filters.beginnersWelcome) params.set("beginnersWelcome", "true");
  if (filters.skill) params.set("skill", filters.skill);
  if (filters.needsMySkills) params.set("needsMySkills", "true");
  if (filters.sort !== "relevance") params.set("sort", filters.sort);
  setPageParams(params, filters.page, filters.after);
  return params;
}

/** The API's query for these filters (its pages count from 0). */
export function toProjectQuery(filters: ProjectFilters): ProjectQuery {
  const query: ProjectQuery = { ...pagePosition(filters.page, filters.after), size: PAGE_SIZE };
  const q = filters.q.trim();
  const topic = filters.topic.trim();
  if (q) query.q = q;
  if (topic) query.topic = topic;
  if (filters.language) query.language = filters.language;
  if (filters.status) query.status = [filters.status];
  if (filters.beginnersWelcome) query.beginnersWelcome = true;
  if (filters.skill) query.skill = filters.skill;
  if (filters.needsMySkills) query.needsMySkills = true;
  if (filters.sort !== "relevance") query.sort = filters.sort;
  return query;
}

export function hasFilters(filters: ProjectFilters): boolean {
  return filtersToSearchParams({ ...filters, page: 1, sort: "relevance" }).toString() !== "";
}
