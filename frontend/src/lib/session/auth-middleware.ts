import type { Middleware } from "openapi-fetch";

const AUTH_PATH_PREFIX = "/api/v1/auth/";

type AuthMiddlewareDependencies = {
  getAccessToken: () => string | null;
  /** Resolves to true when a new access token is available. */
  refreshAccessToken: () => Promise<boolean>;
};

/**
 * Adds the bearer token to every call outside /auth, and on a 401 renews the token once and replays the call once.
 */
export function createAuthMiddleware({ getAccessToken, refreshAccessToken }: AuthMiddlewareDependencies): Middleware {
  // A request body can be read only once: keep an untouched copy of each call until its answer arrives.
  const replayableRequests = new Map<string, Request>();

  return {
    onRequest({ request, schemaPath, id }) {
      if (schemaPath.startsWith(AUTH_PATH_PREFIX)) return undefined;
      const accessToken = getAccessToken();
      if (accessToken) request.headers.set("Authorization", `Bearer ${accessToken}`);
      replayableRequests.set(id, request.clone());
      return request;
    },
    async onResponse({ response, id, options }) {
      const replayable = replayableRequests.get(id);
      replayableRequests.delete(id);
      if (response.status !== 401 || !replayable) return undefined;
      if (!(await refreshAccessToken())) return undefined;
      replayable.headers.set("Authorization", `Bearer ${getAccessToken()}`);
      return options.fetch(replayable);
    },
    onError({ id }) {
      replayableRequests.delete(id);
    },
  };
}
