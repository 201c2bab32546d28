// Calendar days as the API writes them ("2026-03-19"), in the reader's calendar. Such strings compare in date order.

const pad = (value: number) => String(value).padStart(2, "0");

function isoDateOf(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today in the reader's calendar, as an ISO date. */
export function today(): string {
  return isoDateOf(new Date());
}

/**
 * The day `days` days and `years` years after the ISO date `iso`. A 29 February moved to a common year
 * becomes the 28th, as the server counts (java.time's plusYears).
 */
export function addToDate(iso: string, { days = 0, years = 0 }: { days?: number; years?: number }): string {
  const [year, month, day] = iso.split("-").map(Number);
  const lastDayOfMonth = new Date(year + years, month, 0).getDate();
  return isoDateOf(new Date(year + years, month - 1, Math.min(day, lastDayOfMonth) + days));
}
