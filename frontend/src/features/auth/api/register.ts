import { useMutation } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { RegisterRequest } from "../../../lib/api/types";
import { unwrap } from "../../../lib/api/unwrap";

export async function register(body: RegisterRequest) {
  return unwrap(await apiClient.POST("/api/v1/auth/register", { body }));
}

export function useRegister() {
  return useMutation({ mutationFn: register });
}
