import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { jsonResponse, mockApi, REFERENTIAL_ROUTES } from "../../../../test/mock-api";
import { renderWithProviders } from "../../../../test/render-with-providers";
import { pathPage, pathSummaryFixture } from "../test/path-fixtures";
import { MyPathsPage } from "./my-paths-page";

describe("my learning paths", () => {
  it("lists the paths I follow with my progress, an archived one marked, and the ones I wrote", async () => {
    const api = mockApi({
      ...REFERENTIAL_ROUTES,
      "GET /api/v1/me": () => jsonResponse({ id: "m-claire", displayName: "Claire Fontaine", canMentor: true }),
      "GET /api/v1/me/paths": () =>
        jsonResponse(
          pathPage([
            pathSummaryFixture({ myProgress: { doneSteps: 2, totalSteps: 3, percent: 67 } }),
            pathSummaryFixture({
              id: "path-old",
              title: "Ancien parcours R",
              status: "ARCHIVED",
              myProgress: { doneSteps: 1, totalSteps: 4, percent: 25 },
            }),
          ]),
        ),
      "GET /api/v1/paths": () =>
        jsonResponse(pathPage([pathSummaryFixture({ id: "path-draft", title: "Cartographie avec R", status: "DRAFT" })])),
    });

    renderWithProviders(<MyPathsPage />, { url: "/parcours/mes-parcours" });

    const followed = within(screen.getByRole("region", { name: "Les parcours que je suis" }));
    expect(await followed.findByText("Ma progression : 2 étapes terminées sur 3 (67 %)")).toBeInTheDocument();
    const archived = followed.getByRole("heading", { name: "Ancien parcours R" }).closest(".fr-card") as HTMLElement;
    expect(within(archived).getAllByText("Archivé").length).toBeGreaterThan(0);
    expect(within(archived).getByText(/votre progression reste visible/)).toBeInTheDocument();

    const authored = within(await screen.findByRole("region", { name: "Les parcours que j'ai écrits" }));
    expect(await authored.findByRole("heading", { name: "Cartographie avec R" })).toBeInTheDocument();
    expect(authored.getByText("Brouillon")).toBeInTheDocument();
    expect(new URL(api.requestsTo("GET", "/api/v1/paths")[0].url).searchParams.get("mine")).toBe("true");
  });

  it("tells a member who follows nothing where to find paths", async () => {
    mockApi({
      ...REFERENTIAL_ROUTES,
      "GET /api/v1/me": () => jsonResponse({ id: "m-lea", displayName: "Léa Moreau", canMentor: false }),
      "GET /api/v1/me/paths": () => jsonResponse(pathPage([])),
    });

    renderWithProviders(<MyPathsPage />, { url: "/parcours/mes-parcours" });

    expect(await screen.findByText(/Vous ne suivez aucun parcours/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Voir les parcours" })).toHaveAttribute("href", "/parcours");
    expect(screen.queryByRole("region", { name: "Les parcours que j'ai écrits" })).not.toBeInTheDocument();
  });
});
