// Events happen in France: their times are shown and entered in Europe/Paris, wherever the reader is, and converted to
// instants across the daylight-saving changes (the server stores instants).

export const PARIS = "Europe/Paris";

const FIELDS = new Intl.DateTimeFormat("en-GB", {
  timeZone: PARIS,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

type LocalFields = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function parisFields(instant: number): LocalFields {
  const parts = Object.fromEntries(FIELDS.formatToParts(new Date(instant)).map(({ type, value }) => [type, Number(value)]));
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

/** Paris's offset from UTC at this instant, in milliseconds (+1 h in winter, +2 h in summer). */
function parisOffset(instant: number): number {
  const local = parisFields(instant);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

const pad = (value: number) => String(value).padStart(2, "0");

function offsetLabel(offsetMs: number): string {
  const minutes = Math.round(offsetMs / 60000);
  const sign = minutes < 0 ? "-" : "+";
  return `${sign}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** A day and a time of day as the form's date and time fields give them ("2027-01-12", "14:00"). */
export type ParisLocal = { date: string; time: string };

/** The day and time at Paris of an instant, for the form's fields. */
export function toParisLocal(iso: string): ParisLocal {
  const local = parisFields(new Date(iso).getTime());
  return { date: `${local.year}-${pad(local.month)}-${pad(local.day)}`, time: `${pad(local.hour)}:${pad(local.minute)}` };
}

/**
 * The instant, written with Paris's offset ("2027-01-12T14:00:00+01:00"), of a day and time at Paris; null when they
 * are malformed or when that time does not exist at Paris (the hour skipped when summer time starts, 2:00 to 2:59 on
 * the last Sunday of March). A time that happens twice (2:00 to 2:59 on the last Sunday of October) is its first
 * occurrence, still in summer time.
 */
export function fromParisLocal({ date, time }: ParisLocal): string | null {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const timeMatch = /^(\d{2}):(\d{2})(?::\d{2})?$/.exec(time);
  if (!dateMatch || !timeMatch) return null;
  const [year, month, day] = dateMatch.slice(1).map(Number);
  const [hour, minute] = timeMatch.slice(1).map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Paris is UTC+1 or UTC+2: of the instants `wall - offset` that are that wall time at Paris, the earliest.
  const candidates = [2, 1].map((hours) => wall - hours * 3600_000).filter((instant) => parisOffset(instant) === wall - instant);
  if (candidates.length === 0) return null;
  const instant = candidates[0];
  return `${date}T${pad(hour)}:${pad(minute)}:00${offsetLabel(wall - instant)}`;
}

const DAY = new Intl.DateTimeFormat("fr-FR", { timeZone: PARIS, weekday: "short", day: "numeric", month: "short", year: "numeric" });
const LONG_DAY = new Intl.DateTimeFormat("fr-FR", { timeZone: PARIS, weekday: "long", day: "numeric", month: "long", year: "numeric" });

/** « 14 h 00 », at Paris. */
export function formatParisTime(iso: string): string {
  const { hour, minute } = parisFields(new Date(iso).getTime());
  return `${hour} h ${pad(minute)}`;
}

function sameParisDay(startsAt: string, endsAt: string): boolean {
  return toParisLocal(startsAt).date === toParisLocal(endsAt).date;
}

/**
 * « mar. 12 janv. 2027, 14 h 00 – 15 h 30 », at Paris; an event over several days names both days
 * (« ven. 4 juin 2027, 9 h 00 – sam. 5 juin 2027, 17 h 00 »).
 */
export function formatEventDates(startsAt: string, endsAt: string, { long = false }: { long?: boolean } = {}): string {
  const day = long ? LONG_DAY : DAY;
  const start = `${day.format(new Date(startsAt))}, ${formatParisTime(startsAt)}`;
  return sameParisDay(startsAt, endsAt)
    ? `${start} – ${formatParisTime(endsAt)}`
    : `${start} – ${day.format(new Date(endsAt))}, ${formatParisTime(endsAt)}`;
}

const DATE_TIME = new Intl.DateTimeFormat("fr-FR", { timeZone: PARIS, dateStyle: "long" });

/** « 12 janvier 2027 à 14 h 00 », at Paris (when a registration or a feed was made). */
export function formatParisDateTime(iso: string): string {
  return `${DATE_TIME.format(new Date(iso))} à ${formatParisTime(iso)}`;
}
