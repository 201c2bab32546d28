import { useSyncExternalStore } from "react";
import { getSessionSnapshot, subscribeToSession, type SessionSnapshot } from "./session-store";

export const ADMIN_ROLE = "admin";
export const ANIMATEUR_ROLE = "animateur";

export function useSession(): SessionSnapshot {
  return useSyncExternalStore(subscribeToSession, getSessionSnapshot);
}

export function hasRole(session: SessionSnapshot, role: string): boolean {
  return session.status === "authenticated" && session.roles.includes(role);
}

/** Animateurs and administrators lead the community: they may, for instance, match mentees with mentors. */
export function isAnimateurOrAdmin(session: SessionSnapshot): boolean {
  return hasRole(session, ANIMATEUR_ROLE) || hasRole(session, ADMIN_ROLE);
}
