import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { ensureOk } from "../../../lib/api/unwrap";
import { memberKeys } from "./members-queries";

export async function grantAnimateurRole(id: string) {
  ensureOk(await apiClient.PUT("/api/v1/members/{id}/roles/animateur", { params: { path: { id } } }));
}

export async function revokeAnimateurRole(id: string) {
  ensureOk(await apiClient.DELETE("/api/v1/members/{id}/roles/animateur", { params: { path: { id } } }));
}

/** Admin only: gives (`true`) or takes back (`false`) the animateur role of a member. */
export function useSetAnimateurRole(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (isAnimateur: boolean) => (isAnimateur ? grantAnimateurRole(id) : revokeAnimateurRole(id)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.profile(id) }),
  });
}
