import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { MentorSuggestion, MentorSuggestions } from "../../../lib/api/types";
import { jsonResponse, mockApi, problemResponse } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
// Composed as the app layer does (src/app/router.tsx): asking for mentoring belongs to the mentorship feature.
import { MentorshipRequestButton } from "../../mentorship/components/mentorship-request-action";
import { suggestedGoals } from "../utils/suggestion-labels";
import { FindMentorPage } from "./find-mentor-page";

const SUGGESTIONS = "/api/v1/matching/suggestions";
const MENTORSHIPS = "/api/v1/mentorships";

const claire: MentorSuggestion = {
  mentor: {
    id: "m-claire",
    displayName: "Claire Fontaine",
    jobTitle: "Cheffe de projet data",
    organization: { id: "org-insee", name: "Institut national de la statistique", acronym: "Insee" },
    ministry: "Économie",
    region: "OCC",
    regionName: "Occitanie",
  },
  score: 82.4,
  freePlaces: 2,
  reasons: [
    { criterion: "SKILL", label: "Maîtrise R au niveau 4 — vous êtes au niveau 1", points: 25, skill: { code: "r", name: "R" } },
    { criterion: "OTHER_MINISTRY", label: "Un autre ministère que le vôtre", points: 15 },
  ],
};

const remi: MentorSuggestion = {
  mentor: { id: "m-remi", displayName: "Rémi Garnier" },
  score: 40,
  freePlaces: 1,
  reasons: [{ criterion: "CAPACITY", label: "Une place libre", points: 5 }],
};

function answer(overrides: Partial<MentorSuggestions> = {}): MentorSuggestions {
  return {
    items: [claire, remi],
    basedOn: [
      { code: "r", name: "R" },
      { code: "statistiques", name: "Statistiques" },
    ],
    learningSkillsDeclared: true,
    canRequest: true,
    maxScore: 100,
    ...overrides,
  };
}

function renderPage(suggestions: MentorSuggestions) {
  const api = mockApi({
    [`GET ${SUGGESTIONS}`]: () => jsonResponse(suggestions),
    "GET /api/v1/me": () => jsonResponse({ id: "m-lea", displayName: "Léa Moreau", wantsMentor: true, canMentor: false }),
    [`POST ${MENTORSHIPS}`]: () => jsonResponse({ id: "p-new", status: "PENDING" }, 201),
  });
  const view = renderWithProviders(
    <FindMentorPage
      renderRequestAction={(suggestion) => (
        <MentorshipRequestButton mentor={suggestion.mentor} initialGoals={suggestedGoals(suggestion)} />
      )}
    />,
    { url: "/trouver-un-mentor", otherRoutes: [{ path: "/mentorats/:id", element: <h1>Page du mentorat</h1> }] },
  );
  return { api, ...view, user: userEvent.setup() };
}

const cardOf = async (name: string) => (await screen.findByRole("link", { name })).closest(".fr-card") as HTMLElement;

describe("finding a mentor", () => {
  it("shows each suggested mentor with the score, the reasons as tags and the free places", async () => {
    const { api } = renderPage(answer());

    expect(screen.getByRole("heading", { level: 1, name: "Trouver un mentor" })).toBeInTheDocument();
    const card = await cardOf("Claire Fontaine");
    expect(within(card).getByRole("link", { name: "Claire Fontaine" })).toHaveAttribute("href", "/membres/m-claire");
    expect(card).toHaveTextContent("Cheffe de projet data");
    expect(card).toHaveTextContent("Institut national de la statistique (Insee) · Occitanie");
    expect(within(card).getByText("82 / 100")).toBeInTheDocument();
    expect(within(card).getByText("82 sur 100")).toHaveClass("fr-sr-only");
    expect(within(card).getByText("Maîtrise R au niveau 4 — vous êtes au niveau 1 (+25)")).toHaveClass("fr-tag");
    expect(within(card).getByText("Un autre ministère que le vôtre (+15)")).toHaveClass("fr-tag");
    expect(within(card).getByText("2 places libres")).toBeInTheDocument();
    expect(within(await cardOf("Rémi Garnier")).getByText("1 place libre")).toBeInTheDocument();

    expect(screen.getByRole("heading", { name: "2 mentors suggérés" })).toBeInTheDocument();
    expect(screen.getByText("Suggestions basées sur :").closest("p")).toHaveTextContent("Suggestions basées sur : R, Statistiques");
    expect(screen.getByText(/indiquées dans votre profil/)).toBeInTheDocument();
    expect(new URL(api.requestsTo("GET", SUGGESTIONS)[0].url).searchParams.get("limit")).toBe("10");
  });

  it("says when the skills are deduced from the profile, and shows the server's notice", async () => {
    const notice = "Indiquez dans votre profil les compétences que vous souhaitez développer.";
    renderPage(answer({ learningSkillsDeclared: false, notice }));

    expect(await screen.findByText(/déduites de celles que vous avez notées au niveau 1 ou 2/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Indiquer mes compétences à développer dans mon profil" })).toHaveAttribute("href", "/profil");
    expect(screen.getByText(notice).closest(".fr-alert")).toHaveClass("fr-alert--info");
  });

  it("says when there is no mentor to suggest", async () => {
    renderPage(answer({ items: [], basedOn: [], learningSkillsDeclared: false, canRequest: false }));

    expect(await screen.findByRole("heading", { name: "Aucun mentor suggéré pour le moment" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "chercher un mentor dans l'annuaire" })).toHaveAttribute("href", "/annuaire?canMentor=true");
    expect(screen.queryByText("Suggestions basées sur :")).not.toBeInTheDocument();
  });

  it("asks a suggested mentor for mentoring in the request modal", async () => {
    const { api, router, user } = renderPage(answer());

    await user.click(await screen.findByRole("button", { name: "Demander un mentorat à Claire Fontaine" }));
    const dialog = await screen.findByRole("dialog", { name: "Demander un mentorat à Claire Fontaine" });
    await user.type(await within(dialog).findByLabelText(/Votre message/), "Bonjour Claire, je débute en R.");
    expect(within(dialog).getByLabelText("Objectif 1")).toHaveValue("Progresser en R");
    await user.click(within(dialog).getByRole("button", { name: /Ajouter un objectif/ }));
    await user.type(within(dialog).getByLabelText("Objectif 2"), "Écrire mon premier script R");
    await user.click(within(dialog).getByRole("button", { name: "Envoyer ma demande" }));

    expect(await screen.findByRole("heading", { name: "Page du mentorat" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/mentorats/p-new");
    expect(await api.requestsTo("POST", MENTORSHIPS)[0].json()).toEqual({
      mentorId: "m-claire",
      message: "Bonjour Claire, je débute en R.",
      goals: ["Progresser en R", "Écrire mon premier script R"],
    });
  });

  it("offers no request when the member cannot ask now", async () => {
    renderPage(answer({ canRequest: false }));

    await cardOf("Claire Fontaine");
    expect(screen.queryByRole("button", { name: /Demander un mentorat/ })).not.toBeInTheDocument();
  });

  it("says why the suggestions could not be loaded", async () => {
    mockApi({ [`GET ${SUGGESTIONS}`]: () => problemResponse({ status: 503, detail: "Le service est momentanément indisponible." }) });
    renderWithProviders(<FindMentorPage />, { url: "/trouver-un-mentor" });

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Les suggestions n'ont pas pu être chargées");
    expect(alert).toHaveTextContent("Le service est momentanément indisponible.");
  });
});
