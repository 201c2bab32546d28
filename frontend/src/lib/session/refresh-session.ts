import type { Client } from "openapi-fetch";
import type { paths } from "../api/schema";
import { endSession, getSessionSnapshot, startSession } from "./session-store";

let pendingRefresh: Promise<boolean> | null = null;

/**
 * Tabs share the refresh cookie and the API closes the session when a refresh token is used twice:
 * tabs take turns, so that each one sends the cookie the previous one received.
 */
async function oneTabAtATime<Result>(task: () => Promise<Result>): Promise<Result> {
  return "locks" in navigator ? await navigator.locks.request("spyrales-session-refresh", task) : task();
}

/** A session is over when the server refuses it; an unreachable server ends only the attempt to restore one. */
function failRefresh(refusedByServer: boolean): false {
  if (refusedByServer || getSessionSnapshot().status === "restoring") endSession();
  return false;
}

/**
 * Trades the refresh cookie for a new access token. Concurrent callers share one request.
 * Resolves to false when no new token could be had.
 */
export function refreshSession(client: Client<paths>): Promise<boolean> {
  pendingRefresh ??= (async () => {
    try {
      const { data, response } = await oneTabAtATime(() => client.POST("/api/v1/auth/refresh", { body: {} }));
      if (!data) return failRefresh(response.status < 500);
      startSession(data);
      return true;
    } catch {
      return failRefresh(false);
    } finally {
      pendingRefresh = null;
    }
  })();
  return pendingRefresh;
}
