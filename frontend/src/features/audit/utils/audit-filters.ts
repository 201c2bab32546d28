import type { AuditCategory, AuditOutcome } from "../../../lib/api/types";

/** The log's filters as the URL keeps them (`page` counts from 1, as people do). */
export type AuditFilters = {
  from: string;
  to: string;
  category: AuditCategory | "";
  action: string;
  outcome: AuditOutcome | "";
  actor: string;
  subject: string;
  page: number;
};

export const CATEGORY_LABELS: Record<AuditCategory, string> = {
  SECURITY: "Sécurité",
  PRIVILEGED: "Action privilégiée",
};

export const OUTCOME_LABELS: Record<AuditOutcome, string> = {
  SUCCESS: "Réussite",
  FAILURE: "Échec",
};

const CATEGORIES = Object.keys(CATEGORY_LABELS) as AuditCategory[];
const OUTCOMES = Object.keys(OUTCOME_LABELS) as AuditOutcome[];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function pick<T extends string>(options: readonly T[], value: string | null): T | "" {
  return options.includes(value as T) ? (value as T) : "";
}

/** Reads the filters from the address; a value the API would refuse is dropped rather than sent. */
export function filtersFrom(params: URLSearchParams): AuditFilters {
  const page = Number(params.get("page"));
  const date = (key: string) => (DATE.test(params.get(key) ?? "") ? (params.get(key) as string) : "");
  const id = (key: string) => (ID.test(params.get(key) ?? "") ? (params.get(key) as string) : "");
  return {
    from: date("from"),
    to: date("to"),
    category: pick(CATEGORIES, params.get("category")),
    action: /^[A-Z][A-Z0-9_]{1,63}$/.test(params.get("action") ?? "") ? (params.get("action") as string) : "",
    outcome: pick(OUTCOMES, params.get("outcome")),
    actor: id("actor"),
    subject: id("subject"),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The address of these filters: only the ones set, the page when it is not the first. */
export function searchOf(filters: AuditFilters): string {
  const params = new URLSearchParams();
  for (const key of ["from", "to", "category", "action", "outcome", "actor", "subject"] as const) {
    if (filters[key]) params.set(key, filters[key]);
  }
  if (filters.page > 1) params.set("page", String(filters.page));
  const search = params.toString();
  return search ? `?${search}` : "";
}

export const NO_FILTERS: AuditFilters = { from: "", to: "", category: "", action: "", outcome: "", actor: "", subject: "", page: 1 };
