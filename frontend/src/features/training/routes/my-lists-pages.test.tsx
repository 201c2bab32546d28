import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi, REFERENTIAL_ROUTES } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { listPage, proposalFixture, resourceSummaryFixture } from "../test/resource-fixtures";
import { MyBookmarksPage } from "./my-bookmarks-page";
import { MyResourcesPage } from "./my-resources-page";

function signIn() {
  startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-lea", roles: ["member"] });
}

describe("my list", () => {
  it("shows the resources I keep, a withdrawn one marked, and the pages", async () => {
    signIn();
    const api = mockApi({
      ...REFERENTIAL_ROUTES,
      "GET /api/v1/me/bookmarks": () =>
        jsonResponse(
          listPage(
            [
              resourceSummaryFixture({ bookmarked: true, done: true }),
              resourceSummaryFixture({ id: "r-old", title: "Un vieux cours", status: "WITHDRAWN", bookmarked: true }),
            ],
            14,
          ),
        ),
    });

    renderWithProviders(<MyBookmarksPage />, { url: "/ressources/ma-liste?page=2" });

    const withdrawn = (await screen.findByRole("heading", { name: "Un vieux cours" })).closest(".fr-card") as HTMLElement;
    expect(within(withdrawn).getByText("Retirée")).toBeInTheDocument();
    const utilitr = screen
      .getByRole("heading", { name: "utilitR : la documentation collaborative de R" })
      .closest(".fr-card") as HTMLElement;
    expect(within(utilitr).getByText("Terminée")).toBeInTheDocument();
    expect(within(utilitr).getByRole("button", { name: /Retirer de ma liste/ })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "14 ressources gardées" })).toBeInTheDocument();
    expect(new URL(api.requestsTo("GET", "/api/v1/me/bookmarks")[0].url).searchParams.get("page")).toBe("1");
    expect(within(screen.getByRole("navigation", { name: /pagination/i })).getByRole("link", { name: "1" })).toHaveAttribute(
      "href",
      "/ressources/ma-liste",
    );
  });

  it("tells a beginner where to start when the list is empty", async () => {
    signIn();
    mockApi({ ...REFERENTIAL_ROUTES, "GET /api/v1/me/bookmarks": () => jsonResponse(listPage([])) });

    renderWithProviders(<MyBookmarksPage />, { url: "/ressources/ma-liste" });

    expect(await screen.findByText(/Votre liste est vide/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Ressources pour débuter" })).toHaveAttribute(
      "href",
      "/ressources?level=BEGINNER&contentLanguage=FR",
    );
  });
});

describe("my proposals", () => {
  it("shows each proposal's state, and the reason of a refusal", async () => {
    signIn();
    mockApi({
      ...REFERENTIAL_ROUTES,
      "GET /api/v1/me/resources": () =>
        jsonResponse(
          listPage([
            proposalFixture(),
            proposalFixture({
              id: "r-ko",
              title: "Un cours payant",
              status: "REJECTED",
              moderationNote: "Le lien mène à une page payante.",
            }),
          ]),
        ),
    });

    renderWithProviders(<MyResourcesPage />, { url: "/ressources/mes-propositions" });

    const waiting = (await screen.findByRole("heading", { name: "Le tutoriel Python" })).closest(".fr-card") as HTMLElement;
    expect(within(waiting).getByText("En attente de relecture")).toBeInTheDocument();
    expect(within(waiting).queryByRole("button", { name: /ma liste/ })).not.toBeInTheDocument();
    const refused = screen.getByRole("heading", { name: "Un cours payant" }).closest(".fr-card") as HTMLElement;
    expect(within(refused).getByText("Refusée")).toBeInTheDocument();
    expect(within(refused).getByText("Motif du refus : Le lien mène à une page payante.")).toBeInTheDocument();
  });

  it("invites to propose a first resource when there is none", async () => {
    signIn();
    mockApi({ ...REFERENTIAL_ROUTES, "GET /api/v1/me/resources": () => jsonResponse(listPage([])) });

    renderWithProviders(<MyResourcesPage />, { url: "/ressources/mes-propositions" });

    expect(await screen.findByText(/Vous n'avez encore proposé aucune ressource/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Proposer une ressource" })).toHaveAttribute("href", "/ressources/proposer");
  });
});
