import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { FindMentorPage } from "../features/matching/routes/find-mentor-page";
import { suggestionsAnswer as answer } from "../features/matching/test/suggestion-fixtures";
import type { MentorSuggestions } from "../lib/api/types";
import { jsonResponse, mockApi } from "../test/mock-api";
import { renderWithProviders } from "../test/render-with-providers";
import { HomePage } from "../features/home/routes/home-page";
import { MemberPage } from "../features/members/routes/member-page";
import { projectPage, projectSummaryFixture } from "../features/projects/test/project-fixtures";
import { startSession } from "../lib/session/session-store";
import { HomeForMember, renderMemberActions, renderSuggestionRequest } from "./feature-compositions";

// "Trouver un mentor" as the router composes it: asking for mentoring belongs to the mentorship feature.

const SUGGESTIONS = "/api/v1/matching/suggestions";
const MENTORSHIPS = "/api/v1/mentorships";

function renderPage(suggestions: MentorSuggestions) {
  const api = mockApi({
    [`GET ${SUGGESTIONS}`]: () => jsonResponse(suggestions),
    "GET /api/v1/me": () => jsonResponse({ id: "m-lea", displayName: "Léa Moreau", wantsMentor: true, canMentor: false }),
    [`POST ${MENTORSHIPS}`]: () => jsonResponse({ id: "p-new", status: "PENDING" }, 201),
  });
  const view = renderWithProviders(<FindMentorPage renderRequestAction={renderSuggestionRequest} />, {
    url: "/trouver-un-mentor",
    otherRoutes: [{ path: "/mentorats/:id", element: <h1>Page du mentorat</h1> }],
  });
  return { api, ...view, user: userEvent.setup() };
}

const cardOf = async (name: string) => (await screen.findByRole("link", { name })).closest(".fr-card") as HTMLElement;

describe("finding a mentor, then asking for mentoring", () => {
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
});

describe("a member's page and the home page, with the projects feature", () => {
  it("lists the projects whose team the member is in", async () => {
    const api = mockApi({
      "GET /api/v1/members/m-claire": () =>
        jsonResponse({
          id: "m-claire",
          displayName: "Claire Fontaine",
          skills: [],
          learningSkills: [],
          roles: ["member"],
          canMentor: false,
        }),
      "GET /api/v1/mentorships/eligibility": () => jsonResponse({ canRequest: false }),
      "GET /api/v1/me": () => jsonResponse({ id: "m-lea", displayName: "Léa Moreau", wantsMentor: false, canMentor: false }),
      "GET /api/v1/projects": () => jsonResponse(projectPage([projectSummaryFixture()])),
    });
    renderWithProviders(<MemberPage renderActions={renderMemberActions} />, { url: "/membres/m-claire", path: "/membres/:id" });

    expect(await screen.findByRole("link", { name: "Suivi de l'épidémie de COVID-19" })).toHaveAttribute("href", "/projets/p-covid");
    const query = new URL(api.requestsTo("GET", "/api/v1/projects")[0].url).searchParams;
    expect(query.get("member")).toBe("m-claire");
    expect(query.getAll("status")).toEqual(["IDEA", "RECRUITING", "IN_PROGRESS", "DONE", "ARCHIVED"]);
  });

  it("shows a signed-in member the projects that need their skills", async () => {
    startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-lea", roles: ["member"] });
    const api = mockApi({
      "GET /api/v1/stats": () => jsonResponse({}),
      "GET /api/v1/projects": () => jsonResponse(projectPage([projectSummaryFixture()])),
    });
    renderWithProviders(<HomePage renderForMember={() => <HomeForMember />} />);

    expect(await screen.findByRole("heading", { name: "Projets qui ont besoin de vous" })).toBeInTheDocument();
    expect(await screen.findByRole("link", { name: "Suivi de l'épidémie de COVID-19" })).toBeInTheDocument();
    expect(new URL(api.requestsTo("GET", "/api/v1/projects")[0].url).searchParams.get("needsMySkills")).toBe("true");
    expect(screen.getByRole("link", { name: "Voir tous les projets qui me correspondent" })).toHaveAttribute(
      "href",
      "/projets?needsMySkills=true",
    );
  });
});
