import { useQuery } from "@tanstack/react-query";
import { challengeQueries, type ChallengePeriod } from "./challenges-queries";

export function useChallenges(period: ChallengePeriod, page: number) {
  return useQuery(challengeQueries.list(period, page));
}

export function useChallenge(id: string) {
  return useQuery(challengeQueries.detail(id));
}

export function useMyChallengeEntry(id: string, enabled = true) {
  return useQuery({ ...challengeQueries.myEntry(id), enabled });
}

export function useChallengeEntries(id: string) {
  return useQuery(challengeQueries.entries(id));
}

export function useEntryComments(id: string, entryId: string, enabled = true) {
  return useQuery({ ...challengeQueries.comments(id, entryId), enabled });
}
