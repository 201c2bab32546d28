import { useMutation } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { unwrap } from "../../../lib/api/unwrap";
import { startSession } from "../../../lib/session/session-store";

export type Credentials = { email: string; password: string };

/** Opens a session: the access token stays in memory, the refresh token comes back as an HttpOnly cookie. */
export async function login({ email, password }: Credentials) {
  const token = unwrap(await apiClient.POST("/api/v1/auth/login", { body: { email, password, useCookie: true } }));
  startSession(token);
  return token;
}

export function useLogin() {
  return useMutation({ mutationFn: login });
}
