import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { SurveyAnswerCreate, SurveyCampaignCreate } from "../../../lib/api/types";
import { unwrap } from "../../../lib/api/unwrap";

export const CAMPAIGNS_PAGE_SIZE = 20;

/** Every cached answer about the survey starts with `all`. */
export const surveyKeys = {
  all: ["survey"] as const,
  current: () => [...surveyKeys.all, "current"] as const,
  campaigns: (page: number) => [...surveyKeys.all, "campaigns", page] as const,
  results: (id: string) => [...surveyKeys.all, "results", id] as const,
  trend: () => [...surveyKeys.all, "trend"] as const,
};

export async function getCurrentSurvey() {
  return unwrap(await apiClient.GET("/api/v1/surveys/current"));
}

/** `page` counts from 1, as people do; the API counts from 0. */
export async function listSurveyCampaigns(page: number) {
  return unwrap(await apiClient.GET("/api/v1/surveys", { params: { query: { page: page - 1, size: CAMPAIGNS_PAGE_SIZE } } }));
}

export async function getSurveyResults(id: string) {
  return unwrap(await apiClient.GET("/api/v1/surveys/{id}/results", { params: { path: { id } } }));
}

/** The closed campaigns of at least 5 answers, oldest first: public, for the statistics page. */
export async function getSurveyTrend() {
  return unwrap(await apiClient.GET("/api/v1/surveys/trend"));
}

export const surveyQueries = {
  current: () => queryOptions({ queryKey: surveyKeys.current(), queryFn: getCurrentSurvey }),
  campaigns: (page: number) =>
    queryOptions({ queryKey: surveyKeys.campaigns(page), queryFn: () => listSurveyCampaigns(page), placeholderData: keepPreviousData }),
  results: (id: string) => queryOptions({ queryKey: surveyKeys.results(id), queryFn: () => getSurveyResults(id) }),
  trend: () => queryOptions({ queryKey: surveyKeys.trend(), queryFn: getSurveyTrend }),
};

export const useSurveyTrend = () => useQuery(surveyQueries.trend());

export const useCurrentSurvey = () => useQuery(surveyQueries.current());

/** After any change, everything about the survey is read again. */
function useRefreshSurvey() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: surveyKeys.all });
}

export function useAnswerSurvey(campaignId: string) {
  const refresh = useRefreshSurvey();
  return useMutation({
    mutationFn: async (body: SurveyAnswerCreate) =>
      unwrap(await apiClient.POST("/api/v1/surveys/{id}/answers", { params: { path: { id: campaignId } }, body })),
    onSuccess: refresh,
  });
}

export function useOpenSurveyCampaign() {
  const refresh = useRefreshSurvey();
  return useMutation({
    mutationFn: async (body: SurveyCampaignCreate) => unwrap(await apiClient.POST("/api/v1/surveys", { body })),
    onSuccess: refresh,
  });
}

export function useCloseSurveyCampaign() {
  const refresh = useRefreshSurvey();
  return useMutation({
    mutationFn: async (id: string) => unwrap(await apiClient.POST("/api/v1/surveys/{id}/close", { params: { path: { id } } })),
    onSuccess: refresh,
  });
}
