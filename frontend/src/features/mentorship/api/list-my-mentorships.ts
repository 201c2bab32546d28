import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { paths } from "../../../lib/api/schema";
import { unwrap } from "../../../lib/api/unwrap";
import { MENTORSHIPS_KEY } from "./get-mentorship";

export type MyMentorshipsQuery = NonNullable<paths["/api/v1/mentorships"]["get"]["parameters"]["query"]>;

export const MY_MENTORSHIPS_KEY = [...MENTORSHIPS_KEY, "mine"] as const;

export async function listMyMentorships(query: MyMentorshipsQuery) {
  return unwrap(await apiClient.GET("/api/v1/mentorships", { params: { query } }));
}

export function useMyMentorships(query: MyMentorshipsQuery) {
  return useQuery({
    queryKey: [...MY_MENTORSHIPS_KEY, query],
    queryFn: () => listMyMentorships(query),
    // The list stays in place while the next page loads, so that the focus can go to its heading.
    placeholderData: keepPreviousData,
  });
}
