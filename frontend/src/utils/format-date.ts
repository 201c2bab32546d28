const DATE = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long" });
const DATE_TIME = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeStyle: "short" });

/** "19 mars 2026", from an ISO date or date-time. A date alone is read as that calendar day, wherever one is. */
export function formatDate(iso: string): string {
  return DATE.format(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00`) : new Date(iso));
}

/** "19 mars 2026 à 10:00", in the reader's time zone. */
export function formatDateTime(iso: string): string {
  return DATE_TIME.format(new Date(iso));
}
