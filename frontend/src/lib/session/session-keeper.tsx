import { useEffect } from "react";
import { renewSession } from "../api/client";
import { useSession } from "./use-session";

/** Restores the session from the refresh cookie once at start, then renews the access token shortly before it expires. */
export function SessionKeeper() {
  const session = useSession();

  useEffect(() => {
    if (session.status === "restoring") void renewSession();
  }, [session.status]);

  const refreshAt = session.status === "authenticated" ? session.refreshAt : null;
  useEffect(() => {
    if (refreshAt === null) return undefined;
    const timer = window.setTimeout(() => void renewSession(), Math.max(0, refreshAt - Date.now()));
    return () => window.clearTimeout(timer);
  }, [refreshAt]);

  return null;
}
