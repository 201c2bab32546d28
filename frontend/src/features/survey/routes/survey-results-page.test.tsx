import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { SurveyResults } from "../../../lib/api/types";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi, problemResponse } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { SurveyResultsPage } from "./survey-results-page";

const RESULTS = "/api/v1/surveys/c-hiver/results";

const counts = (values: string[], found: Record<string, number>) => values.map((value) => ({ value, count: found[value] ?? 0 }));

const results: SurveyResults = {
  campaign: {
    id: "c-hiver",
    title: "Enquête de satisfaction — hiver 2026",
    openedAt: "2026-12-01T10:00:00+01:00",
    closesOn: "2026-12-31",
    open: true,
    invited: 20,
    answers: 8,
  },
  answers: 7,
  waitingAnswers: 1,
  responseRate: 40,
  nps: 0,
  promoters: 3,
  passives: 1,
  detractors: 3,
  recommendation: counts(
    Array.from({ length: 11 }, (_, i) => String(i)),
    { "0": 2, "3": 1, "7": 1, "9": 2, "10": 1 },
  ),
  lessAlone: counts(["STRONGLY_AGREE", "AGREE", "DISAGREE", "STRONGLY_DISAGREE"], { AGREE: 7 }),
  pythonProgress: counts(["A_LOT", "SOME", "NONE", "NOT_USED"], { SOME: 7 }),
  rProgress: counts(["A_LOT", "SOME", "NONE", "NOT_USED"], { NOT_USED: 7 }),
  wishes: counts(["MENTORSHIP", "EVENTS", "TRAINING", "CHALLENGES", "PROJECTS", "LOCAL_MEETUPS", "OTHER"], { MENTORSHIP: 7, EVENTS: 7 }),
  wishOthers: [],
  byCategory: [
    { value: "A", hidden: false, secret: false, answers: 5, nps: 40 },
    { value: "B", hidden: true, secret: false },
    { value: "C", hidden: true, secret: false },
    { value: "NOT_PROVIDED", hidden: true, secret: false },
  ],
  byOrganizationKind: [
    { value: "MINISTERE", hidden: true, secret: true },
    { value: "OPERATEUR", hidden: true, secret: false },
    { value: "NOT_PROVIDED", hidden: false, secret: false, answers: 5, nps: -20 },
  ],
  comments: ["À améliorer", "bravo", "Merci", "Zut"],
};

function asAnimateur() {
  startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-karim", roles: ["member", "animateur"] });
}

function renderPage() {
  renderWithProviders(<SurveyResultsPage />, { url: "/animation/enquetes/c-hiver", path: "/animation/enquetes/:id" });
}

describe("the results of a survey campaign", () => {
  it("shows the response rate, the NPS and its distribution, and hides the segments under 5 answers", async () => {
    asAnimateur();
    mockApi({ [`GET ${RESULTS}`]: () => jsonResponse(results) });
    renderPage();

    expect(await screen.findByRole("heading", { level: 1, name: "Enquête de satisfaction — hiver 2026" })).toBeInTheDocument();
    const key = screen.getByRole("table", { name: "Chiffres clés" });
    expect(within(key).getByRole("row", { name: /Réponses reçues 8/ })).toBeInTheDocument();
    expect(within(key).getByRole("row", { name: /Réponses comptées dans les résultats 7/ })).toBeInTheDocument();
    expect(within(key).getByRole("row", { name: /Taux de réponse 40 %/ })).toBeInTheDocument();
    expect(screen.getByText(/ajoutées aux résultats par groupes d'au moins 5/)).toHaveTextContent("1 réponse attend d'être ajoutée.");
    expect(within(key).getByRole("row", { name: /Net promoter score \(NPS\) 0/ })).toBeInTheDocument();
    const distribution = screen.getByRole("table", { name: "Répartition des notes de recommandation" });
    expect(within(distribution).getAllByRole("row")).toHaveLength(12);
    expect(within(distribution).getByRole("row", { name: /^0 2 28,6 %$/ })).toBeInTheDocument();

    const byCategory = screen.getByRole("table", { name: "Par catégorie" });
    expect(within(byCategory).getByRole("row", { name: "Catégorie A 5 +40" })).toBeInTheDocument();
    expect(within(byCategory).getByRole("row", { name: "Catégorie B moins de 5 réponses moins de 5 réponses" })).toBeInTheDocument();
    expect(within(byCategory).getByRole("row", { name: /Non renseignée moins de 5 réponses/ })).toBeInTheDocument();
    const byKind = screen.getByRole("table", { name: "Par type d'organisation" });
    expect(within(byKind).getByRole("row", { name: "Non renseigné 5 -20" })).toBeInTheDocument();
    expect(within(byKind).getByRole("row", { name: "Ministère masqué masqué" })).toBeInTheDocument();
    expect(within(byKind).getByRole("row", { name: /Opérateur moins de 5 réponses/ })).toBeInTheDocument();

    const comments = screen.getByRole("heading", { name: "Commentaires (par ordre alphabétique)" }).parentElement as HTMLElement;
    expect(
      within(comments)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["À améliorer", "bravo", "Merci", "Zut"]);
  });

  it("shows the not-found page for an unknown campaign", async () => {
    asAnimateur();
    mockApi({ [`GET ${RESULTS}`]: () => problemResponse({ status: 404, title: "Ressource introuvable", detail: "Enquête introuvable." }) });
    renderPage();
    expect(await screen.findByRole("heading", { level: 1, name: "Page non trouvée" })).toBeInTheDocument();
  });

  it("is closed to a plain member, and asks the API nothing", async () => {
    startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-lea", roles: ["member"] });
    const api = mockApi({});
    renderPage();
    expect(await screen.findByText("Cette page est réservée aux animateurs et administrateurs.")).toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
  });
});
