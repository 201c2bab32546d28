import { useMutation } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { ProjectReportCreate } from "../../../lib/api/types";
import { unwrap } from "../../../lib/api/unwrap";

/** Reports the project to the animateurs (nothing on the project's page changes: the team never sees reports). */
export function useReportProject(id: string) {
  return useMutation({
    mutationFn: async (body: ProjectReportCreate) =>
      unwrap(await apiClient.POST("/api/v1/projects/{id}/reports", { params: { path: { id } }, body })),
  });
}
