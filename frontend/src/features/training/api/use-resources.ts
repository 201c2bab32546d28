import { useQuery } from "@tanstack/react-query";
import { resourceQueries, type ResourceQuery } from "./resources-queries";

export function useResourceSearch(query: ResourceQuery) {
  return useQuery(resourceQueries.search(query));
}

export function useResource(id: string) {
  return useQuery(resourceQueries.detail(id));
}

export function useResourceRatings(id: string, page: number, enabled = true) {
  return useQuery({ ...resourceQueries.ratings(id, page), enabled });
}

export function useMyBookmarks(page: number) {
  return useQuery(resourceQueries.bookmarks(page));
}

export function useMyResources(page: number) {
  return useQuery(resourceQueries.mine(page));
}

export function useResourceProposals(page: number) {
  return useQuery(resourceQueries.proposals(page));
}
