import { useQuery } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { unwrap } from "../../../lib/api/unwrap";

export async function verifyEmail(token: string) {
  return unwrap(await apiClient.POST("/api/v1/auth/verify", { body: { token } }));
}

/**
 * Confirms the address as soon as the page opens. A query rather than a mutation:
 * the cache makes sure that a single-use token is sent once, even when React renders twice.
 */
export function useVerifyEmail(token: string) {
  return useQuery({
    queryKey: ["email-verification", token],
    queryFn: () => verifyEmail(token),
    enabled: token !== "",
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}
