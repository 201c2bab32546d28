import type { FieldError, Problem } from "./types";

const GENERIC_DETAIL_BY_STATUS: Record<number, string> = {
  401: "Votre session a expiré. Veuillez vous reconnecter.",
  403: "Vous n'avez pas les droits nécessaires pour cette action.",
  404: "La ressource demandée est introuvable.",
  429: "Trop de tentatives. Patientez un peu avant de réessayer.",
};
const SERVER_FAILURE_DETAIL = "Le service est momentanément indisponible. Réessayez dans quelques instants.";
const UNEXPECTED_DETAIL = "Votre demande n'a pas pu être traitée.";

/** An answer of the API that is not a success, carried as its RFC 9457 problem. */
export class ApiError extends Error {
  readonly problem: Problem;
  readonly status: number;
  /** Seconds to wait before trying again, from the `Retry-After` header. */
  readonly retryAfterSeconds: number | null;

  constructor(problem: Problem, status: number, retryAfterSeconds: number | null) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = "ApiError";
    this.problem = problem;
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** True when the problem `type` URI ends with the given slug, e.g. `email-not-verified`. */
  hasType(slug: string): boolean {
    return this.problem.type?.endsWith(slug) ?? false;
  }
}

function isProblem(body: unknown): body is Problem {
  return typeof body === "object" && body !== null && ("detail" in body || "title" in body || "errors" in body);
}

function parseRetryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.round((date - Date.now()) / 1000));
}

/** Builds an ApiError from a failed answer, whatever its body (problem+json, HTML from a proxy, nothing). */
export function toApiError(body: unknown, response: Response): ApiError {
  const fallbackDetail = response.status >= 500 ? SERVER_FAILURE_DETAIL : (GENERIC_DETAIL_BY_STATUS[response.status] ?? UNEXPECTED_DETAIL);
  const problem: Problem = isProblem(body) ? body : {};
  return new ApiError(
    { ...problem, status: problem.status ?? response.status, detail: problem.detail || fallbackDetail },
    response.status,
    parseRetryAfter(response.headers.get("Retry-After")),
  );
}

/** The message to show a person for any error thrown while calling the API. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.problem.detail ?? UNEXPECTED_DETAIL;
  return "Impossible de joindre le service. Vérifiez votre connexion, puis réessayez.";
}

export function fieldErrorsOf(error: unknown): FieldError[] {
  return error instanceof ApiError ? (error.problem.errors ?? []) : [];
}

/** Whether the API said the thing does not exist, or that the caller may not see it (both answer 404). */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}
