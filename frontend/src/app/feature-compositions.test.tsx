import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { FindMentorPage } from "../features/matching/routes/find-mentor-page";
import { suggestionsAnswer as answer } from "../features/matching/test/suggestion-fixtures";
import type { MentorSuggestions } from "../lib/api/types";
import { startSession } from "../lib/session/session-store";
import { jsonResponse, mockApi, REFERENTIAL_ROUTES, type ApiRoutes } from "../test/mock-api";
import { renderWithProviders } from "../test/render-with-providers";
import { MemberPage } from "../features/members/routes/member-page";
import { projectPage, projectSummaryFixture } from "../features/projects/test/project-fixtures";
import { MentorshipGoals } from "../features/mentorship/components/mentorship-goals";
import { MentorshipPage } from "../features/mentorship/routes/mentorship-page";
import { mentorshipFixture } from "../features/mentorship/test/mentorship-fixtures";
import { MonEspacePage } from "../features/overview/routes/mon-espace-page";
import { newcomer } from "../features/overview/test/overview-fixtures";
import { pathPage, pathSummaryFixture } from "../features/training/paths/test/path-fixtures";
import type { MentorshipGoal } from "../lib/api/types";
import {
  goalPathSlots,
  renderMemberActions,
  renderMenteeProfile,
  renderMonEspaceSuggestions,
  renderSuggestionRequest,
} from "./feature-compositions";

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
  return { api, ...view, user: userEvent.setup({ delay: null }) };
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

  it("names each field in the second mentor's modal after its own label, not the first mentor's form", async () => {
    const { api, user } = renderPage(answer());

    await user.click(await screen.findByRole("button", { name: "Demander un mentorat à Rémi Garnier" }));
    const dialog = await screen.findByRole("dialog", { name: "Demander un mentorat à Rémi Garnier" });
    await user.type(await within(dialog).findByRole("textbox", { name: /Votre message/ }), "Bonjour Rémi.");
    await user.clear(within(dialog).getByRole("textbox", { name: "Objectif 1" }));
    await user.type(within(dialog).getByRole("textbox", { name: "Objectif 1" }), "Lire un fichier Parquet");
    await user.click(within(dialog).getByRole("button", { name: "Envoyer ma demande" }));

    await waitFor(() => expect(api.requestsTo("POST", MENTORSHIPS)).toHaveLength(1));
    expect(await api.requestsTo("POST", MENTORSHIPS)[0].json()).toEqual({
      mentorId: "m-remi",
      message: "Bonjour Rémi.",
      goals: ["Lire un fichier Parquet"],
    });
  });

  it("offers no request when the member cannot ask now", async () => {
    renderPage(answer({ canRequest: false }));

    await cardOf("Claire Fontaine");
    expect(screen.queryByRole("button", { name: /Demander un mentorat/ })).not.toBeInTheDocument();
  });
});

describe("a member's page, with the projects feature", () => {
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
});

// The learning path of a mentorship goal: it belongs to the training feature.

describe("the learning paths in a pairing's goals", () => {
  it("links a new goal to a published path chosen by searching, and shows the mentee's progress under a linked goal", async () => {
    const linked: MentorshipGoal = {
      id: "g-1",
      title: "Savoir manipuler un tableau",
      done: false,
      position: 0,
      createdAt: "2026-03-02T09:30:00+01:00",
      updatedAt: "2026-03-02T09:30:00+01:00",
      comments: [],
      path: {
        id: "path-python",
        title: "Débuter en Python",
        status: "PUBLISHED",
        menteeFollows: true,
        menteeProgress: { doneSteps: 2, totalSteps: 5, percent: 40 },
      },
    };
    const api = mockApi({
      "GET /api/v1/mentorships/p-1/goals": () => jsonResponse({ items: [linked], progress: { total: 1, done: 0 } }),
      "GET /api/v1/paths": () => jsonResponse(pathPage([pathSummaryFixture({ id: "path-r", title: "Premiers pas en R" })])),
      "POST /api/v1/mentorships/p-1/goals": () => jsonResponse({ ...linked, id: "g-2" }, 201),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(
      <MentorshipGoals mentorship={mentorshipFixture({ id: "p-1", status: "ACCEPTED", myRole: "MENTOR" })} goalPath={goalPathSlots} />,
    );

    expect(await screen.findByRole("link", { name: "Débuter en Python" })).toHaveAttribute("href", "/parcours/path-python");
    expect(screen.getByText("Progression de Léa Moreau : 2 étapes terminées sur 5 (40 %)")).toBeInTheDocument();

    await user.type(screen.getByLabelText("Nouvel objectif", { exact: false }), "Faire une carte");
    await user.type(screen.getByLabelText(/Chercher un parcours publié/), "R{Enter}");
    await user.click(await screen.findByRole("radio", { name: /Premiers pas en R/ }));
    expect(screen.getByText("Premiers pas en R", { selector: "strong" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Ajouter l'objectif" }));

    await waitFor(() => expect(api.requestsTo("POST", "/api/v1/mentorships/p-1/goals")).toHaveLength(1));
    expect(await api.requestsTo("POST", "/api/v1/mentorships/p-1/goals")[0].json()).toEqual({ title: "Faire une carte", pathId: "path-r" });
    expect(new URL(api.requestsTo("GET", "/api/v1/paths")[0].url).searchParams.get("q")).toBe("R");
  });

  it("unlinks a goal's path from the goal's edit form", async () => {
    const linked: MentorshipGoal = {
      id: "g-1",
      title: "Savoir manipuler un tableau",
      done: false,
      position: 0,
      createdAt: "2026-03-02T09:30:00+01:00",
      updatedAt: "2026-03-02T09:30:00+01:00",
      comments: [],
      path: {
        id: "path-python",
        title: "Débuter en Python",
        status: "PUBLISHED",
        menteeFollows: false,
        menteeProgress: { doneSteps: 0, totalSteps: 5, percent: 0 },
      },
    };
    const api = mockApi({
      "GET /api/v1/mentorships/p-1/goals": () => jsonResponse({ items: [linked], progress: { total: 1, done: 0 } }),
      "PATCH /api/v1/mentorships/p-1/goals/g-1": () => jsonResponse({ ...linked, path: undefined }),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(
      <MentorshipGoals mentorship={mentorshipFixture({ id: "p-1", status: "ACCEPTED", myRole: "MENTEE" })} goalPath={goalPathSlots} />,
    );

    expect(await screen.findByText("Vous ne suivez pas encore ce parcours : ouvrez-le pour le suivre.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Modifier l'objectif « Savoir manipuler un tableau »" }));
    const dialog = await screen.findByRole("dialog", { name: "Modifier l'objectif" });
    expect(within(dialog).getByText("Débuter en Python", { selector: "strong" })).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Retirer le parcours « Débuter en Python »" }));
    expect(within(dialog).getByText("Aucun parcours choisi.")).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Enregistrer l'objectif" }));

    await waitFor(() => expect(api.requestsTo("PATCH", "/api/v1/mentorships/p-1/goals/g-1")).toHaveLength(1));
    expect(await api.requestsTo("PATCH", "/api/v1/mentorships/p-1/goals/g-1")[0].json()).toEqual({
      title: "Savoir manipuler un tableau",
      details: "",
      pathId: null,
    });
  });
});

describe("a mentor deciding on a request, with the members feature", () => {
  const ID = "p-pending";
  const goalsOfRequest = {
    items: [
      {
        id: "g-1",
        title: "Écrire mon premier script R",
        done: false,
        position: 0,
        createdAt: "2026-03-02T09:30:00+01:00",
        updatedAt: "2026-03-02T09:30:00+01:00",
        comments: [],
      },
    ],
    progress: { total: 1, done: 0 },
  };

  function renderRequest(overrides: Partial<Parameters<typeof mentorshipFixture>[0]> = {}) {
    const api = mockApi({
      [`GET /api/v1/mentorships/${ID}`]: () =>
        jsonResponse(
          mentorshipFixture({
            id: ID,
            status: "PENDING",
            myRole: "MENTOR",
            mentee: { id: "m-lea", displayName: "Léa Moreau" },
            mentor: { id: "m-claire", displayName: "Claire Fontaine" },
            allowedActions: ["ACCEPT", "DECLINE"],
            ...overrides,
          }),
        ),
      [`GET /api/v1/mentorships/${ID}/goals`]: () => jsonResponse(goalsOfRequest),
      "GET /api/v1/members/m-lea": () =>
        jsonResponse({
          id: "m-lea",
          displayName: "Léa Moreau",
          skills: [
            { code: "excel", name: "Excel", level: 3 },
            { code: "r", name: "R", level: 1 },
          ],
          learningSkills: [
            { code: "r", name: "R" },
            { code: "quarto", name: "Quarto" },
          ],
          roles: ["member"],
          canMentor: false,
        }),
    });
    renderWithProviders(<MentorshipPage goalPath={goalPathSlots} renderMenteeProfile={renderMenteeProfile} />, {
      url: `/mentorats/${ID}`,
      path: "/mentorats/:id",
    });
    return api;
  }

  it("shows the mentee's levels and wanted skills, and the goals without the controls to change them", async () => {
    renderRequest();

    const profile = await screen.findByRole("region", { name: "Niveaux et souhaits de Léa Moreau" });
    const table = await within(profile).findByRole("table", { name: "Niveaux déclarés par Léa Moreau" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getAllByRole("cell")[0].textContent)).toEqual(["Excel", "R"]);
    expect(within(profile).getByText("Souhaite progresser en : R, Quarto.")).toBeInTheDocument();

    const goalsSection = screen.getByRole("region", { name: "Objectifs" });
    expect(await within(goalsSection).findByText(/Vous pourrez les modifier après avoir accepté la demande/)).toBeInTheDocument();
    expect(within(goalsSection).getByRole("checkbox", { name: /Écrire mon premier script R/ })).toBeDisabled();
    expect(within(goalsSection).queryByRole("button", { name: /Ajouter l'objectif/ })).not.toBeInTheDocument();
    expect(within(goalsSection).queryByRole("button", { name: /Modifier/ })).not.toBeInTheDocument();
  });

  it("lets the mentor work on the goals once the pairing is under way", async () => {
    renderRequest({ status: "ACCEPTED", allowedActions: ["PAUSE", "COMPLETE", "CANCEL"] });

    const goalsSection = await screen.findByRole("region", { name: "Objectifs" });
    expect(await within(goalsSection).findByRole("checkbox", { name: /Écrire mon premier script R/ })).toBeEnabled();
    expect(within(goalsSection).queryByText(/après avoir accepté la demande/)).not.toBeInTheDocument();
  });
});

// « Mon espace » as the router composes it: after the member's own blocks, « Pour commencer » (the training feature) and
// the projects that need the member (the projects feature).

function renderMonEspace(routes: ApiRoutes) {
  startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-lea", roles: ["member"] });
  const api = mockApi({
    ...REFERENTIAL_ROUTES,
    "GET /api/v1/me/overview": () => jsonResponse(newcomer()),
    "GET /api/v1/me/path-suggestions": () => jsonResponse([]),
    "GET /api/v1/projects": () => jsonResponse(projectPage([])),
    ...routes,
  });
  renderWithProviders(<MonEspacePage renderSuggestions={renderMonEspaceSuggestions} />);
  return api;
}

describe("« Mon espace », with the suggestions of the training and projects features", () => {
  it("suggests paths to start with, after the member's own blocks", async () => {
    renderMonEspace({ "GET /api/v1/me/path-suggestions": () => jsonResponse([pathSummaryFixture()]) });

    const suggestions = await screen.findByRole("region", { name: "Pour commencer" });
    expect(await within(suggestions).findByRole("link", { name: "Débuter en Python" })).toHaveAttribute("href", "/parcours/path-python");
    expect(within(suggestions).getByRole("link", { name: "Tous les parcours" })).toHaveAttribute("href", "/parcours");
    const profile = screen.getByRole("region", { name: "Mon profil" });
    expect(profile.compareDocumentPosition(suggestions) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("then shows the projects that need the member's skills", async () => {
    const api = renderMonEspace({ "GET /api/v1/projects": () => jsonResponse(projectPage([projectSummaryFixture()])) });

    const projects = await screen.findByRole("region", { name: "Projets qui ont besoin de vous" });
    expect(await within(projects).findByRole("link", { name: "Suivi de l'épidémie de COVID-19" })).toHaveAttribute(
      "href",
      "/projets/p-covid",
    );
    expect(within(projects).getByRole("link", { name: "Voir tous les projets qui me correspondent" })).toHaveAttribute(
      "href",
      "/projets?needsMySkills=true",
    );
    expect(new URL(api.requestsTo("GET", "/api/v1/projects")[0].url).searchParams.get("needsMySkills")).toBe("true");
    const pathsToStart = screen.getByRole("region", { name: "Pour commencer" });
    expect(pathsToStart.compareDocumentPosition(projects) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
