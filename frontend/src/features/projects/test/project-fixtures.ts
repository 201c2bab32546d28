import type { Dataset, Project, ProjectJoinRequest, ProjectPage, ProjectSummary } from "../../../lib/api/types";

/** Santé publique France's hospital data on data.gouv.fr, under Licence Ouverte v2.0, verified. */
export function verifiedDatasetFixture(overrides: Partial<Dataset> = {}): Dataset {
  return {
    id: "d-covid",
    state: "VERIFIED",
    reason: "Licence ouverte reconnue par data.gouv.fr.",
    datagouvId: "5e7e104ace2080d9162b61d8",
    title: "Données hospitalières relatives à l'épidémie de COVID-19",
    producer: "Santé publique France",
    licence: "lov2",
    licenceTitle: "Licence Ouverte / Open Licence version 2.0",
    url: "https://www.data.gouv.fr/fr/datasets/donnees-hospitalieres-relatives-a-lepidemie-de-covid-19/",
    archived: false,
    checkedAt: "2026-03-01T10:00:00+01:00",
    ...overrides,
  };
}

/** Claire leads the COVID-19 project, Karim is in her team; tests override what their case is about. */
export function projectFixture(overrides: Partial<Project> = {}): Project {
  return {
    id: "p-covid",
    title: "Suivi de l'épidémie de COVID-19",
    summary: "Des tableaux de bord à partir des données hospitalières de Santé publique France.",
    description: "## Objectif\n\nSuivre les **hospitalisations**.",
    descriptionHtml: "<h2>Objectif</h2>\n<p>Suivre les <strong>hospitalisations</strong>.</p>\n",
    topics: ["santé", "épidémiologie"],
    languages: "PYTHON",
    welcomesBeginners: true,
    status: "RECRUITING",
    repositoryUrl: "https://github.com/spyrales/suivi-covid",
    tchapRoomUrl: "https://tchap.gouv.fr/#/room/#suivi-covid:agent.tchap.gouv.fr",
    skillsSought: [{ skillCode: "python", name: "Python", level: 2 }],
    maxTeamSize: 6,
    team: [
      { memberId: "m-claire", displayName: "Claire Fontaine", role: "LEAD", joinedAt: "2026-03-01T10:00:00+01:00" },
      { memberId: "m-karim", displayName: "Karim Benali", role: "MEMBER", joinedAt: "2026-03-05T10:00:00+01:00" },
    ],
    attestation: {
      attestedBy: "Claire Fontaine",
      attestedAt: "2026-03-01T10:00:00+01:00",
      version: "2026-11-v1",
      text: "uniquement des données ouvertes, aucune donnée confidentielle ou personnelle",
    },
    datasets: [verifiedDatasetFixture()],
    myRequestPending: false,
    createdAt: "2026-03-01T10:00:00+01:00",
    updatedAt: "2026-03-01T10:00:00+01:00",
    ...overrides,
  };
}

export function projectSummaryFixture(overrides: Partial<ProjectSummary> = {}): ProjectSummary {
  const { id, title, summary, topics, languages, welcomesBeginners, status, skillsSought, maxTeamSize, createdAt } = projectFixture();
  return {
    id,
    title,
    summary,
    topics,
    languages,
    welcomesBeginners,
    status,
    skillsSought,
    maxTeamSize,
    createdAt,
    teamSize: 2,
    datasetsToReview: 0,
    ...overrides,
  };
}

export function projectPage(items: ProjectSummary[], total = items.length, page = 0, size = 12): ProjectPage {
  return { items, page, size, total, totalExact: true, next: null };
}

/** Léa asks to join Claire's project. */
export function joinRequestFixture(overrides: Partial<ProjectJoinRequest> = {}): ProjectJoinRequest {
  return {
    id: "jr-lea",
    projectId: "p-covid",
    memberId: "m-lea",
    displayName: "Léa Moreau",
    message: "Bonjour, je débute en Python et les données de santé m'intéressent.",
    state: "PENDING",
    createdAt: "2026-03-10T09:00:00+01:00",
    ...overrides,
  };
}
