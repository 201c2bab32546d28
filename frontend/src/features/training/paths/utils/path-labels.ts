import type { PathProgress, PathStatus } from "../api/path-types";

// Paths share the library's levels, languages and resource types (the same enums in the API).
export {
  durationLabel,
  PROGRAMMING_LANGUAGE_LABELS as PATH_LANGUAGE_LABELS,
  PROGRAMMING_LANGUAGES as PATH_LANGUAGES,
  RESOURCE_LEVEL_LABELS as PATH_LEVEL_LABELS,
  RESOURCE_LEVELS as PATH_LEVELS,
  RESOURCE_TYPE_LABELS,
} from "../../utils/resource-labels";

export const PATH_STATUS_LABELS: Record<PathStatus, string> = {
  DRAFT: "Brouillon",
  PUBLISHED: "Publié",
  ARCHIVED: "Archivé",
};

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
