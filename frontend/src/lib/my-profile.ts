import { useQuery } from "@tanstack/react-query";
import { apiClient } from "./api/client";
import { unwrap } from "./api/unwrap";

/**
 * The signed-in member's own profile. Shared by the features: `profile` edits it,
 * `mentorship` reads whether the member wants a mentor.
 */
export const MY_PROFILE_KEY = ["me"] as const;

/**
 * Every cached view of members' profiles (the directory, the member pages) starts with this key, so that
 * editing one's own profile refreshes them without the `profile` feature knowing the `members` one.
 */
export const MEMBER_PROFILES_KEY = ["members"] as const;

export async function getMyProfile() {
  return unwrap(await apiClient.GET("/api/v1/me"));
}

export function useMyProfile() {
  return useQuery({ queryKey: MY_PROFILE_KEY, queryFn: getMyProfile });
}
