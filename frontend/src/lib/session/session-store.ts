// The session lives in memory only: the access token here, the refresh token in an HttpOnly cookie.
import type { TokenResponse } from "../api/types";

export type SessionSnapshot =
  | { status: "restoring" }
  | { status: "anonymous" }
  | { status: "authenticated"; accessToken: string; memberId: string; roles: readonly string[]; refreshAt: number };

const REFRESH_MARGIN_MS = 30_000;

let snapshot: SessionSnapshot = { status: "restoring" };
const listeners = new Set<() => void>();

function publish(next: SessionSnapshot): void {
  snapshot = next;
  listeners.forEach((listener) => listener());
}

/** When to renew a token that lives `lifetimeMs`: 30 s before it expires, but never before three quarters of its life. */
export function refreshDelay(lifetimeMs: number): number {
  return Math.max(lifetimeMs - REFRESH_MARGIN_MS, lifetimeMs * 0.75);
}

export function startSession(token: TokenResponse, now: number = Date.now()): void {
  publish({
    status: "authenticated",
    accessToken: token.accessToken,
    memberId: String(token.memberId),
    roles: token.roles,
    refreshAt: now + refreshDelay(token.expiresIn * 1000),
  });
}

export function endSession(): void {
  publish({ status: "anonymous" });
}

export function getSessionSnapshot(): SessionSnapshot {
  return snapshot;
}

export function getAccessToken(): string | null {
  return snapshot.status === "authenticated" ? snapshot.accessToken : null;
}

export function subscribeToSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
