import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { ProjectJoinRequestCreate, ProjectJoinRequestDecline } from "../../../lib/api/types";
import { ensureOk, unwrap } from "../../../lib/api/unwrap";
import { projectKeys, refreshProjects, storeChangedProject } from "./projects-queries";

// The team of a project: asking to join, the leads' answers, leaving, and the leads' roles.

export async function requestToJoinProject(id: string, body: ProjectJoinRequestCreate) {
  return unwrap(await apiClient.POST("/api/v1/projects/{id}/join-requests", { params: { path: { id } }, body }));
}

export async function acceptProjectJoinRequest(id: string, requestId: string) {
  return unwrap(await apiClient.POST("/api/v1/projects/{id}/join-requests/{requestId}/accept", { params: { path: { id, requestId } } }));
}

export async function declineProjectJoinRequest(id: string, requestId: string, body: ProjectJoinRequestDecline) {
  return unwrap(
    await apiClient.POST("/api/v1/projects/{id}/join-requests/{requestId}/decline", { params: { path: { id, requestId } }, body }),
  );
}

export async function leaveProject(id: string) {
  ensureOk(await apiClient.POST("/api/v1/projects/{id}/leave", { params: { path: { id } } }));
}

export async function promoteProjectMember(id: string, memberId: string) {
  return unwrap(await apiClient.POST("/api/v1/projects/{id}/members/{memberId}/promote", { params: { path: { id, memberId } } }));
}

export async function demoteProjectMember(id: string, memberId: string) {
  return unwrap(await apiClient.POST("/api/v1/projects/{id}/members/{memberId}/demote", { params: { path: { id, memberId } } }));
}

/** The project (its pending request), the lists (« Mes projets ») and its join requests are read again. */
function useRefreshProject(id: string) {
  const queryClient = useQueryClient();
  return () => Promise.all([refreshProjects(queryClient), queryClient.invalidateQueries({ queryKey: projectKeys.detail(id) })]);
}

export function useRequestToJoinProject(id: string) {
  const refresh = useRefreshProject(id);
  return useMutation({ mutationFn: (body: ProjectJoinRequestCreate) => requestToJoinProject(id, body), onSuccess: refresh });
}

export function useAcceptJoinRequest(id: string) {
  const refresh = useRefreshProject(id);
  return useMutation({ mutationFn: (requestId: string) => acceptProjectJoinRequest(id, requestId), onSuccess: refresh });
}

export function useDeclineJoinRequest(id: string) {
  const refresh = useRefreshProject(id);
  return useMutation({
    mutationFn: ({ requestId, body }: { requestId: string; body: ProjectJoinRequestDecline }) =>
      declineProjectJoinRequest(id, requestId, body),
    onSuccess: refresh,
  });
}

export function useLeaveProject(id: string) {
  const refresh = useRefreshProject(id);
  return useMutation({ mutationFn: () => leaveProject(id), onSuccess: refresh });
}

/** Promotes (`LEAD`) or demotes (`MEMBER`) a member of the team; leads only. */
export function useChangeTeamRole(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, role }: { memberId: string; role: "LEAD" | "MEMBER" }) =>
      role === "LEAD" ? promoteProjectMember(id, memberId) : demoteProjectMember(id, memberId),
    onSuccess: (updated) => storeChangedProject(queryClient, updated),
  });
}
