import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { unwrap } from "../../../lib/api/unwrap";

/** Every cached answer about the public statistics starts with `all`. */
export const statsKeys = {
  all: ["statistics"] as const,
  section: (name: StatisticsSection) => [...statsKeys.all, name] as const,
};

export type StatisticsSection = "members" | "mentorships" | "projects" | "events" | "training";

/** The figures change once per refresh of the server's snapshot: no need to ask again within a few minutes. */
const STALE_TIME = 5 * 60 * 1000;

export const statsQueries = {
  members: () =>
    queryOptions({
      queryKey: statsKeys.section("members"),
      queryFn: async () => unwrap(await apiClient.GET("/api/v1/stats/members")),
      staleTime: STALE_TIME,
    }),
  mentorships: () =>
    queryOptions({
      queryKey: statsKeys.section("mentorships"),
      queryFn: async () => unwrap(await apiClient.GET("/api/v1/stats/mentorships")),
      staleTime: STALE_TIME,
    }),
  projects: () =>
    queryOptions({
      queryKey: statsKeys.section("projects"),
      queryFn: async () => unwrap(await apiClient.GET("/api/v1/stats/projects")),
      staleTime: STALE_TIME,
    }),
  events: () =>
    queryOptions({
      queryKey: statsKeys.section("events"),
      queryFn: async () => unwrap(await apiClient.GET("/api/v1/stats/events")),
      staleTime: STALE_TIME,
    }),
  training: () =>
    queryOptions({
      queryKey: statsKeys.section("training"),
      queryFn: async () => unwrap(await apiClient.GET("/api/v1/stats/training")),
      staleTime: STALE_TIME,
    }),
};

export const useMemberStatistics = () => useQuery(statsQueries.members());
export const useMentorshipStatistics = () => useQuery(statsQueries.mentorships());
export const useProjectStatistics = () => useQuery(statsQueries.projects());
export const useEventStatistics = () => useQuery(statsQueries.events());
export const useTrainingStatistics = () => useQuery(statsQueries.training());
