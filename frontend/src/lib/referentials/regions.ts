import { useQuery } from "@tanstack/react-query";
import { apiClient } from "../api/client";
import type { RegionItem } from "../api/types";
import { unwrap } from "../api/unwrap";
import { fetchAllPages } from "./fetch-all-pages";

export function listRegions(): Promise<RegionItem[]> {
  return fetchAllPages(async (page, size) => unwrap(await apiClient.GET("/api/v1/regions", { params: { query: { page, size } } })));
}

export function useRegions() {
  return useQuery({ queryKey: ["regions"], queryFn: listRegions, staleTime: Infinity });
}

/** The region's name, or its code while the list is loading or when it is unknown. */
export function regionName(regions: readonly RegionItem[] | undefined, code: string): string {
  return regions?.find((region) => region.code === code)?.name ?? code;
}
