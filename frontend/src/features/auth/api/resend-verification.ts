import { useMutation } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { unwrap } from "../../../lib/api/unwrap";

export async function resendVerification(email: string) {
  return unwrap(await apiClient.POST("/api/v1/auth/verify/resend", { body: { email } }));
}

export function useResendVerification() {
  return useMutation({ mutationFn: resendVerification });
}
