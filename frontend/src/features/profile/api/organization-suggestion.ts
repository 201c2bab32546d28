import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { ensureOk, unwrap } from "../../../lib/api/unwrap";

export const ORGANIZATION_SUGGESTION_KEY = ["me", "organization-suggestion"] as const;

/** The organisation ProConnect's SIRET suggests to the member, or null when there is none (204). */
export async function getMyOrganizationSuggestion() {
  const answer = await apiClient.GET("/api/v1/me/organization-suggestion");
  return answer.response.status === 204 ? null : unwrap(answer);
}

export function useMyOrganizationSuggestion() {
  return useQuery({ queryKey: ORGANIZATION_SUGGESTION_KEY, queryFn: getMyOrganizationSuggestion, retry: false });
}

export async function dismissMyOrganizationSuggestion() {
  ensureOk(await apiClient.DELETE("/api/v1/me/organization-suggestion"));
}

export function useDismissMyOrganizationSuggestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: dismissMyOrganizationSuggestion,
    onSuccess: () => queryClient.setQueryData(ORGANIZATION_SUGGESTION_KEY, null),
  });
}
