import type { Client } from "openapi-fetch";
import type { paths } from "../api/schema";
import { endSession, startSession } from "./session-store";

let pendingRefresh: Promise<boolean> | null = null;

/**
 * Trades the refresh cookie for a new access token. Concurrent callers share one request.
 * Resolves to false, and ends the session, when the server has no valid session for us.
 */
export function refreshSession(client: Client<paths>): Promise<boolean> {
  pendingRefresh ??= (async () => {
    try {
      const { data } = await client.POST("/api/v1/auth/refresh", { body: {} });
      if (!data) {
        endSession();
        return false;
      }
      startSession(data);
      return true;
    } catch {
      endSession();
      return false;
    } finally {
      pendingRefresh = null;
    }
  })();
  return pendingRefresh;
}
