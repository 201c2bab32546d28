import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Project } from "../../../lib/api/types";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi, problemResponse, type ApiRoutes } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { joinRequestFixture, projectFixture, verifiedDatasetFixture } from "../test/project-fixtures";
import { ProjectPage } from "./project-page";

const PROJECT = "/api/v1/projects/p-covid";

function signIn(memberId: string, roles: string[] = ["member"]) {
  startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId, roles });
}

/** The project as the server shows it now: `current` changes when a test's action changes it. */
function projectRoutes(initial: Project, routes: ApiRoutes = {}) {
  const state = { current: initial };
  const api = mockApi({ [`GET ${PROJECT}`]: () => jsonResponse(state.current), ...routes });
  return { api, state };
}

function renderPage() {
  return renderWithProviders(<ProjectPage />, {
    url: "/projets/p-covid",
    path: "/projets/:id",
    otherRoutes: [{ path: "/projets", element: <p>Liste des projets</p> }],
  });
}

describe("a project's page", () => {
  it("shows the server's safe HTML description, the team with its leads, the links and the attestation", async () => {
    signIn("m-lea");
    projectRoutes(projectFixture({ descriptionHtml: "<h3>Objectif</h3><p>Suivre les <strong>hospitalisations</strong>.</p>" }));

    renderPage();

    expect(await screen.findByRole("heading", { level: 1, name: "Suivi de l'épidémie de COVID-19" })).toBeInTheDocument();
    expect(screen.getByText("hospitalisations").tagName).toBe("STRONG");
    const team = screen.getByRole("region", { name: "Équipe" });
    expect(within(team).getByRole("link", { name: "Claire Fontaine" }).closest("li")).toHaveTextContent("Responsable");
    expect(within(team).getByRole("link", { name: "Karim Benali" }).closest("li")).not.toHaveTextContent("Responsable");
    expect(screen.getByRole("link", { name: /Rejoindre le salon Tchap/ })).toHaveAttribute(
      "href",
      "https://tchap.gouv.fr/#/room/#suivi-covid:agent.tchap.gouv.fr",
    );
    expect(
      screen.getByText(/Claire Fontaine a attesté le 1(er)? mars 2026 à \d\d:\d\d que ce projet utilise « uniquement des données ouvertes/),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Modifier le projet" })).not.toBeInTheDocument();
  });

  it("lets a member outside the team ask to join with a message, then shows the request as pending", async () => {
    signIn("m-lea");
    const { api, state } = projectRoutes(projectFixture(), {
      [`POST ${PROJECT}/join-requests`]: () => {
        state.current = { ...state.current, myRequestPending: true };
        return jsonResponse(joinRequestFixture(), 201);
      },
    });
    renderPage();
    const user = userEvent.setup({ delay: null });

    await user.click(await screen.findByRole("button", { name: "Demander à rejoindre l'équipe" }));
    const dialog = screen.getByRole("dialog", { name: /Rejoindre « Suivi de l'épidémie de COVID-19 »/ });
    await user.click(within(dialog).getByRole("button", { name: "Envoyer ma demande" }));
    expect(await within(dialog).findByText(/Présentez-vous en quelques mots/)).toBeInTheDocument();
    expect(api.requestsTo("POST", `${PROJECT}/join-requests`)).toHaveLength(0);

    await user.type(within(dialog).getByLabelText(/Votre message/), "Je débute en Python.");
    await user.click(within(dialog).getByRole("button", { name: "Envoyer ma demande" }));

    expect(await screen.findByText(/Votre demande pour rejoindre l'équipe est en attente/)).toBeInTheDocument();
    expect(screen.getByText("Votre demande est envoyée aux responsables du projet.")).toBeInTheDocument();
    expect(await api.requestsTo("POST", `${PROJECT}/join-requests`)[0].json()).toEqual({ message: "Je débute en Python." });
  });

  it("asks a member to confirm leaving, and shows the server's refusal to the last lead", async () => {
    signIn("m-claire");
    projectRoutes(projectFixture({ myRole: "LEAD" }), {
      [`GET ${PROJECT}/join-requests`]: () => jsonResponse([]),
      [`POST ${PROJECT}/leave`]: () =>
        problemResponse({
          status: 409,
          detail: "Vous êtes le dernier responsable du projet : nommez d'abord un autre responsable.",
        }),
    });
    renderPage();
    const user = userEvent.setup({ delay: null });

    await user.click(await screen.findByRole("button", { name: "Quitter le projet" }));
    const dialog = screen.getByRole("dialog", { name: "Quitter le projet ?" });
    await user.click(within(dialog).getByRole("button", { name: "Quitter le projet" }));

    expect(await within(dialog).findByRole("alert")).toHaveTextContent(
      "Vous êtes le dernier responsable du projet : nommez d'abord un autre responsable.",
    );
  });

  it("lets a lead decline a request with a reason, and accept another", async () => {
    signIn("m-claire");
    const requests = {
      current: [joinRequestFixture(), joinRequestFixture({ id: "jr-hugo", memberId: "m-hugo", displayName: "Hugo Petit" })],
    };
    const { api } = projectRoutes(projectFixture({ myRole: "LEAD" }), {
      [`GET ${PROJECT}/join-requests`]: () => jsonResponse(requests.current),
      [`POST ${PROJECT}/join-requests/jr-lea/decline`]: () => {
        requests.current = requests.current.map((request) => (request.id === "jr-lea" ? { ...request, state: "DECLINED" } : request));
        return jsonResponse({ ...joinRequestFixture(), state: "DECLINED" });
      },
      [`POST ${PROJECT}/join-requests/jr-hugo/accept`]: () => {
        requests.current = requests.current.filter((request) => request.id !== "jr-hugo");
        return jsonResponse({ ...joinRequestFixture(), state: "ACCEPTED" });
      },
    });
    renderPage();
    const user = userEvent.setup({ delay: null });

    await user.click(await screen.findByRole("button", { name: "Décliner la demande de Léa Moreau" }));
    const dialog = screen.getByRole("dialog", { name: "Décliner la demande de Léa Moreau ?" });
    await user.click(within(dialog).getByRole("button", { name: "Décliner la demande" }));
    expect(await within(dialog).findByText(/Donnez un motif/)).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText(/Motif/), "L'équipe cherche surtout quelqu'un qui connaît R.");
    await user.click(within(dialog).getByRole("button", { name: "Décliner la demande" }));

    expect(await screen.findByText("La demande de Léa Moreau est déclinée.")).toBeInTheDocument();
    expect(await api.requestsTo("POST", `${PROJECT}/join-requests/jr-lea/decline`)[0].json()).toEqual({
      reason: "L'équipe cherche surtout quelqu'un qui connaît R.",
    });
    await waitFor(() => expect(screen.queryByRole("button", { name: /Léa Moreau/ })).not.toBeInTheDocument());

    await user.click(screen.getByRole("button", { name: "Accepter la demande de Hugo Petit" }));
    expect(await screen.findByText("Hugo Petit fait maintenant partie de l'équipe.")).toBeInTheDocument();
    expect(await screen.findByText("Aucune demande en attente.")).toBeInTheDocument();
  });

  it("asks a lead to confirm naming another lead", async () => {
    signIn("m-claire");
    const { api, state } = projectRoutes(projectFixture({ myRole: "LEAD" }), {
      [`GET ${PROJECT}/join-requests`]: () => jsonResponse([]),
      [`POST ${PROJECT}/members/m-karim/promote`]: () => {
        state.current = { ...state.current, team: state.current.team.map((member) => ({ ...member, role: "LEAD" as const })) };
        return jsonResponse(state.current);
      },
    });
    renderPage();
    const user = userEvent.setup({ delay: null });

    await user.click(await screen.findByRole("button", { name: "Nommer responsable : Karim Benali" }));
    const dialog = screen.getByRole("dialog", { name: "Nommer Karim Benali responsable ?" });
    expect(api.requestsTo("POST", `${PROJECT}/members/m-karim/promote`)).toHaveLength(0);
    await user.click(within(dialog).getByRole("button", { name: "Nommer responsable" }));

    expect(await screen.findByText("Karim Benali est maintenant responsable du projet.")).toBeInTheDocument();
    const team = screen.getByRole("region", { name: "Équipe" });
    await waitFor(() => expect(within(team).getByRole("link", { name: "Karim Benali" }).closest("li")).toHaveTextContent("Responsable"));
  });

  it("lets an animateur archive after a confirmation, and an administrator delete", async () => {
    signIn("m-admin", ["member", "animateur", "admin"]);
    const { api, state } = projectRoutes(projectFixture(), {
      [`PATCH ${PROJECT}`]: () => {
        state.current = { ...state.current, status: "ARCHIVED" };
        return jsonResponse(state.current);
      },
      [`DELETE ${PROJECT}`]: () => new Response(null, { status: 204 }),
      "GET /api/v1/projects": () => jsonResponse({ items: [], page: 0, size: 12, total: 0 }),
    });
    const { router } = renderPage();
    const user = userEvent.setup({ delay: null });

    await user.click(await screen.findByRole("button", { name: "Archiver le projet" }));
    await user.click(
      within(screen.getByRole("dialog", { name: "Archiver ce projet ?" })).getByRole("button", { name: "Archiver le projet" }),
    );
    await waitFor(() => expect(screen.getAllByText("Archivé").length).toBeGreaterThan(0));
    expect(await api.requestsTo("PATCH", PROJECT)[0].json()).toEqual({ status: "ARCHIVED" });

    await user.click(screen.getByRole("button", { name: "Supprimer le projet" }));
    await user.click(
      within(screen.getByRole("dialog", { name: "Supprimer ce projet ?" })).getByRole("button", { name: "Supprimer définitivement" }),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe("/projets"));
    expect(api.requestsTo("DELETE", PROJECT)).toHaveLength(1);
  });

  it("shows each dataset's check state plainly, and lets a lead remove one after a confirmation", async () => {
    signIn("m-claire");
    const outside = verifiedDatasetFixture({
      id: "d-insee",
      state: "TO_REVIEW",
      pending: "OUTSIDE",
      reason: "Publié hors de data.gouv.fr : un·e animateur·rice doit confirmer sa licence.",
      datagouvId: undefined,
      title: "Recensement de la population 2021",
      producer: "Insee",
      licenceTitle: "Licence Ouverte / Open Licence version 2.0",
      url: "https://www.insee.fr/fr/statistiques/8200811",
    });
    const { api, state } = projectRoutes(projectFixture({ myRole: "LEAD", datasets: [verifiedDatasetFixture(), outside] }), {
      [`GET ${PROJECT}/join-requests`]: () => jsonResponse([]),
      [`DELETE ${PROJECT}/datasets/d-insee`]: () => {
        state.current = { ...state.current, datasets: [verifiedDatasetFixture()] };
        return new Response(null, { status: 204 });
      },
      "GET /api/v1/projects": () => jsonResponse({ items: [], page: 0, size: 12, total: 0 }),
    });
    renderPage();
    const user = userEvent.setup({ delay: null });

    const datasets = await screen.findByRole("region", { name: "Jeux de données" });
    expect(within(datasets).getByText("Un jeu de données de ce projet est encore « à vérifier »", { exact: false })).toBeInTheDocument();
    expect(within(datasets).getByText(/Licence ouverte reconnue par data.gouv.fr./)).toBeInTheDocument();
    expect(within(datasets).getByText(/Publié hors de data.gouv.fr/)).toBeInTheDocument();
    expect(within(datasets).getByText("Producteur : Insee")).toBeInTheDocument();

    await user.click(within(datasets).getByRole("button", { name: "Retirer Recensement de la population 2021" }));
    const dialog = screen.getByRole("dialog", { name: "Retirer « Recensement de la population 2021 » ?" });
    expect(api.requestsTo("DELETE", `${PROJECT}/datasets/d-insee`)).toHaveLength(0);
    await user.click(within(dialog).getByRole("button", { name: "Retirer du projet" }));

    await waitFor(() => expect(within(datasets).queryByText("Producteur : Insee")).not.toBeInTheDocument());
    expect(api.requestsTo("DELETE", `${PROJECT}/datasets/d-insee`)).toHaveLength(1);
  });

  it("shows the not-found page for a project that does not exist or that the member may not see", async () => {
    signIn("m-lea");
    mockApi({ [`GET ${PROJECT}`]: () => problemResponse({ status: 404, detail: "Projet introuvable." }) });

    renderPage();

    expect(await screen.findByRole("heading", { level: 1, name: "Page non trouvée" })).toBeInTheDocument();
    expect(screen.queryByText("Projet introuvable.")).not.toBeInTheDocument();
  });

  it("keeps the server's explanation when the project fails to load for another reason", async () => {
    signIn("m-lea");
    mockApi({ [`GET ${PROJECT}`]: () => problemResponse({ status: 500, detail: "Erreur interne." }) });

    renderPage();

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Ce projet n'est pas disponible");
    expect(alert).toHaveTextContent("Erreur interne.");
    expect(screen.queryByRole("heading", { name: "Page non trouvée" })).not.toBeInTheDocument();
  });
});
