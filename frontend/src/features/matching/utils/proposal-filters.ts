import type { paths } from "../../../lib/api/schema";

export type ProposalQuery = NonNullable<paths["/api/v1/matching/runs/{id}/proposals"]["get"]["parameters"]["query"]>;

export const PROPOSALS_PAGE_SIZE = 20;

/** Which pairs to show: those kept in the proposal, those taken out, or all. */
export const PROPOSAL_SCOPES = ["kept", "removed", "all"] as const;

export type ProposalScope = (typeof PROPOSAL_SCOPES)[number];

export const SCOPE_LABELS: Record<ProposalScope, string> = { kept: "Gardés", removed: "Retirés", all: "Tous" };

/** The filters of the pairs, as the URL query string keeps them (page counted from 1). */
export type ProposalFilters = { q: string; scope: ProposalScope; page: number };

function parseScope(value: string | null): ProposalScope {
  return PROPOSAL_SCOPES.find((scope) => scope === value) ?? "all";
}

function parsePage(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

export function proposalFiltersFrom(params: URLSearchParams): ProposalFilters {
  return { q: params.get("q") ?? "", scope: parseScope(params.get("binomes")), page: parsePage(params.get("page")) };
}

/** Only what differs from "all pairs, first page" goes in the URL. */
export function proposalFiltersToSearchParams({ q, scope, page }: ProposalFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (q.trim()) params.set("q", q.trim());
  if (scope !== "all") params.set("binomes", scope);
  if (page > 1) params.set("page", String(page));
  return params;
}

/** The API's query for these filters (its pages count from 0). */
export function toProposalQuery({ q, scope, page }: ProposalFilters): ProposalQuery {
  const query: ProposalQuery = { page: page - 1, size: PROPOSALS_PAGE_SIZE };
  if (q.trim()) query.q = q.trim();
  if (scope !== "all") query.removed = scope === "removed";
  return query;
}
