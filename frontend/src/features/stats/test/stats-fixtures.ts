import type {
  EventStatistics,
  MemberStatistics,
  MentorshipStatistics,
  ProjectStatistics,
  StatCell,
  TrainingStatistics,
} from "../../../lib/api/types";

export const REFRESHED_AT = "2026-12-02T13:00:00Z";

export const published = (key: string, label: string, value: number): StatCell => ({ key, label, value, status: "PUBLISHED" });
export const lessThanFive = (key: string, label: string): StatCell => ({ key, label, value: null, status: "LESS_THAN_FIVE" });
export const secret = (key: string, label: string): StatCell => ({ key, label, value: null, status: "SECRET" });

export const memberStatistics: MemberStatistics = {
  refreshedAt: REFRESHED_AT,
  total: published("members", "Membres confirmés", 1234),
  overTime: [
    lessThanFive("2026-10", "octobre 2026"),
    published("2026-11", "novembre 2026", 1200),
    published("2026-12", "décembre 2026", 1234),
  ],
  byOrganizationKind: [published("MINISTERE", "Ministère", 400), published("OPERATEUR", "Opérateur", 834)],
  byCategory: [published("A", "Catégorie A", 900), published("B", "Catégorie B", 300), published("C", "Catégorie C", 34)],
  byServiceType: [published("ADMINISTRATION_CENTRALE", "Administration centrale", 1234)],
  byRegion: [
    published("IDF", "Île-de-France", 1200),
    lessThanFive("COR", "Corse"),
    secret("BRE", "Bretagne"),
    published("NON_RENSEIGNE", "Non renseigné", 20),
  ],
};

export const mentorshipStatistics: MentorshipStatistics = {
  refreshedAt: REFRESHED_AT,
  startedByMonth: [published("2026-11", "novembre 2026", 12), lessThanFive("2026-12", "décembre 2026")],
  completedByMonth: [lessThanFive("2026-11", "novembre 2026"), lessThanFive("2026-12", "décembre 2026")],
  feedback: { answers: published("answers", "Avis donnés", 18), meanRating: 4.3 },
  sessionsLogged: published("sessions", "Séances consignées", 96),
};

export const projectStatistics: ProjectStatistics = {
  refreshedAt: REFRESHED_AT,
  total: published("projects", "Projets", 25),
  byStatus: [published("IDEA", "Idée", 10), published("IN_PROGRESS", "En cours", 15)],
};

export const eventStatistics: EventStatistics = {
  refreshedAt: REFRESHED_AT,
  held: published("held", "Événements tenus", 8),
  heldByType: [published("WEBINAR", "Webinaire", 8), lessThanFive("WORKSHOP", "Atelier")],
  confirmedRegistrations: published("registrations", "Inscriptions confirmées", 150),
  attendances: published("attendances", "Présences", 110),
};

export const trainingStatistics: TrainingStatistics = {
  refreshedAt: REFRESHED_AT,
  publishedResources: published("resources", "Ressources publiées", 40),
  resourcesByType: [published("COURSE", "Cours", 40)],
  resourcesDone: published("done", "Ressources terminées", 70),
  publishedPaths: lessThanFive("paths", "Parcours publiés"),
  membersFollowingAPath: published("followers", "Membres qui suivent un parcours", 12),
};
