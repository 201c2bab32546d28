import { useQuery } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { unwrap } from "../../../lib/api/unwrap";

export const MY_PROFILE_KEY = ["me"] as const;

export async function getMyProfile() {
  return unwrap(await apiClient.GET("/api/v1/me"));
}

export function useMyProfile() {
  return useQuery({ queryKey: MY_PROFILE_KEY, queryFn: getMyProfile });
}
