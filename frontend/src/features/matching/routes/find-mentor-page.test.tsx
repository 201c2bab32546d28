import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { MentorSuggestions } from "../../../lib/api/types";
import { jsonResponse, mockApi, problemResponse } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { suggestionsAnswer as answer } from "../test/suggestion-fixtures";
import { FindMentorPage } from "./find-mentor-page";

const SUGGESTIONS = "/api/v1/matching/suggestions";

/** The page alone: the request it offers on each card is composed in src/app/ and tested there. */
function renderPage(suggestions: MentorSuggestions) {
  const api = mockApi({ [`GET ${SUGGESTIONS}`]: () => jsonResponse(suggestions) });
  renderWithProviders(<FindMentorPage />, { url: "/trouver-un-mentor" });
  return { api };
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

  it("says why the suggestions could not be loaded", async () => {
    mockApi({ [`GET ${SUGGESTIONS}`]: () => problemResponse({ status: 503, detail: "Le service est momentanément indisponible." }) });
    renderWithProviders(<FindMentorPage />, { url: "/trouver-un-mentor" });

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Les suggestions n'ont pas pu être chargées");
    expect(alert).toHaveTextContent("Le service est momentanément indisponible.");
  });
});
