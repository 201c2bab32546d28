import { keepPreviousData, queryOptions, type QueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { paths } from "../../../lib/api/schema";
import type { ResourceView } from "../../../lib/api/types";
import { unwrap } from "../../../lib/api/unwrap";

export type ResourceQuery = NonNullable<paths["/api/v1/resources"]["get"]["parameters"]["query"]>;

/** Pages of my list, my proposals, the moderation queue and the ratings. */
export const LIST_PAGE_SIZE = 12;
export const RATINGS_PAGE_SIZE = 10;

/** Every cached answer about the library starts with `all`, so that one change can refresh them all. */
export const resourceKeys = {
  all: ["resources"] as const,
  search: (query: ResourceQuery) => [...resourceKeys.all, "search", query] as const,
  detail: (id: string) => [...resourceKeys.all, "detail", id] as const,
  /** Under the resource's key: a change of my rating refreshes them too. */
  ratings: (id: string, page: number) => [...resourceKeys.detail(id), "ratings", page] as const,
  bookmarks: (page: number) => [...resourceKeys.all, "bookmarks", page] as const,
  mine: (page: number) => [...resourceKeys.all, "mine", page] as const,
  proposals: (page: number) => [...resourceKeys.all, "proposals", page] as const,
  urlCheck: (url: string) => [...resourceKeys.all, "url-check", url] as const,
};

export async function searchResources(query: ResourceQuery) {
  return unwrap(await apiClient.GET("/api/v1/resources", { params: { query } }));
}

export async function getResource(id: string) {
  return unwrap(await apiClient.GET("/api/v1/resources/{id}", { params: { path: { id } } }));
}

/** `page` counts from 1, as people do; the API counts from 0. */
export async function listResourceRatings(id: string, page: number) {
  return unwrap(
    await apiClient.GET("/api/v1/resources/{id}/ratings", {
      params: { path: { id }, query: { page: page - 1, size: RATINGS_PAGE_SIZE } },
    }),
  );
}

export async function listMyBookmarks(page: number) {
  return unwrap(await apiClient.GET("/api/v1/me/bookmarks", { params: { query: { page: page - 1, size: LIST_PAGE_SIZE } } }));
}

export async function listMyResources(page: number) {
  return unwrap(await apiClient.GET("/api/v1/me/resources", { params: { query: { page: page - 1, size: LIST_PAGE_SIZE } } }));
}

export async function listResourceProposals(page: number) {
  return unwrap(await apiClient.GET("/api/v1/resources/proposals", { params: { query: { page: page - 1, size: LIST_PAGE_SIZE } } }));
}

export async function checkResourceUrl(url: string) {
  return unwrap(await apiClient.GET("/api/v1/resources/url-check", { params: { query: { url } } }));
}

/** What the training library reads; the hooks of api/ use them. */
export const resourceQueries = {
  search: (query: ResourceQuery) =>
    queryOptions({ queryKey: resourceKeys.search(query), queryFn: () => searchResources(query), placeholderData: keepPreviousData }),
  detail: (id: string) => queryOptions({ queryKey: resourceKeys.detail(id), queryFn: () => getResource(id) }),
  ratings: (id: string, page: number) =>
    queryOptions({
      queryKey: resourceKeys.ratings(id, page),
      queryFn: () => listResourceRatings(id, page),
      placeholderData: keepPreviousData,
    }),
  bookmarks: (page: number) =>
    queryOptions({ queryKey: resourceKeys.bookmarks(page), queryFn: () => listMyBookmarks(page), placeholderData: keepPreviousData }),
  mine: (page: number) =>
    queryOptions({ queryKey: resourceKeys.mine(page), queryFn: () => listMyResources(page), placeholderData: keepPreviousData }),
  /** Animateurs and administrators only. */
  proposals: (page: number) =>
    queryOptions({ queryKey: resourceKeys.proposals(page), queryFn: () => listResourceProposals(page), placeholderData: keepPreviousData }),
  urlCheck: (url: string) => queryOptions({ queryKey: resourceKeys.urlCheck(url), queryFn: () => checkResourceUrl(url), staleTime: 0 }),
};

/** After a change, shows the resource as the server answered it and reads every list again. */
export function storeChangedResource(queryClient: QueryClient, changed: ResourceView) {
  queryClient.setQueryData(resourceKeys.detail(changed.id), changed);
  return queryClient.invalidateQueries({
    queryKey: resourceKeys.all,
    predicate: (query) => !(query.queryKey[1] === "detail" && query.queryKey[2] === changed.id && query.queryKey.length === 3),
  });
}

/** After a change that answers nothing (204): everything about the library is read again. */
export function refreshResources(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: resourceKeys.all });
}
