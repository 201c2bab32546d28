import { useQuery } from "@tanstack/react-query";
import { apiClient } from "../api/client";
import type { OrganizationItem } from "../api/types";
import { unwrap } from "../api/unwrap";
import { fetchAllPages } from "./fetch-all-pages";

export function listOrganizations(): Promise<OrganizationItem[]> {
  return fetchAllPages(async (page, size) => unwrap(await apiClient.GET("/api/v1/organizations", { params: { query: { page, size } } })));
}

export function useOrganizations() {
  return useQuery({ queryKey: ["organizations"], queryFn: listOrganizations, staleTime: Infinity });
}

/** "Direction interministérielle du numérique (DINUM)" */
export function organizationLabel(organization: { name: string; acronym?: string | null }): string {
  return organization.acronym ? `${organization.name} (${organization.acronym})` : organization.name;
}
