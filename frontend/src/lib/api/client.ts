import createClient from "openapi-fetch";
import type { paths } from "./schema";
import { createAuthMiddleware } from "../session/auth-middleware";
import { refreshSession } from "../session/refresh-session";
import { getAccessToken } from "../session/session-store";

/** The one client of the Spyrales API. Same origin: the dev server and production proxy `/api` to the backend. */
export const apiClient = createClient<paths>({
  baseUrl: window.location.origin,
  // Sends the HttpOnly refresh cookie to /api/v1/auth.
  credentials: "include",
  // Looked up at call time, so that tests can replace the global fetch.
  fetch: (request) => globalThis.fetch(request),
});

export const renewSession = (): Promise<boolean> => refreshSession(apiClient);

apiClient.use(createAuthMiddleware({ getAccessToken, refreshAccessToken: renewSession }));
