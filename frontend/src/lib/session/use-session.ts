import { useSyncExternalStore } from "react";
import { getSessionSnapshot, subscribeToSession, type SessionSnapshot } from "./session-store";

export const ADMIN_ROLE = "admin";

export function useSession(): SessionSnapshot {
  return useSyncExternalStore(subscribeToSession, getSessionSnapshot);
}

export function hasRole(session: SessionSnapshot, role: string): boolean {
  return session.status === "authenticated" && session.roles.includes(role);
}
