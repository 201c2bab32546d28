import { queryOptions } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { unwrap } from "../../../lib/api/unwrap";

/** A few members of the directory by name, to choose a speaker among them. */
export async function searchMembers(q: string) {
  return unwrap(await apiClient.GET("/api/v1/members", { params: { query: { q, size: 5 } } }));
}

export const memberSearch = (q: string) => queryOptions({ queryKey: ["events", "speaker-search", q], queryFn: () => searchMembers(q) });

/** A few projects by title, to link a project's presentation to it. */
export async function searchProjects(q: string) {
  const page = unwrap(await apiClient.GET("/api/v1/projects", { params: { query: { q, size: 5 } } }));
  return page.items.map(({ id, title }) => ({ id, title }));
}

/** A few learning paths by title, to link an event to one. */
export async function searchPaths(q: string) {
  const page = unwrap(await apiClient.GET("/api/v1/paths", { params: { query: { q, size: 5 } } }));
  return page.items.map(({ id, title }) => ({ id, title }));
}
