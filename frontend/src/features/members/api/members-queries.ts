import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { unwrap } from "../../../lib/api/unwrap";
import { MEMBER_PROFILES_KEY } from "../../../lib/my-profile";
import type { MemberQuery } from "../utils/directory-filters";

/** Under the shared key of members' profiles, which a member's own profile change refreshes. */
export const memberKeys = {
  all: MEMBER_PROFILES_KEY,
  profile: (id: string) => [...memberKeys.all, "profile", id] as const,
  search: (query: MemberQuery) => [...memberKeys.all, "search", query] as const,
};

export async function getMember(id: string) {
  return unwrap(await apiClient.GET("/api/v1/members/{id}", { params: { path: { id } } }));
}

export async function searchMembers(query: MemberQuery) {
  return unwrap(await apiClient.GET("/api/v1/members", { params: { query } }));
}

/** What the members feature reads; the hooks of api/ use them. */
export const memberQueries = {
  profile: (id: string) => queryOptions({ queryKey: memberKeys.profile(id), queryFn: () => getMember(id) }),

  search: (query: MemberQuery) =>
    queryOptions({ queryKey: memberKeys.search(query), queryFn: () => searchMembers(query), placeholderData: keepPreviousData }),
};
