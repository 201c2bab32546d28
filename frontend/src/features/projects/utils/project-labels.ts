import type { ProjectLanguages, ProjectStatus, ProjectTeamRole } from "../../../lib/api/types";

export const PROJECT_STATUSES = ["IDEA", "RECRUITING", "IN_PROGRESS", "DONE", "ARCHIVED"] as const satisfies readonly ProjectStatus[];

export { PROJECT_STATUS_LABELS } from "../../../lib/referentials/labels";

export const PROJECT_STATUS_SEVERITIES: Record<ProjectStatus, "info" | "new" | "success" | undefined> = {
  IDEA: "info",
  RECRUITING: "new",
  IN_PROGRESS: "success",
  DONE: undefined,
  ARCHIVED: undefined,
};

export const PROJECT_LANGUAGES = ["PYTHON", "R", "BOTH"] as const satisfies readonly ProjectLanguages[];

export const PROJECT_LANGUAGE_LABELS: Record<ProjectLanguages, string> = {
  PYTHON: "Python",
  R: "R",
  BOTH: "Python et R",
};

export const TEAM_ROLE_LABELS: Record<ProjectTeamRole, string> = {
  LEAD: "Responsable",
  MEMBER: "Membre de l'équipe",
};

/** A finished or archived project takes no one in: the server refuses requests to join it. */
export function isOpenToRequests(status: ProjectStatus): boolean {
  return status !== "DONE" && status !== "ARCHIVED";
}

/** « 3 personnes sur 6 », or « 3 personnes » without a limit. */
export function teamSizeLabel(teamSize: number, maxTeamSize?: number): string {
  const people = teamSize > 1 ? `${teamSize} personnes` : `${teamSize} personne`;
  return maxTeamSize ? `${people} sur ${maxTeamSize}` : people;
}
