import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { jsonResponse, mockApi, REFERENTIAL_ROUTES } from "../../../../test/mock-api";
import { renderWithProviders } from "../../../../test/render-with-providers";
import { pathPage, pathSummaryFixture } from "../test/path-fixtures";
import { PathsPage } from "./paths-page";

const PATHS = "/api/v1/paths";
const ME = { "GET /api/v1/me": () => jsonResponse({ id: "m-lea", displayName: "Léa Moreau", canMentor: false }) };

const queries = (api: ReturnType<typeof mockApi>) =>
  api.requestsTo("GET", PATHS).map((request) => Object.fromEntries(new URL(request.url).searchParams));

describe("the learning paths list", () => {
  it("searches with the filters of the URL and shows each path's level, steps, time, followers and my progress", async () => {
    const mine = pathSummaryFixture({ myProgress: { doneSteps: 1, totalSteps: 3, percent: 33 } });
    const api = mockApi({ ...REFERENTIAL_ROUTES, ...ME, [`GET ${PATHS}`]: () => jsonResponse(pathPage([mine], 13)) });

    renderWithProviders(<PathsPage />, { url: "/parcours?q=pandas&level=BEGINNER&skill=python&page=2" });

    const results = await screen.findByRole("heading", { name: "13 parcours trouvés" });
    expect(results.id).not.toBe("");
    expect(screen.getByRole("link", { name: "Aller aux résultats" })).toHaveAttribute("href", `#${results.id}`);
    expect(queries(api)).toEqual([{ q: "pandas", level: "BEGINNER", skill: "python", page: "1", size: "12" }]);
    expect(screen.getByLabelText("Niveau")).toHaveValue("BEGINNER");
    const card = screen.getByRole("heading", { name: "Débuter en Python" }).closest(".fr-card") as HTMLElement;
    expect(within(card).getByRole("link", { name: "Débuter en Python" })).toHaveAttribute("href", "/parcours/path-python");
    expect(within(card).getByText("Niveau débutant")).toBeInTheDocument();
    expect(within(card).getByText("3 étapes")).toBeInTheDocument();
    expect(within(card).getByText("Environ 10 h")).toBeInTheDocument();
    expect(within(card).getByText(/Par Claire Fontaine · Suivi par 12 membres/)).toBeInTheDocument();
    expect(within(card).getByText("Ma progression : 1 étape terminée sur 3 (33 %)")).toBeInTheDocument();
    expect(within(card).getByRole("progressbar", { name: "Ma progression : 33 %" })).toHaveAttribute("value", "33");
    expect(screen.queryByRole("link", { name: "Créer un parcours" })).not.toBeInTheDocument();
  });

  it("writes the submitted filters into the URL, back to the first page", async () => {
    const api = mockApi({ ...REFERENTIAL_ROUTES, ...ME, [`GET ${PATHS}`]: () => jsonResponse(pathPage([pathSummaryFixture()])) });
    const { router } = renderWithProviders(<PathsPage />, { url: "/parcours?page=3" });
    const user = userEvent.setup({ delay: null });
    await screen.findByRole("heading", { name: "1 parcours trouvé" });

    await user.selectOptions(screen.getByLabelText("Langage"), "R");
    await user.type(screen.getByLabelText(/Rechercher un parcours/), "cartes");
    await user.click(screen.getByRole("button", { name: "Rechercher" }));

    await waitFor(() => expect(router.state.location.search).toBe("?q=cartes&programmingLanguage=R"));
    await waitFor(() => expect(queries(api).at(-1)).toEqual({ q: "cartes", programmingLanguage: "R", page: "0", size: "12" }));
  });

  it("says what to do when nothing matches, and offers mentors to create a path", async () => {
    mockApi({
      ...REFERENTIAL_ROUTES,
      "GET /api/v1/me": () => jsonResponse({ id: "m-claire", displayName: "Claire Fontaine", canMentor: true }),
      [`GET ${PATHS}`]: () => jsonResponse(pathPage([])),
    });

    renderWithProviders(<PathsPage />, { url: "/parcours?q=introuvable" });

    expect(await screen.findByRole("heading", { name: "Aucun parcours trouvé" })).toBeInTheDocument();
    expect(screen.getByText(/Essayez d'enlever un filtre/)).toBeInTheDocument();
    expect(await screen.findByRole("link", { name: "Créer un parcours" })).toHaveAttribute("href", "/parcours/nouveau");
  });
});
