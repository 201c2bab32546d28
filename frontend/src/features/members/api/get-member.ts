import { useQuery } from "@tanstack/react-query";
import { memberQueries } from "./members-queries";

export function useMember(id: string) {
  return useQuery(memberQueries.profile(id));
}
