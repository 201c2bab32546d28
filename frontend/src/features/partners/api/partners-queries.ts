import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { PartnerClientChange, PartnerClientPage } from "../../../lib/api/types";
import { unwrap } from "../../../lib/api/unwrap";

export const PARTNER_CLIENTS_PAGE_SIZE = 20;
export const CHANGES_PAGE_SIZE = 20;

/** A page of a client's history: the list's envelope around its changes. */
export type PartnerClientChangePage = Omit<PartnerClientPage, "items"> & { items: PartnerClientChange[] };

/** Every cached answer about partner clients starts with `all`. */
export const partnerKeys = {
  all: ["partner-clients"] as const,
  list: (page: number) => [...partnerKeys.all, "list", page] as const,
  client: (id: string) => [...partnerKeys.all, "client", id] as const,
  changes: (id: string, page: number) => [...partnerKeys.client(id), "changes", page] as const,
  usage: (id: string) => [...partnerKeys.client(id), "usage"] as const,
  webhooks: (id: string) => [...partnerKeys.client(id), "webhooks"] as const,
};

/** `page` counts from 1, as people do; the API counts from 0. */
export async function listPartnerClients(page: number) {
  return unwrap(await apiClient.GET("/api/v1/partner-clients", { params: { query: { page: page - 1, size: PARTNER_CLIENTS_PAGE_SIZE } } }));
}

export async function getPartnerClient(id: string) {
  return unwrap(await apiClient.GET("/api/v1/partner-clients/{id}", { params: { path: { id } } }));
}

export async function listPartnerClientChanges(id: string, page: number): Promise<PartnerClientChangePage> {
  const answer = await apiClient.GET("/api/v1/partner-clients/{id}/changes", {
    params: { path: { id }, query: { page: page - 1, size: CHANGES_PAGE_SIZE } },
  });
  return unwrap(answer) as PartnerClientChangePage;
}

export async function getPartnerClientUsage(id: string) {
  return unwrap(await apiClient.GET("/api/v1/partner-clients/{id}/usage", { params: { path: { id } } }));
}

export async function listPartnerClientWebhooks(id: string) {
  return unwrap(await apiClient.GET("/api/v1/partner-clients/{id}/webhooks", { params: { path: { id } } }));
}

export const partnerQueries = {
  list: (page: number) =>
    queryOptions({ queryKey: partnerKeys.list(page), queryFn: () => listPartnerClients(page), placeholderData: keepPreviousData }),
  client: (id: string) => queryOptions({ queryKey: partnerKeys.client(id), queryFn: () => getPartnerClient(id) }),
  changes: (id: string, page: number) =>
    queryOptions({
      queryKey: partnerKeys.changes(id, page),
      queryFn: () => listPartnerClientChanges(id, page),
      placeholderData: keepPreviousData,
    }),
  usage: (id: string) => queryOptions({ queryKey: partnerKeys.usage(id), queryFn: () => getPartnerClientUsage(id) }),
  webhooks: (id: string) => queryOptions({ queryKey: partnerKeys.webhooks(id), queryFn: () => listPartnerClientWebhooks(id) }),
};
