import { useQuery } from "@tanstack/react-query";
import type { MemberQuery } from "../utils/directory-filters";
import { memberQueries } from "./members-queries";

export function useMemberSearch(query: MemberQuery) {
  return useQuery(memberQueries.search(query));
}
