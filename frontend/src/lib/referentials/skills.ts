import { useQuery } from "@tanstack/react-query";
import { apiClient } from "../api/client";
import type { SkillItem } from "../api/types";
import { unwrap } from "../api/unwrap";
import { fetchAllPages } from "./fetch-all-pages";

export function listSkills(): Promise<SkillItem[]> {
  return fetchAllPages(async (page, size) => unwrap(await apiClient.GET("/api/v1/skills", { params: { query: { page, size } } })));
}

export function useSkills() {
  return useQuery({ queryKey: ["skills"], queryFn: listSkills, staleTime: Infinity });
}
