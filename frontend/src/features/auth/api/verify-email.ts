import { useQuery } from "@tanstack/react-query";
import { authQueries } from "./auth-queries";

export function useVerifyEmail(token: string) {
  return useQuery(authQueries.emailVerification(token));
}
