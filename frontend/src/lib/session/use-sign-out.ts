import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { logout } from "./session-api";

/** Ends the session and drops every cached answer, so that no personal data outlives it. */
export function useSignOut(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    try {
      await logout();
    } finally {
      queryClient.clear();
    }
  }, [queryClient]);
}
