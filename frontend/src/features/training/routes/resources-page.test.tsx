import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi, REFERENTIAL_ROUTES } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { facetsFixture, resourceSummaryFixture, searchPage } from "../test/resource-fixtures";
import { ResourcesPage } from "./resources-page";

const RESOURCES = "/api/v1/resources";

function searches(api: ReturnType<typeof mockApi>) {
  return api.requestsTo("GET", RESOURCES).map((request) => {
    const params = new URL(request.url).searchParams;
    return Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.getAll(key).join("|")]));
  });
}

function signIn() {
  startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-lea", roles: ["member"] });
}

const FACETS = facetsFixture({
  level: [
    { value: "BEGINNER", count: 9 },
    { value: "INTERMEDIATE", count: 3 },
    { value: "ADVANCED", count: 0 },
  ],
  programmingLanguage: [
    { value: "PYTHON", count: 4 },
    { value: "R", count: 7 },
    { value: "BOTH", count: 1 },
    { value: "NONE", count: 0 },
  ],
  topic: [
    { value: "python", count: 4 },
    { value: "r", count: 7 },
  ],
  free: [
    { value: "true", count: 11 },
    { value: "false", count: 1 },
  ],
});

describe("the library", () => {
  it("searches with the filters of the URL, ticks them in the form, and shows each filter's count and each resource's card", async () => {
    signIn();
    const api = mockApi({
      ...REFERENTIAL_ROUTES,
      [`GET ${RESOURCES}`]: () => jsonResponse(searchPage([resourceSummaryFixture()], 13, FACETS)),
    });

    renderWithProviders(<ResourcesPage />, {
      url: "/ressources?q=r%C3%A9gression&level=BEGINNER&programmingLanguage=R&programmingLanguage=PYTHON&page=2",
    });

    const results = await screen.findByRole("heading", { name: "13 ressources trouvées" });
    // On a phone the filters come first: a link skips them to the results.
    expect(screen.getByRole("link", { name: "Aller aux résultats" })).toHaveAttribute("href", `#${results.id}`);
    expect(results.id).not.toBe("");
    expect(searches(api)).toEqual([{ q: "régression", level: "BEGINNER", programmingLanguage: "PYTHON|R", page: "1", size: "12" }]);
    expect(screen.getByLabelText(/Rechercher une ressource/)).toHaveValue("régression");
    expect(screen.getByLabelText("Débutant (9)")).toBeChecked();
    expect(screen.getByLabelText("Intermédiaire (3)")).not.toBeChecked();
    expect(screen.getByLabelText("Avancé (0)")).toBeInTheDocument();
    expect(screen.getByLabelText("R (7)", { selector: "[name=programmingLanguage]" })).toBeChecked();
    expect(screen.getByLabelText("Python (4)", { selector: "[name=programmingLanguage]" })).toBeChecked();
    expect(await screen.findByLabelText("Python (4)", { selector: "[name=topic]" })).not.toBeChecked();
    expect(screen.getByLabelText("Gratuites seulement (11)")).not.toBeChecked();

    const card = screen.getByRole("heading", { name: "utilitR : la documentation collaborative de R" }).closest(".fr-card") as HTMLElement;
    expect(within(card).getByRole("link", { name: "utilitR : la documentation collaborative de R" })).toHaveAttribute(
      "href",
      "/ressources/r-utilitr",
    );
    expect(within(card).getByText("Documentation")).toBeInTheDocument();
    expect(within(card).getByText("Niveau débutant")).toBeInTheDocument();
    expect(within(card).getByText("En français")).toBeInTheDocument();
    expect(within(card).getByText(/4,5 sur 5 \(2 avis\)/)).toBeInTheDocument();
    expect(within(card).getByText("Statistiques", { exact: false })).toBeInTheDocument();
    expect(within(card).getByRole("button", { name: /Ajouter à ma liste/ })).toBeInTheDocument();
    const pagination = screen.getByRole("navigation", { name: /pagination/i });
    expect(within(pagination).getByRole("link", { name: "1" })).toHaveAttribute(
      "href",
      "/ressources?q=r%C3%A9gression&programmingLanguage=PYTHON&programmingLanguage=R&level=BEGINNER",
    );
  });

  it("writes the ticked filters into the URL, back to the first page, and asks the server with each repeated value", async () => {
    signIn();
    const api = mockApi({
      ...REFERENTIAL_ROUTES,
      [`GET ${RESOURCES}`]: () => jsonResponse(searchPage([resourceSummaryFixture()], 1, FACETS)),
    });
    const { router } = renderWithProviders(<ResourcesPage />, { url: "/ressources?page=2" });
    const user = userEvent.setup({ delay: null });
    await screen.findByRole("heading", { name: "1 ressource trouvée" });

    await user.click(screen.getByLabelText("Débutant (9)"));
    await user.click(screen.getByLabelText("Intermédiaire (3)"));
    await user.click(screen.getByLabelText("Gratuites seulement (11)"));
    await user.selectOptions(screen.getByLabelText("Trier par"), "rating");
    await user.click(screen.getByRole("button", { name: "Rechercher" }));

    await waitFor(() => expect(router.state.location.search).toBe("?level=BEGINNER&level=INTERMEDIATE&freeOnly=true&sort=rating"));
    await waitFor(() =>
      expect(searches(api).at(-1)).toEqual({ level: "BEGINNER|INTERMEDIATE", freeOnly: "true", sort: "rating", page: "0", size: "12" }),
    );
    await waitFor(() => expect(screen.getByRole("heading", { name: "1 ressource trouvée" })).toHaveFocus());
  });

  it("adds a resource to my list from its card, and says so", async () => {
    signIn();
    let bookmarked = false;
    const api = mockApi({
      ...REFERENTIAL_ROUTES,
      [`GET ${RESOURCES}`]: () => jsonResponse(searchPage([resourceSummaryFixture({ bookmarked })], 1, FACETS)),
      [`PUT ${RESOURCES}/r-utilitr/bookmark`]: () => {
        bookmarked = true;
        return new Response(null, { status: 204 });
      },
    });
    renderWithProviders(<ResourcesPage />, { url: "/ressources" });
    const user = userEvent.setup({ delay: null });

    await user.click(await screen.findByRole("button", { name: /Ajouter à ma liste/ }));

    expect(await screen.findByRole("button", { name: /Retirer de ma liste/ })).toBeInTheDocument();
    expect(screen.getByText("« utilitR : la documentation collaborative de R » est ajoutée à votre liste.")).toBeInTheDocument();
    expect(api.requestsTo("PUT", `${RESOURCES}/r-utilitr/bookmark`)).toHaveLength(1);
  });

  it("tells a beginner where to start when nothing matches: beginner material, or propose one", async () => {
    signIn();
    mockApi({ ...REFERENTIAL_ROUTES, [`GET ${RESOURCES}`]: () => jsonResponse(searchPage([])) });

    renderWithProviders(<ResourcesPage />, { url: "/ressources?q=introuvable" });

    expect(await screen.findByRole("heading", { name: "Aucune ressource trouvée" })).toBeInTheDocument();
    expect(screen.getByText(/Essayez un mot plus court ou enlevez un filtre/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Voir les ressources pour débuter" })).toHaveAttribute(
      "href",
      "/ressources?level=BEGINNER&contentLanguage=FR",
    );
    expect(screen.getAllByRole("link", { name: "Proposer une ressource" }).at(-1)).toHaveAttribute("href", "/ressources/proposer");
  });
});
