import type { paths } from "../../../lib/api/schema";
import { pagePosition, setPageParams } from "../../../lib/page-cursor";

export type MemberQuery = NonNullable<paths["/api/v1/members"]["get"]["parameters"]["query"]>;

/** The directory's search, as the URL query string keeps it (page counted from 1, as people do). */
export type DirectoryFilters = {
  q: string;
  skill: string;
  minLevel: number | null;
  organization: string;
  region: string;
  canMentor: boolean;
  wantsMentor: boolean;
  page: number;
  /** The cursor of this page, that the page before answered (`next`): only beyond the first page. */
  after?: string;
};

export const PAGE_SIZE = 20;

export const NO_FILTERS: DirectoryFilters = {
  q: "",
  skill: "",
  minLevel: null,
  organization: "",
  region: "",
  canMentor: false,
  wantsMentor: false,
  page: 1,
};

function parseLevel(value: string | null): number | null {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 4 ? level : null;
}

function parsePage(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

export function filtersFromSearchParams(params: URLSearchParams): DirectoryFilters {
  return {
    q: params.get("q") ?? "",
    skill: params.get("skill") ?? "",
    minLevel: parseLevel(params.get("minLevel")),
    organization: params.get("organization") ?? "",
    region: params.get("region") ?? "",
    canMentor: params.get("canMentor") === "true",
    wantsMentor: params.get("wantsMentor") === "true",
    page: parsePage(params.get("page")),
    after: params.get("after") ?? undefined,
  };
}

/** Only what differs from "no filter" goes in the URL, so that shared links stay short. */
export function filtersToSearchParams(filters: DirectoryFilters): URLSearchParams {
  const params = new URLSearchParams();
  const q = filters.q.trim();
  if (q) params.set("q", q);
  if (filters.skill) params.set("skill", filters.skill);
  if (filters.minLevel !== null) params.set("minLevel", String(filters.minLevel));
  if (filters.organization) params.set("organization", filters.organization);
  if (filters.region) params.set("region", filters.region);
  if (filters.canMentor) params.set("canMentor", "true");
  if (filters.wantsMentor) params.set("wantsMentor", "true");
  setPageParams(params, filters.page, filters.after);
  return params;
}

/** The API's query for these filters (its pages count from 0). */
export function toMemberQuery(filters: DirectoryFilters): MemberQuery {
  const query: MemberQuery = { ...pagePosition(filters.page, filters.after), size: PAGE_SIZE };
  const q = filters.q.trim();
  if (q) query.q = q;
  if (filters.skill) query.skill = filters.skill;
  if (filters.minLevel !== null) query.minLevel = filters.minLevel;
  if (filters.organization) query.organization = filters.organization;
  if (filters.region) query.region = filters.region;
  if (filters.canMentor) query.canMentor = true;
  if (filters.wantsMentor) query.wantsMentor = true;
  return query;
}
