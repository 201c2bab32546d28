import { useMutation } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { ensureOk } from "../../../lib/api/unwrap";

export async function deleteMyAccount() {
  ensureOk(await apiClient.DELETE("/api/v1/me"));
}

export function useDeleteMyAccount() {
  return useMutation({ mutationFn: deleteMyAccount });
}
