import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { unwrap } from "../../../lib/api/unwrap";
import type { MemberQuery } from "../utils/directory-filters";

export async function searchMembers(query: MemberQuery) {
  return unwrap(await apiClient.GET("/api/v1/members", { params: { query } }));
}

export function useMemberSearch(query: MemberQuery) {
  return useQuery({
    queryKey: ["members", "search", query],
    queryFn: () => searchMembers(query),
    placeholderData: keepPreviousData,
  });
}
