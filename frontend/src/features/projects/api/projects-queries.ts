import { keepPreviousData, queryOptions, type QueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { paths } from "../../../lib/api/schema";
import type { Project } from "../../../lib/api/types";
import { unwrap } from "../../../lib/api/unwrap";

export type ProjectQuery = NonNullable<paths["/api/v1/projects"]["get"]["parameters"]["query"]>;

/** Every cached answer about projects starts with `all`, so that one change can refresh them all. */
export const projectKeys = {
  all: ["projects"] as const,
  list: (query: ProjectQuery) => [...projectKeys.all, "list", query] as const,
  detail: (id: string) => [...projectKeys.all, "detail", id] as const,
  /** Under the project's key: a change of its team refreshes them too. */
  joinRequests: (id: string) => [...projectKeys.detail(id), "join-requests"] as const,
};

export async function listProjects(query: ProjectQuery) {
  return unwrap(await apiClient.GET("/api/v1/projects", { params: { query } }));
}

export async function getProject(id: string) {
  return unwrap(await apiClient.GET("/api/v1/projects/{id}", { params: { path: { id } } }));
}

export async function listProjectJoinRequests(id: string) {
  return unwrap(await apiClient.GET("/api/v1/projects/{id}/join-requests", { params: { path: { id } } }));
}

/** What the projects feature reads; the hooks of api/ use them. */
export const projectQueries = {
  list: (query: ProjectQuery) =>
    queryOptions({ queryKey: projectKeys.list(query), queryFn: () => listProjects(query), placeholderData: keepPreviousData }),

  detail: (id: string) => queryOptions({ queryKey: projectKeys.detail(id), queryFn: () => getProject(id) }),

  /** Reserved to the project's leads: the server refuses them to anyone else. */
  joinRequests: (id: string) => queryOptions({ queryKey: projectKeys.joinRequests(id), queryFn: () => listProjectJoinRequests(id) }),
};

/** After a change, shows the project as the server answered it and refreshes the lists and its join requests. */
export function storeChangedProject(queryClient: QueryClient, changed: Project) {
  queryClient.setQueryData(projectKeys.detail(changed.id), changed);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: [...projectKeys.all, "list"] }),
    queryClient.invalidateQueries({ queryKey: projectKeys.joinRequests(changed.id) }),
  ]);
}

/** After a change that answers no project (leaving, deleting): everything about projects is read again. */
export function refreshProjects(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: projectKeys.all });
}
