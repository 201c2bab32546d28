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

  /** The id the service gave this request (`requestId`, or the `X-Request-Id` header), by which its logs find it. */
  get requestId(): string | null {
    return this.problem.requestId ?? null;
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
  const requestId = problem.requestId ?? response.headers.get("X-Request-Id") ?? undefined;
  return new ApiError(
    { ...problem, status: problem.status ?? response.status, detail: problem.detail || fallbackDetail, requestId },
    response.status,
    parseRetryAfter(response.headers.get("Retry-After")),
  );
}

/** The message to show a person for any error thrown while calling the API. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.problem.detail ?? UNEXPECTED_DETAIL;
  return "Impossible de joindre le service. Vérifiez votre connexion, puis réessayez.";
}

/**
 * « Référence de l'erreur : … » for a failure of the service itself (5xx), which the person can only report: the
 * administrators find the request in the logs by it. Null when the detail already names it, or for other errors.
 */
export function errorReference(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.status < 500 || !error.requestId) return null;
  if (error.problem.detail?.includes(error.requestId)) return null;
  return `Référence de l'erreur : ${error.requestId}`;
}

export function fieldErrorsOf(error: unknown): FieldError[] {
  return error instanceof ApiError ? (error.problem.errors ?? []) : [];
}

/** Whether the API said the thing does not exist, or that the caller may not see it (both answer 404). */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}
