import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { ProjectCreate, ProjectUpdate } from "../../../lib/api/types";
import { ensureOk, unwrap } from "../../../lib/api/unwrap";
import { refreshProjects, storeChangedProject } from "./projects-queries";

export async function createProject(body: ProjectCreate) {
  return unwrap(await apiClient.POST("/api/v1/projects", { body }));
}

export async function updateProject(id: string, body: ProjectUpdate) {
  return unwrap(await apiClient.PATCH("/api/v1/projects/{id}", { params: { path: { id } }, body }));
}

export async function deleteProject(id: string) {
  ensureOk(await apiClient.DELETE("/api/v1/projects/{id}", { params: { path: { id } } }));
}

export function useCreateProject() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createProject, onSuccess: (created) => storeChangedProject(queryClient, created) });
}

/** Edits a project (leads), or archives it (leads and animateurs: `{ status: "ARCHIVED" }`). */
export function useUpdateProject(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProjectUpdate) => updateProject(id, body),
    onSuccess: (updated) => storeChangedProject(queryClient, updated),
  });
}

/** Administrators only. */
export function useDeleteProject(id: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => deleteProject(id), onSuccess: () => refreshProjects(queryClient) });
}
