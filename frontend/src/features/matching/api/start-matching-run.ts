import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError } from "../../../lib/api/api-error";
import { apiClient } from "../../../lib/api/client";
import type { MatchingRunInProgressProblem, MatchingRunRequest } from "../../../lib/api/types";
import { unwrap } from "../../../lib/api/unwrap";
import { matchingKeys } from "./matching-queries";

export async function startMatchingRun(body: MatchingRunRequest) {
  return unwrap(await apiClient.POST("/api/v1/matching/runs", { body }));
}

/** Starts a run in the background (202): the answer is the run, still computing; the list of runs is refreshed. */
export function useStartMatchingRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startMatchingRun,
    onSuccess: (run) => {
      queryClient.setQueryData(matchingKeys.run(run.id), run);
      void queryClient.invalidateQueries({ queryKey: matchingKeys.runList() });
    },
  });
}

/** The run still computing, named by the refusal (409) of a second start; null for any other failure. */
export function runningRunIdOf(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  return (error.problem as Partial<MatchingRunInProgressProblem>).runningRunId ?? null;
}
