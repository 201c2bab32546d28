import { useQuery } from "@tanstack/react-query";
import { mentorshipQueries, type MyMentorshipsQuery } from "./mentorship-queries";

export function useMyMentorships(query: MyMentorshipsQuery) {
  return useQuery(mentorshipQueries.mine(query));
}
