import type { ContentLanguage, ProgrammingLanguage, ResourceLevel, ResourceStatus, ResourceType } from "../../../lib/api/types";

export const RESOURCE_TYPES = [
  "COURSE",
  "TUTORIAL",
  "VIDEO",
  "BOOK",
  "NOTEBOOK",
  "EXERCISE",
  "DOCUMENTATION",
  "TOOL",
] as const satisfies readonly ResourceType[];

export const RESOURCE_TYPE_LABELS: Record<ResourceType, string> = {
  COURSE: "Cours",
  TUTORIAL: "Tutoriel",
  VIDEO: "Vidéo",
  BOOK: "Livre",
  NOTEBOOK: "Notebook",
  EXERCISE: "Exercice",
  DOCUMENTATION: "Documentation",
  TOOL: "Outil",
};

export const PROGRAMMING_LANGUAGES = ["PYTHON", "R", "BOTH", "NONE"] as const satisfies readonly ProgrammingLanguage[];

export const PROGRAMMING_LANGUAGE_LABELS: Record<ProgrammingLanguage, string> = {
  PYTHON: "Python",
  R: "R",
  BOTH: "Python et R",
  NONE: "Sans langage de programmation",
};

export const RESOURCE_LEVELS = ["BEGINNER", "INTERMEDIATE", "ADVANCED"] as const satisfies readonly ResourceLevel[];

export const RESOURCE_LEVEL_LABELS: Record<ResourceLevel, string> = {
  BEGINNER: "Débutant",
  INTERMEDIATE: "Intermédiaire",
  ADVANCED: "Avancé",
};

export const CONTENT_LANGUAGES = ["FR", "EN"] as const satisfies readonly ContentLanguage[];

export const CONTENT_LANGUAGE_LABELS: Record<ContentLanguage, string> = {
  FR: "En français",
  EN: "En anglais",
};

export const RESOURCE_STATUS_LABELS: Record<ResourceStatus, string> = {
  PROPOSED: "En attente de relecture",
  PUBLISHED: "Publiée",
  REJECTED: "Refusée",
  WITHDRAWN: "Retirée",
};

export const RESOURCE_STATUS_SEVERITIES: Record<ResourceStatus, "info" | "success" | "error" | "warning"> = {
  PROPOSED: "info",
  PUBLISHED: "success",
  REJECTED: "error",
  WITHDRAWN: "warning",
};

/** « 45 min », « 2 h », « 1 h 30 ». */
export function durationLabel(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, "0")}`;
}

const DECIMAL = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** « 4,3 sur 5 (12 avis) », or « Pas encore d'avis ». */
export function ratingLabel(average: number | null | undefined, count: number): string {
  if (count === 0 || average === null || average === undefined) return "Pas encore d'avis";
  return `${DECIMAL.format(average)} sur 5 (${count} avis)`;
}

/** « 1 étoile », « 4 étoiles ». */
export function starsLabel(stars: number): string {
  return stars > 1 ? `${stars} étoiles` : `${stars} étoile`;
}
