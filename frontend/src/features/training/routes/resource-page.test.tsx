import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { ResourceView } from "../../../lib/api/types";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi, problemResponse, REFERENTIAL_ROUTES, type ApiRoutes } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { listPage, ratingFixture, resourceFixture } from "../test/resource-fixtures";
import { ResourcePage } from "./resource-page";

const RESOURCE = "/api/v1/resources/r-utilitr";

function signIn(memberId = "m-lea", roles: string[] = ["member"]) {
  startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId, roles });
}

/** The resource as the server shows it now: `current` changes when a test's action changes it. */
function resourceRoutes(initial: ResourceView, routes: ApiRoutes = {}) {
  const state = { current: initial };
  const api = mockApi({
    ...REFERENTIAL_ROUTES,
    [`GET ${RESOURCE}`]: () => jsonResponse(state.current),
    [`GET ${RESOURCE}/ratings`]: () => jsonResponse(listPage([ratingFixture()], 1, 0, 10)),
    ...routes,
  });
  return { api, state };
}

function renderPage() {
  return renderWithProviders(<ResourcePage />, {
    url: "/ressources/r-utilitr",
    path: "/ressources/:id",
    otherRoutes: [{ path: "/ressources/mes-propositions", element: <p>Mes propositions</p> }],
  });
}

describe("a resource's page", () => {
  it("shows the facts, the server's safe description, a link that opens the resource, and the members' ratings", async () => {
    signIn();
    resourceRoutes(resourceFixture());

    renderPage();

    expect(await screen.findByRole("heading", { level: 1, name: "utilitR : la documentation collaborative de R" })).toBeInTheDocument();
    expect(screen.getByText("bonnes pratiques").tagName).toBe("STRONG");
    const open = screen.getByRole("link", { name: /Ouvrir la ressource/ });
    expect(open).toHaveAttribute("href", "https://www.book.utilitr.org/");
    expect(open).toHaveAttribute("target", "_blank");
    expect(screen.getByText("Auteur ou éditeur").nextElementSibling).toHaveTextContent("Insee et contributeurs");
    expect(screen.getByText("Durée estimée").nextElementSibling).toHaveTextContent("10 h");
    const ratings = screen.getByRole("region", { name: "Avis des membres" });
    expect(await within(ratings).findByText("Très clair pour débuter.")).toBeInTheDocument();
    expect(within(ratings).getByText("5 étoiles sur 5")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Publier la ressource" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Modifier la ressource" })).not.toBeInTheDocument();
  });

  it("rates with stars chosen as radio buttons and a comment, then changes the rating", async () => {
    signIn();
    const { api, state } = resourceRoutes(resourceFixture(), {
      [`PUT ${RESOURCE}/ratings/me`]: async (request) => {
        const body = (await request.json()) as { stars: number; comment?: string };
        state.current = { ...state.current, myRating: body, ratingCount: 3 };
        return jsonResponse(ratingFixture({ memberId: "m-lea", displayName: "Léa Moreau", mine: true, ...body }));
      },
    });
    renderPage();
    const user = userEvent.setup({ delay: null });

    await user.click(await screen.findByRole("button", { name: "Enregistrer mon avis" }));
    expect(await screen.findByText("Choisissez une note de 1 à 5 étoiles.")).toBeInTheDocument();
    expect(api.requestsTo("PUT", `${RESOURCE}/ratings/me`)).toHaveLength(0);

    const stars = screen.getByRole("group", { name: /Ma note/ });
    await user.click(within(stars).getByLabelText(/^4 étoiles/));
    await user.type(screen.getByLabelText(/Commentaire/), "Parfait pour s'y retrouver.");
    await user.click(screen.getByRole("button", { name: "Enregistrer mon avis" }));

    expect(await screen.findByText("Merci ! Votre avis est enregistré.")).toBeInTheDocument();
    expect(await api.requestsTo("PUT", `${RESOURCE}/ratings/me`)[0].json()).toEqual({ stars: 4, comment: "Parfait pour s'y retrouver." });
    expect(await screen.findByRole("button", { name: "Modifier mon avis" })).toBeInTheDocument();

    // The keyboard moves between the stars with the arrows, as radio buttons do.
    within(stars)
      .getByLabelText(/^4 étoiles/)
      .focus();
    await user.keyboard("{ArrowRight}");
    expect(within(stars).getByLabelText(/^5 étoiles/)).toBeChecked();
    await user.click(screen.getByRole("button", { name: "Modifier mon avis" }));
    await waitFor(() => expect(api.requestsTo("PUT", `${RESOURCE}/ratings/me`)).toHaveLength(2));
    expect(await api.requestsTo("PUT", `${RESOURCE}/ratings/me`)[1].json()).toEqual({ stars: 5, comment: "Parfait pour s'y retrouver." });
  });

  it("removes my rating after a confirmation", async () => {
    signIn();
    const { api, state } = resourceRoutes(resourceFixture({ myRating: { stars: 2, comment: "Trop dense." } }), {
      [`DELETE ${RESOURCE}/ratings/me`]: () => {
        state.current = { ...state.current, myRating: undefined };
        return new Response(null, { status: 204 });
      },
    });
    renderPage();
    const user = userEvent.setup({ delay: null });

    expect(await screen.findByLabelText(/^2 étoiles/)).toBeChecked();
    expect(screen.getByLabelText(/Commentaire/)).toHaveValue("Trop dense.");
    await user.click(screen.getByRole("button", { name: "Supprimer mon avis" }));
    const dialog = screen.getByRole("dialog", { name: "Supprimer votre avis ?" });
    expect(api.requestsTo("DELETE", `${RESOURCE}/ratings/me`)).toHaveLength(0);
    await user.click(within(dialog).getByRole("button", { name: "Supprimer mon avis" }));

    expect(await screen.findByText("Votre avis est supprimé.")).toBeInTheDocument();
    expect(api.requestsTo("DELETE", `${RESOURCE}/ratings/me`)).toHaveLength(1);
    await waitFor(() => expect(screen.getByRole("button", { name: "Enregistrer mon avis" })).toBeInTheDocument());
  });

  it("marks the resource done, and keeps it in my list", async () => {
    signIn();
    const { api, state } = resourceRoutes(resourceFixture(), {
      [`PUT ${RESOURCE}/done`]: () => {
        state.current = { ...state.current, done: true };
        return new Response(null, { status: 204 });
      },
      [`PUT ${RESOURCE}/bookmark`]: () => {
        state.current = { ...state.current, bookmarked: true };
        return new Response(null, { status: 204 });
      },
    });
    renderPage();
    const user = userEvent.setup({ delay: null });

    await user.click(await screen.findByLabelText(/J'ai terminé cette ressource/));
    await waitFor(() => expect(screen.getByLabelText(/J'ai terminé cette ressource/)).toBeChecked());
    expect(screen.getByText("Terminée")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /Ajouter à ma liste/ }));
    expect(await screen.findByRole("button", { name: /Retirer de ma liste/ })).toBeInTheDocument();
    expect(api.requestsTo("PUT", `${RESOURCE}/done`)).toHaveLength(1);
  });

  it("says plainly that a resource was withdrawn, with no way to rate it", async () => {
    signIn();
    resourceRoutes(resourceFixture({ status: "WITHDRAWN" }));

    renderPage();

    expect(await screen.findByText("Cette ressource a été retirée de la bibliothèque")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Enregistrer mon avis" })).not.toBeInTheDocument();
  });

  it("lets an animateur publish a proposal, and shows the server's refusal when it is their own", async () => {
    signIn("m-admin", ["member", "animateur"]);
    const { api } = resourceRoutes(resourceFixture({ status: "PROPOSED", canModerate: true, canEdit: true, publishedAt: undefined }), {
      [`POST ${RESOURCE}/publish`]: () =>
        problemResponse({
          status: 403,
          detail: "Vous ne pouvez pas publier une ressource que vous avez proposée : un autre animateur la relira.",
        }),
    });
    renderPage();
    const user = userEvent.setup({ delay: null });

    expect(await screen.findByText("En attente de relecture", { selector: ".fr-alert__title" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Publier la ressource" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("Vous ne pouvez pas publier une ressource que vous avez proposée");
    expect(api.requestsTo("POST", `${RESOURCE}/publish`)).toHaveLength(1);
  });

  it("lets an animateur reject a proposal with a reason given in a dialog", async () => {
    signIn("m-admin", ["member", "animateur"]);
    const { api, state } = resourceRoutes(resourceFixture({ status: "PROPOSED", canModerate: true, canEdit: true }), {
      [`POST ${RESOURCE}/reject`]: async (request) => {
        const { reason } = (await request.json()) as { reason: string };
        state.current = { ...state.current, status: "REJECTED", moderationNote: reason };
        return jsonResponse(state.current);
      },
    });
    renderPage();
    const user = userEvent.setup({ delay: null });

    await user.click(await screen.findByRole("button", { name: "Refuser la ressource" }));
    const dialog = screen.getByRole("dialog", { name: "Refuser « utilitR : la documentation collaborative de R » ?" });
    await user.click(within(dialog).getByRole("button", { name: "Refuser la ressource" }));
    expect(await within(dialog).findByText("Donnez un motif d'au moins 5 caractères.")).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText(/Motif/), "Le lien mène à une page payante.");
    await user.click(within(dialog).getByRole("button", { name: "Refuser la ressource" }));

    expect(
      await screen.findByText("« utilitR : la documentation collaborative de R » est refusée ; son auteur est prévenu."),
    ).toBeInTheDocument();
    expect(await api.requestsTo("POST", `${RESOURCE}/reject`)[0].json()).toEqual({ reason: "Le lien mène à une page payante." });
    expect(
      await screen.findByText("Motif : Le lien mène à une page payante. Vous pouvez la modifier : elle repartira en relecture."),
    ).toBeInTheDocument();
  });

  it("lets an animateur withdraw a published resource with a reason", async () => {
    signIn("m-admin", ["member", "animateur"]);
    const { api, state } = resourceRoutes(resourceFixture({ canModerate: true, canEdit: true }), {
      [`POST ${RESOURCE}/withdraw`]: async (request) => {
        const { reason } = (await request.json()) as { reason: string };
        state.current = { ...state.current, status: "WITHDRAWN", moderationNote: reason };
        return jsonResponse(state.current);
      },
    });
    renderPage();
    const user = userEvent.setup({ delay: null });

    await user.click(await screen.findByRole("button", { name: "Retirer de la bibliothèque" }));
    const dialog = screen.getByRole("dialog", { name: /Retirer « utilitR/ });
    await user.type(within(dialog).getByLabelText(/Motif/), "Le site n'existe plus.");
    await user.click(within(dialog).getByRole("button", { name: "Retirer la ressource" }));

    expect(await screen.findByText("Cette ressource a été retirée de la bibliothèque")).toBeInTheDocument();
    expect(screen.getByText("Motif : Le site n'existe plus.")).toBeInTheDocument();
    expect(await api.requestsTo("POST", `${RESOURCE}/withdraw`)[0].json()).toEqual({ reason: "Le site n'existe plus." });
    expect(screen.getByRole("button", { name: "Publier la ressource" })).toBeInTheDocument();
  });

  it("lets the proposer delete a proposal after a confirmation", async () => {
    signIn("m-claire");
    const { api } = resourceRoutes(resourceFixture({ status: "REJECTED", canEdit: true, moderationNote: "Doublon." }), {
      [`DELETE ${RESOURCE}`]: () => new Response(null, { status: 204 }),
    });
    const { router } = renderPage();
    const user = userEvent.setup({ delay: null });

    expect(await screen.findByText("Cette proposition a été refusée")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Modifier la ressource" })).toHaveAttribute("href", "/ressources/r-utilitr/modifier");
    await user.click(screen.getByRole("button", { name: "Supprimer la proposition" }));
    await user.click(
      within(screen.getByRole("dialog", { name: "Supprimer cette proposition ?" })).getByRole("button", {
        name: "Supprimer définitivement",
      }),
    );

    await waitFor(() => expect(router.state.location.pathname).toBe("/ressources/mes-propositions"));
    expect(api.requestsTo("DELETE", RESOURCE)).toHaveLength(1);
  });

  it("shows the not-found page for a resource that does not exist or that the member may not see", async () => {
    signIn();
    mockApi({ ...REFERENTIAL_ROUTES, [`GET ${RESOURCE}`]: () => problemResponse({ status: 404, detail: "Ressource introuvable." }) });

    renderPage();

    expect(await screen.findByRole("heading", { level: 1, name: "Page non trouvée" })).toBeInTheDocument();
    expect(screen.queryByText("Ressource introuvable.")).not.toBeInTheDocument();
  });

  it("keeps the server's explanation when the resource fails to load for another reason", async () => {
    signIn();
    mockApi({ ...REFERENTIAL_ROUTES, [`GET ${RESOURCE}`]: () => problemResponse({ status: 500, detail: "Erreur interne." }) });

    renderPage();

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Cette ressource n'est pas disponible");
    expect(alert).toHaveTextContent("Erreur interne.");
  });
});
