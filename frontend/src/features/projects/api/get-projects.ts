import { useQuery } from "@tanstack/react-query";
import { projectQueries, type ProjectQuery } from "./projects-queries";

export function useProjects(query: ProjectQuery) {
  return useQuery(projectQueries.list(query));
}

export function useProject(id: string) {
  return useQuery(projectQueries.detail(id));
}

/** Only for a lead of the project (`enabled` false otherwise). */
export function useProjectJoinRequests(id: string, enabled: boolean) {
  return useQuery({ ...projectQueries.joinRequests(id), enabled });
}
