import { keepPreviousData, queryOptions, useMutation } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { AuditAction } from "../../../lib/api/types";
import { unwrap } from "../../../lib/api/unwrap";
import type { AuditFilters } from "../utils/audit-filters";

export const AUDIT_PAGE_SIZE = 50;
export const SECURITY_EVENTS_PAGE_SIZE = 10;

/** Every cached answer about the audit log starts with `all`. */
export const auditKeys = {
  all: ["audit"] as const,
  events: (filters: AuditFilters) => [...auditKeys.all, "events", filters] as const,
  actions: () => [...auditKeys.all, "actions"] as const,
  mine: (page: number) => [...auditKeys.all, "mine", page] as const,
};

/** The filters the API reads (the empty ones left out). */
function queryOf(filters: AuditFilters) {
  return {
    from: filters.from || undefined,
    to: filters.to || undefined,
    category: filters.category || undefined,
    // The action's name comes from the URL (filtersFrom checks its form): the API refuses an unknown one with a 400 the page shows.
    action: (filters.action || undefined) as AuditAction | undefined,
    outcome: filters.outcome || undefined,
    actor: filters.actor || undefined,
    subject: filters.subject || undefined,
  };
}

export async function listAuditEvents(filters: AuditFilters) {
  return unwrap(
    await apiClient.GET("/api/v1/audit-events", {
      params: { query: { ...queryOf(filters), page: filters.page - 1, size: AUDIT_PAGE_SIZE } },
    }),
  );
}

export async function exportAuditEvents(filters: AuditFilters): Promise<Blob> {
  return unwrap(await apiClient.GET("/api/v1/audit-events/export", { params: { query: queryOf(filters) }, parseAs: "blob" }));
}

export async function listMySecurityEvents(page: number) {
  return unwrap(
    await apiClient.GET("/api/v1/me/security-events", { params: { query: { page: page - 1, size: SECURITY_EVENTS_PAGE_SIZE } } }),
  );
}

export const auditQueries = {
  events: (filters: AuditFilters) =>
    queryOptions({ queryKey: auditKeys.events(filters), queryFn: () => listAuditEvents(filters), placeholderData: keepPreviousData }),
  actions: () =>
    queryOptions({
      queryKey: auditKeys.actions(),
      queryFn: async () => unwrap(await apiClient.GET("/api/v1/audit-events/actions")),
      staleTime: Infinity,
    }),
  mine: (page: number) =>
    queryOptions({ queryKey: auditKeys.mine(page), queryFn: () => listMySecurityEvents(page), placeholderData: keepPreviousData }),
};

export function useExportAuditEvents() {
  return useMutation({ mutationFn: exportAuditEvents });
}
