import type { PartnerClientUsage } from "../../../lib/api/types";

/** "2026-12-02": today in UTC, the day the API counts calls by. */
export const utcToday = (now = new Date()) => now.toISOString().slice(0, 10);

export function todayCalls(usage: PartnerClientUsage, now = new Date()): number {
  return usage.days.find((day) => day.day === utcToday(now))?.calls ?? 0;
}
