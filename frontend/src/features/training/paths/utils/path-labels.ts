import type { PathLevel, PathProgrammingLanguage, PathProgress, PathStatus, ResourceType } from "../api/path-types";

export const PATH_LEVELS = ["BEGINNER", "INTERMEDIATE", "ADVANCED"] as const satisfies readonly PathLevel[];

export const PATH_LEVEL_LABELS: Record<PathLevel, string> = {
  BEGINNER: "Débutant",
  INTERMEDIATE: "Intermédiaire",
  ADVANCED: "Avancé",
};

export const PATH_LANGUAGES = ["PYTHON", "R", "BOTH", "NONE"] as const satisfies readonly PathProgrammingLanguage[];

export const PATH_LANGUAGE_LABELS: Record<PathProgrammingLanguage, string> = {
  PYTHON: "Python",
  R: "R",
  BOTH: "Python et R",
  NONE: "Sans langage de programmation",
};

export const PATH_STATUS_LABELS: Record<PathStatus, string> = {
  DRAFT: "Brouillon",
  PUBLISHED: "Publié",
  ARCHIVED: "Archivé",
};

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

/** « 45 min », « 2 h », « 1 h 30 ». */
export function durationLabel(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, "0")}`;
}

export function stepCountLabel(count: number): string {
  if (count === 0) return "Aucune étape";
  return count === 1 ? "1 étape" : `${count} étapes`;
}

export function followerCountLabel(count: number): string {
  if (count === 0) return "Aucun membre ne le suit encore";
  return count === 1 ? "Suivi par 1 membre" : `Suivi par ${count} membres`;
}

/** « 2 étapes terminées sur 5 (40 %) ». */
export function progressLabel({ doneSteps, totalSteps, percent }: PathProgress): string {
  const done = doneSteps <= 1 ? `${doneSteps} étape terminée` : `${doneSteps} étapes terminées`;
  return `${done} sur ${totalSteps} (${percent} %)`;
}
