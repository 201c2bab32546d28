import type { Category, ProjectReportReason, ProjectStatus, ServiceType, Visibility } from "../api/types";

export const SKILL_LEVELS = [1, 2, 3, 4] as const;

const SKILL_LEVEL_LABELS: Record<(typeof SKILL_LEVELS)[number], string> = {
  1: "1 – Débutant",
  2: "2 – Intermédiaire",
  3: "3 – Avancé",
  4: "4 – Expert",
};

export function skillLevelLabel(level: number): string {
  const known = SKILL_LEVELS.find((candidate) => candidate === level);
  return known === undefined ? String(level) : SKILL_LEVEL_LABELS[known];
}

export const SERVICE_TYPES = [
  "ADMINISTRATION_CENTRALE",
  "SERVICES_DECONCENTRES",
  "OPERATEUR",
  "COLLECTIVITE",
] as const satisfies readonly ServiceType[];

export const SERVICE_TYPE_LABELS: Record<ServiceType, string> = {
  ADMINISTRATION_CENTRALE: "Administration centrale",
  SERVICES_DECONCENTRES: "Services déconcentrés",
  OPERATEUR: "Opérateur de l'État",
  COLLECTIVITE: "Collectivité territoriale",
};

export const CATEGORIES = ["A", "B", "C"] as const satisfies readonly Category[];

export const CATEGORY_LABELS: Record<Category, string> = {
  A: "Catégorie A",
  B: "Catégorie B",
  C: "Catégorie C",
};

export const VISIBILITIES = ["COMMUNITY", "PRIVATE"] as const satisfies readonly Visibility[];

export const VISIBILITY_LABELS: Record<Visibility, string> = {
  COMMUNITY: "Visible des membres de la communauté",
  PRIVATE: "Privé : masqué de l'annuaire",
};

/** The member of `values` equal to what a select or radio gave, or "" when none is. */
export function pickOption<Value extends string>(values: readonly Value[], selected: string): Value | "" {
  return values.find((value) => value === selected) ?? "";
}

/** Why a member reports a project, in the order the report form offers them. */
export const PROJECT_REPORT_REASONS = [
  "NOT_OPEN_DATA",
  "INAPPROPRIATE",
  "ABANDONED",
  "OTHER",
] as const satisfies readonly ProjectReportReason[];

export const PROJECT_REPORT_REASON_LABELS: Record<ProjectReportReason, string> = {
  NOT_OPEN_DATA: "Données non ouvertes ou confidentielles",
  INAPPROPRIATE: "Contenu inapproprié",
  ABANDONED: "Projet abandonné",
  OTHER: "Autre",
};

/** A project's state as its page, the list and the animateurs' console name it. */
export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = {
  IDEA: "Idée",
  RECRUITING: "Recherche d'équipe",
  IN_PROGRESS: "En cours",
  DONE: "Terminé",
  ARCHIVED: "Archivé",
};
