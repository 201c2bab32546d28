import { useMutation } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { ensureOk } from "../../../lib/api/unwrap";

export type NewPassword = { token: string; password: string };

export async function confirmPasswordReset(body: NewPassword) {
  ensureOk(await apiClient.POST("/api/v1/auth/password-reset/confirm", { body }));
}

export function useConfirmPasswordReset() {
  return useMutation({ mutationFn: confirmPasswordReset });
}
