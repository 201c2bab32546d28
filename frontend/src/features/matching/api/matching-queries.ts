import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { unwrap } from "../../../lib/api/unwrap";
import type { ProposalQuery } from "../utils/proposal-filters";

/** How often a run still computing, or still sending its requests, is read again. */
export const RUN_POLL_INTERVAL_MS = 1000;

export const RUNS_PAGE_SIZE = 20;

/** How many mentors "Trouver un mentor" suggests (the API's default). */
export const SUGGESTIONS_LIMIT = 10;

/** Every cached answer of the matching feature, each under the key of what it belongs to. */
export const matchingKeys = {
  all: ["matching"] as const,
  defaults: () => [...matchingKeys.all, "defaults"] as const,
  suggestions: () => [...matchingKeys.all, "suggestions"] as const,
  /** Every cached answer about runs starts with this key, so that one change can refresh them all. */
  runs: () => [...matchingKeys.all, "runs"] as const,
  /** The pages of the list of runs. */
  runList: (page?: number) =>
    page === undefined ? ([...matchingKeys.runs(), "list"] as const) : ([...matchingKeys.runs(), "list", page] as const),
  run: (id: string) => [...matchingKeys.runs(), "detail", id] as const,
  /** A run's proposals, under its key: refreshing the run refreshes them too. */
  proposals: (id: string) => [...matchingKeys.run(id), "proposals"] as const,
};

export async function getMatchingDefaults() {
  return unwrap(await apiClient.GET("/api/v1/matching/defaults"));
}

export async function getMentorSuggestions(limit: number) {
  return unwrap(await apiClient.GET("/api/v1/matching/suggestions", { params: { query: { limit } } }));
}

/** `page` counts from 1, as people do; the API counts from 0. */
export async function listMatchingRuns(page: number) {
  return unwrap(await apiClient.GET("/api/v1/matching/runs", { params: { query: { page: page - 1, size: RUNS_PAGE_SIZE } } }));
}

export async function getMatchingRun(id: string) {
  return unwrap(await apiClient.GET("/api/v1/matching/runs/{id}", { params: { path: { id } } }));
}

export async function listMatchingProposals(id: string, query: ProposalQuery) {
  return unwrap(await apiClient.GET("/api/v1/matching/runs/{id}/proposals", { params: { path: { id }, query } }));
}

/** What the matching feature reads, each with its key and how it stays fresh; the hooks of api/ use them. */
export const matchingQueries = {
  /** The parameters a run takes when none is given: the weights the service is configured with. */
  defaults: () => queryOptions({ queryKey: matchingKeys.defaults(), queryFn: getMatchingDefaults, staleTime: Infinity }),

  /** The mentors most compatible with the signed-in member, read again at each visit: profiles and requests change. */
  suggestions: () =>
    queryOptions({
      queryKey: [...matchingKeys.suggestions(), SUGGESTIONS_LIMIT],
      queryFn: () => getMentorSuggestions(SUGGESTIONS_LIMIT),
    }),

  runList: (page: number) =>
    queryOptions({
      queryKey: matchingKeys.runList(page),
      queryFn: () => listMatchingRuns(page),
      placeholderData: keepPreviousData,
    }),

  /** The run, read again every second while it computes or sends its requests, so that its progress shows as it goes. */
  run: (id: string) =>
    queryOptions({
      queryKey: matchingKeys.run(id),
      queryFn: () => getMatchingRun(id),
      refetchInterval: ({ state }) =>
        state.data?.status === "RUNNING" || state.data?.status === "CONFIRMING" ? RUN_POLL_INTERVAL_MS : false,
    }),

  /**
   * The pairs of a computed run, best scores first. `progress` changes while the run's requests leave
   * (its status and how many pairs were handled), so that each pair's outcome shows as it comes.
   */
  proposals: (id: string, query: ProposalQuery, progress = "") =>
    queryOptions({
      queryKey: [...matchingKeys.proposals(id), query, progress],
      queryFn: () => listMatchingProposals(id, query),
      placeholderData: keepPreviousData,
    }),
};
