import { useQuery } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { unwrap } from "../../../lib/api/unwrap";

export const memberKey = (id: string) => ["members", "profile", id] as const;

export async function getMember(id: string) {
  return unwrap(await apiClient.GET("/api/v1/members/{id}", { params: { path: { id } } }));
}

export function useMember(id: string) {
  return useQuery({ queryKey: memberKey(id), queryFn: () => getMember(id) });
}
