import { toApiError } from "./api-error";

type ApiResult<Data> = { data?: Data; error?: unknown; response: Response };

/** Returns the body of a successful answer, or throws an ApiError carrying the problem. */
export function unwrap<Data>({ data, error, response }: ApiResult<Data>): Data {
  if (!response.ok) throw toApiError(error, response);
  return data as Data;
}

/** For answers without a body (204): throws an ApiError when the call failed. */
export function ensureOk({ error, response }: { error?: unknown; response: Response }): void {
  if (!response.ok) throw toApiError(error, response);
}
