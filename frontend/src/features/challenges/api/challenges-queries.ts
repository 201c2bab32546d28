import { keepPreviousData, queryOptions, type QueryClient } from "@tanstack/react-query";
import { ApiError } from "../../../lib/api/api-error";
import { apiClient } from "../../../lib/api/client";
import type { paths } from "../../../lib/api/schema";
import { unwrap } from "../../../lib/api/unwrap";

export type ChallengePeriod = NonNullable<NonNullable<paths["/api/v1/challenges"]["get"]["parameters"]["query"]>["period"]>;

export const CHALLENGES_PAGE_SIZE = 12;
export const ENTRIES_PAGE_SIZE = 100;
export const COMMENTS_PAGE_SIZE = 100;

/** Every cached answer about challenges starts with `all`, so that one change can refresh them all. */
export const challengeKeys = {
  all: ["challenges"] as const,
  list: (period: ChallengePeriod, page: number) => [...challengeKeys.all, "list", period, page] as const,
  detail: (id: string) => [...challengeKeys.all, "detail", id] as const,
  /** Under the challenge's key: a change of the challenge (its closing) refreshes its entries too. */
  myEntry: (id: string) => [...challengeKeys.detail(id), "my-entry"] as const,
  entries: (id: string) => [...challengeKeys.detail(id), "entries"] as const,
  comments: (id: string, entryId: string) => [...challengeKeys.detail(id), "comments", entryId] as const,
};

/** `page` counts from 1, as people do; the API counts from 0. */
export async function listChallenges(period: ChallengePeriod, page: number, size = CHALLENGES_PAGE_SIZE) {
  return unwrap(await apiClient.GET("/api/v1/challenges", { params: { query: { period, page: page - 1, size } } }));
}

export async function getChallenge(id: string) {
  return unwrap(await apiClient.GET("/api/v1/challenges/{id}", { params: { path: { id } } }));
}

/** My entry, or null when I have none yet (the API answers 404). */
export async function getMyChallengeEntry(id: string) {
  try {
    return unwrap(await apiClient.GET("/api/v1/challenges/{id}/entries/me", { params: { path: { id } } }));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export async function listChallengeEntries(id: string) {
  return unwrap(
    await apiClient.GET("/api/v1/challenges/{id}/entries", { params: { path: { id }, query: { page: 0, size: ENTRIES_PAGE_SIZE } } }),
  );
}

export async function listEntryComments(id: string, entryId: string) {
  return unwrap(
    await apiClient.GET("/api/v1/challenges/{id}/entries/{entryId}/comments", {
      params: { path: { id, entryId }, query: { page: 0, size: COMMENTS_PAGE_SIZE } },
    }),
  );
}

/** What the challenges feature reads, each with its key; the hooks of api/ use them. */
export const challengeQueries = {
  list: (period: ChallengePeriod, page: number) =>
    queryOptions({
      queryKey: challengeKeys.list(period, page),
      queryFn: () => listChallenges(period, page),
      // The list stays in place while the next page loads, so that the focus can go to its heading.
      placeholderData: keepPreviousData,
    }),

  detail: (id: string) => queryOptions({ queryKey: challengeKeys.detail(id), queryFn: () => getChallenge(id) }),

  myEntry: (id: string) => queryOptions({ queryKey: challengeKeys.myEntry(id), queryFn: () => getMyChallengeEntry(id) }),

  /** Before closing the server gives each member their own entry only; after it, every entry, highlighted first. */
  entries: (id: string) => queryOptions({ queryKey: challengeKeys.entries(id), queryFn: () => listChallengeEntries(id) }),

  comments: (id: string, entryId: string) =>
    queryOptions({ queryKey: challengeKeys.comments(id, entryId), queryFn: () => listEntryComments(id, entryId) }),
};

/** After a change of an entry (mine, its kudos, its highlight, its comments): the challenge, its count and its entries. */
export function refreshChallenge(queryClient: QueryClient, id: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: challengeKeys.detail(id) }),
    queryClient.invalidateQueries({ queryKey: [...challengeKeys.all, "list"] }),
  ]);
}
