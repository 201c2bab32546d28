import { queryOptions } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { unwrap } from "../../../lib/api/unwrap";

export const authKeys = {
  emailVerification: (token: string) => ["email-verification", token] as const,
};

export async function verifyEmail(token: string) {
  return unwrap(await apiClient.POST("/api/v1/auth/verify", { body: { token } }));
}

/** What the auth feature reads through the cache; the hooks of api/ use them. */
export const authQueries = {
  /**
   * Confirms the address as soon as the page opens. A query rather than a mutation:
   * the cache makes sure that a single-use token is sent once, even when React renders twice.
   */
  emailVerification: (token: string) =>
    queryOptions({
      queryKey: authKeys.emailVerification(token),
      queryFn: () => verifyEmail(token),
      enabled: token !== "",
      staleTime: Infinity,
      gcTime: Infinity,
      retry: false,
    }),
};
