import type { EventLanguage, EventLevel, EventSummary, EventType, RegistrationStatus } from "../../../lib/api/types";

export const EVENT_TYPES = ["WEBINAR", "WORKSHOP", "MEETUP", "PROJECT_SHOWCASE"] as const satisfies readonly EventType[];

export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  WEBINAR: "Webinaire",
  WORKSHOP: "Atelier",
  MEETUP: "Rencontre",
  PROJECT_SHOWCASE: "Présentation de projet",
};

export const EVENT_LEVELS = ["BEGINNER", "INTERMEDIATE", "ADVANCED"] as const satisfies readonly EventLevel[];

export const EVENT_LEVEL_LABELS: Record<EventLevel, string> = {
  BEGINNER: "Débutant",
  INTERMEDIATE: "Intermédiaire",
  ADVANCED: "Avancé",
};

export const EVENT_LANGUAGES = ["PYTHON", "R", "BOTH", "NONE"] as const satisfies readonly EventLanguage[];

export const EVENT_LANGUAGE_LABELS: Record<EventLanguage, string> = {
  PYTHON: "Python",
  R: "R",
  BOTH: "Python et R",
  NONE: "Sans langage de programmation",
};

export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
  CONFIRMED: "Inscrit·e",
  WAITLISTED: "En liste d'attente",
  CANCELLED: "Désinscrit·e",
};

/** « tous niveaux » when the event names none. */
export function levelLabel(level: EventLevel | null | undefined): string {
  return level ? EVENT_LEVEL_LABELS[level] : "Tous niveaux";
}

type Seats = Pick<EventSummary, "capacity" | "seatsLeft">;

/** « 3 places restantes », « 1 place restante », « Complet — liste d'attente », « Places illimitées ». */
export function seatsLabel({ capacity, seatsLeft }: Seats): string {
  if (capacity === null || capacity === undefined) return "Places illimitées";
  const left = seatsLeft ?? 0;
  if (left <= 0) return "Complet — liste d'attente";
  return left === 1 ? "1 place restante" : `${left} places restantes`;
}

/** « 1ᵉʳ », « 3ᵉ »: French ordinals as abbreviations with superscript letters. */
export function ordinal(position: number): string {
  return position === 1 ? "1ᵉʳ" : `${position}ᵉ`;
}

/** « Vous êtes 3ᵉ sur la liste d'attente ». */
export function waitlistPositionLabel(position: number | null | undefined): string {
  return position ? `Vous êtes ${ordinal(position)} sur la liste d'attente` : "Vous êtes sur la liste d'attente";
}

/** Where: « En ligne », the place, or both. */
export function whereLabel({ online, place }: Pick<EventSummary, "online" | "place">): string {
  if (!place) return online ? "En ligne" : "";
  return online ? `${place} et en ligne` : place;
}
