import { keepPreviousData, queryOptions, useQuery, type QueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../../lib/api/client";
import { unwrap } from "../../../../lib/api/unwrap";
import type { PathQuery, PathView, ResourceSearchQuery } from "./path-types";

/** Every cached answer about learning paths starts with `all`, so that one change can refresh them all. */
export const pathKeys = {
  all: ["paths"] as const,
  list: (query: PathQuery) => [...pathKeys.all, "list", query] as const,
  detail: (id: string) => [...pathKeys.all, "detail", id] as const,
  mine: (page: number) => [...pathKeys.all, "mine", page] as const,
  suggestions: () => [...pathKeys.all, "suggestions"] as const,
  /** The published resources an author may add as a step. */
  resourceSearch: (query: ResourceSearchQuery) => [...pathKeys.all, "resource-search", query] as const,
};

export async function listPaths(query: PathQuery) {
  return unwrap(await apiClient.GET("/api/v1/paths", { params: { query } }));
}

export async function getPath(id: string) {
  return unwrap(await apiClient.GET("/api/v1/paths/{id}", { params: { path: { id } } }));
}

export async function listMyPaths(page: number) {
  return unwrap(await apiClient.GET("/api/v1/me/paths", { params: { query: { page, size: MY_PATHS_PAGE_SIZE } } }));
}

export async function listPathSuggestions() {
  return unwrap(await apiClient.GET("/api/v1/me/path-suggestions"));
}

export async function searchPublishedResources(query: ResourceSearchQuery) {
  return unwrap(await apiClient.GET("/api/v1/resources", { params: { query } }));
}

export const MY_PATHS_PAGE_SIZE = 12;

export const pathQueries = {
  list: (query: PathQuery) =>
    queryOptions({ queryKey: pathKeys.list(query), queryFn: () => listPaths(query), placeholderData: keepPreviousData }),
  detail: (id: string) => queryOptions({ queryKey: pathKeys.detail(id), queryFn: () => getPath(id) }),
  mine: (page: number) =>
    queryOptions({ queryKey: pathKeys.mine(page), queryFn: () => listMyPaths(page), placeholderData: keepPreviousData }),
  suggestions: () => queryOptions({ queryKey: pathKeys.suggestions(), queryFn: listPathSuggestions }),
  resourceSearch: (query: ResourceSearchQuery) =>
    queryOptions({
      queryKey: pathKeys.resourceSearch(query),
      queryFn: () => searchPublishedResources(query),
      placeholderData: keepPreviousData,
    }),
};

export const usePaths = (query: PathQuery, enabled = true) => useQuery({ ...pathQueries.list(query), enabled });
export const usePath = (id: string) => useQuery(pathQueries.detail(id));
export const useMyPaths = (page: number) => useQuery(pathQueries.mine(page));
export const usePathSuggestions = () => useQuery(pathQueries.suggestions());
export const useResourceSearch = (query: ResourceSearchQuery, enabled: boolean) =>
  useQuery({ ...pathQueries.resourceSearch(query), enabled });

/** After a change, shows the path as the server answered it and refreshes the lists, « Mes parcours » and the suggestions. */
export function storeChangedPath(queryClient: QueryClient, changed: PathView) {
  queryClient.setQueryData(pathKeys.detail(changed.id), changed);
  return queryClient.invalidateQueries({
    queryKey: pathKeys.all,
    predicate: (query) => query.queryKey[1] !== "detail" && query.queryKey[1] !== "resource-search",
  });
}

/** After a change that answers no path (following, deleting, a step): everything about paths is read again. */
export function refreshPaths(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: pathKeys.all });
}
