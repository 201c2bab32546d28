import { useMutation } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { unwrap } from "../../../lib/api/unwrap";

export async function requestPasswordReset(email: string) {
  return unwrap(await apiClient.POST("/api/v1/auth/password-reset", { body: { email } }));
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}
