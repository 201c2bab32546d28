import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../../lib/api/client";
import { ensureOk, unwrap } from "../../../../lib/api/unwrap";
import { pathKeys, refreshPaths, storeChangedPath } from "./path-queries";
import type { PathCreate, PathStepCreate, PathStepUpdate, PathUpdate, PathView } from "./path-types";

const byId = (id: string) => ({ params: { path: { id } } });
const byStep = (id: string, stepId: string) => ({ params: { path: { id, stepId } } });

export function useCreatePath() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: PathCreate) => unwrap(await apiClient.POST("/api/v1/paths", { body })),
    onSuccess: (created) => storeChangedPath(queryClient, created),
  });
}

export function useUpdatePath(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: PathUpdate) => unwrap(await apiClient.PATCH("/api/v1/paths/{id}", { ...byId(id), body })),
    onSuccess: (updated) => storeChangedPath(queryClient, updated),
  });
}

export function usePublishPath(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => ensureOk(await apiClient.POST("/api/v1/paths/{id}/publish", byId(id))),
    onSuccess: () => refreshPaths(queryClient),
  });
}

/** A draft is deleted; a published path is archived (its followers keep their progress). */
export function useDeletePath(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => ensureOk(await apiClient.DELETE("/api/v1/paths/{id}", byId(id))),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: pathKeys.detail(id) });
      return refreshPaths(queryClient);
    },
  });
}

export function useAddPathStep(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: PathStepCreate) => ensureOk(await apiClient.POST("/api/v1/paths/{id}/steps", { ...byId(id), body })),
    onSuccess: () => refreshPaths(queryClient),
  });
}

export function useUpdatePathStep(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ stepId, body }: { stepId: string; body: PathStepUpdate }) =>
      ensureOk(await apiClient.PATCH("/api/v1/paths/{id}/steps/{stepId}", { ...byStep(id, stepId), body })),
    onSuccess: () => refreshPaths(queryClient),
  });
}

export function useDeletePathStep(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (stepId: string) => ensureOk(await apiClient.DELETE("/api/v1/paths/{id}/steps/{stepId}", byStep(id, stepId))),
    onSuccess: () => refreshPaths(queryClient),
  });
}

/** Follows (`true`) or stops following (`false`) the path. */
export function useFollowPath(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (follow: boolean) =>
      ensureOk(
        follow
          ? await apiClient.POST("/api/v1/paths/{id}/follow", byId(id))
          : await apiClient.DELETE("/api/v1/paths/{id}/follow", byId(id)),
      ),
    onSuccess: () => refreshPaths(queryClient),
  });
}

/** The path as it is once the step is ticked or unticked, so that the box and the bar answer at once. */
function withStepDone(path: PathView, stepId: string, done: boolean): PathView {
  const steps = path.steps.map((step) => (step.id === stepId ? { ...step, done } : step));
  const doneSteps = steps.filter((step) => step.done).length;
  const totalSteps = steps.length;
  const myProgress = path.myProgress && {
    doneSteps,
    totalSteps,
    percent: totalSteps === 0 ? 0 : Math.round((doneSteps * 100) / totalSteps),
  };
  return { ...path, steps, myProgress };
}

/** Ticks or unticks one of my steps; the page shows the change before the server answers, and goes back if it refuses. */
export function useMarkPathStepDone(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ stepId, done }: { stepId: string; done: boolean }) =>
      ensureOk(
        done
          ? await apiClient.PUT("/api/v1/paths/{id}/steps/{stepId}/done", byStep(id, stepId))
          : await apiClient.DELETE("/api/v1/paths/{id}/steps/{stepId}/done", byStep(id, stepId)),
      ),
    onMutate: async ({ stepId, done }) => {
      await queryClient.cancelQueries({ queryKey: pathKeys.detail(id) });
      const previous = queryClient.getQueryData<PathView>(pathKeys.detail(id));
      if (previous) queryClient.setQueryData(pathKeys.detail(id), withStepDone(previous, stepId, done));
      return { previous };
    },
    onError: (_error, _variables, context) => {
      if (context?.previous) queryClient.setQueryData(pathKeys.detail(id), context.previous);
    },
    onSettled: () => refreshPaths(queryClient),
  });
}
