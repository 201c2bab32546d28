// Challenges open and close at an hour of Paris, whatever the reader's time zone: the animateur types a wall-clock
// time of Paris in a datetime-local field; the API wants it with its offset (+01:00 in winter, +02:00 in summer).

const PARIS = "Europe/Paris";

const PARTS = new Intl.DateTimeFormat("en-GB", {
  timeZone: PARIS,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

type WallClock = { year: number; month: number; day: number; hour: number; minute: number };

const pad = (value: number) => String(value).padStart(2, "0");

function parisWallClock(instant: number): WallClock & { second: number } {
  const parts = Object.fromEntries(PARTS.formatToParts(new Date(instant)).map(({ type, value }) => [type, Number(value)]));
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

/** Minutes Paris is ahead of UTC at this instant: 60 in winter, 120 in summer. */
function parisOffsetMinutes(instant: number): number {
  const { year, month, day, hour, minute, second } = parisWallClock(instant);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const absolute = Math.abs(minutes);
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

/**
 * "2026-03-16T09:00" (a datetime-local value, read as the time in Paris) → "2026-03-16T09:00:00+01:00".
 * An hour that the change to summer time skips is moved an hour later, as clocks do; null when the value is not a
 * date-time.
 */
export function parisLocalToIso(local: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // The offset at the guessed instant, then at the instant it gives: they differ only around a change of hour.
  const firstGuess = parisOffsetMinutes(asUtc - 60 * 60_000);
  const offset = parisOffsetMinutes(asUtc - firstGuess * 60_000);
  const instant = asUtc - offset * 60_000;
  const clock = parisWallClock(instant);
  const date = `${clock.year}-${pad(clock.month)}-${pad(clock.day)}`;
  return `${date}T${pad(clock.hour)}:${pad(clock.minute)}:00${formatOffset(parisOffsetMinutes(instant))}`;
}

/** "2026-03-16T08:00:00Z" → "2026-03-16T09:00", the time in Paris as a datetime-local field shows it. */
export function isoToParisLocal(iso: string): string {
  const { year, month, day, hour, minute } = parisWallClock(Date.parse(iso));
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;
}

const DAY = new Intl.DateTimeFormat("fr-FR", { timeZone: PARIS, weekday: "long", day: "numeric", month: "long" });
const YEAR = new Intl.DateTimeFormat("fr-FR", { timeZone: PARIS, year: "numeric" });

/** "lundi 1er décembre", "dimanche 6 décembre": French writes the first of the month « 1er ». */
function dayLabel(instant: Date): string {
  return DAY.format(instant).replace(/^(\S+) 1 /, "$1 1er ");
}

/** "9 h", "23 h 59", as French typography writes hours. */
function hourLabel(instant: Date): string {
  const { hour, minute } = parisWallClock(instant.getTime());
  return minute === 0 ? `${hour} h` : `${hour} h ${pad(minute)}`;
}

/** "lundi 30 novembre 2026 à 9 h", in Paris. */
export function formatParisDateTime(iso: string): string {
  const instant = new Date(iso);
  return `${dayLabel(instant)} ${YEAR.format(instant)} à ${hourLabel(instant)}`;
}

/** "du lundi 30 novembre à 9 h au dimanche 6 décembre 2026 à 23 h 59", in Paris; the year once when both share it. */
export function formatParisPeriod(opensAt: string, closesAt: string): string {
  const opens = new Date(opensAt);
  const closes = new Date(closesAt);
  const sameYear = YEAR.format(opens) === YEAR.format(closes);
  const start = sameYear ? `${dayLabel(opens)} à ${hourLabel(opens)}` : formatParisDateTime(opensAt);
  return `du ${start} au ${formatParisDateTime(closesAt)}`;
}
