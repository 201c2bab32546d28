import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { jsonResponse, mockApi, REFERENTIAL_ROUTES } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { DirectoryPage } from "./directory-page";

const MEMBERS = "/api/v1/members";

const ada = {
  id: "m-ada",
  displayName: "Ada Lovelace",
  organization: { id: "org-insee", name: "Institut national de la statistique", acronym: "Insee" },
  region: "84",
  category: "A",
  jobTitle: "Statisticienne",
  skills: [{ code: "python", name: "Python", level: 3 }],
  canMentor: true,
  wantsMentor: false,
};

function membersAnswer(items: unknown[], total = items.length) {
  return () => jsonResponse({ items, page: 0, size: 20, total });
}

function memberQueries(api: ReturnType<typeof mockApi>) {
  return api.requestsTo("GET", MEMBERS).map((request) => Object.fromEntries(new URL(request.url).searchParams));
}

describe("the directory", () => {
  it("searches with the filters found in the URL and shows them in the form", async () => {
    const api = mockApi({ ...REFERENTIAL_ROUTES, [`GET ${MEMBERS}`]: membersAnswer([ada], 21) });

    renderWithProviders(<DirectoryPage />, { url: "/annuaire?q=donn%C3%A9es&skill=python&minLevel=3&canMentor=true&page=2" });

    const results = await screen.findByRole("heading", { name: "21 membres trouvés" });
    expect(results.id).not.toBe("");
    expect(screen.getByRole("link", { name: "Aller aux résultats" })).toHaveAttribute("href", `#${results.id}`);
    expect(memberQueries(api)).toEqual([{ q: "données", skill: "python", minLevel: "3", canMentor: "true", page: "1", size: "20" }]);
    expect(screen.getByLabelText(/Rechercher un membre/)).toHaveValue("données");
    await waitFor(() => expect(screen.getByLabelText("Compétence")).toHaveValue("python"));
    expect(screen.getByLabelText(/Niveau minimum/)).toHaveValue("3");
    expect(screen.getByLabelText("Peut accompagner (mentor)")).toBeChecked();
    expect(screen.getByLabelText("Souhaite être accompagné·e")).not.toBeChecked();
  });

  it("writes the submitted filters into the URL, back to the first page, and searches with them", async () => {
    const api = mockApi({ ...REFERENTIAL_ROUTES, [`GET ${MEMBERS}`]: membersAnswer([ada]) });
    const { router } = renderWithProviders(<DirectoryPage />, { url: "/annuaire?page=3" });
    const user = userEvent.setup({ delay: null });
    await screen.findByRole("heading", { name: "1 membre trouvé" });
    await screen.findByRole("option", { name: "Auvergne-Rhône-Alpes" });

    await user.type(screen.getByLabelText(/Rechercher un membre/), "Rémi");
    await user.selectOptions(screen.getByLabelText("Région"), "84");
    await user.click(screen.getByLabelText("Souhaite être accompagné·e"));
    await user.click(screen.getByRole("button", { name: "Rechercher" }));

    await waitFor(() => expect(router.state.location.search).toBe("?q=R%C3%A9mi&region=84&wantsMentor=true"));
    await waitFor(() => expect(memberQueries(api).at(-1)).toEqual({ q: "Rémi", region: "84", wantsMentor: "true", page: "0", size: "20" }));
  });

  it("clears the URL when the filters are reset", async () => {
    mockApi({ ...REFERENTIAL_ROUTES, [`GET ${MEMBERS}`]: membersAnswer([ada]) });
    const { router } = renderWithProviders(<DirectoryPage />, { url: "/annuaire?q=python&canMentor=true" });
    await screen.findByRole("heading", { name: "1 membre trouvé" });

    await userEvent.click(screen.getByRole("button", { name: "Réinitialiser les filtres" }));

    await waitFor(() => expect(router.state.location.search).toBe(""));
    expect(screen.getByLabelText(/Rechercher un membre/)).toHaveValue("");
  });

  it("links every page of results to the same filters", async () => {
    mockApi({ ...REFERENTIAL_ROUTES, [`GET ${MEMBERS}`]: membersAnswer([ada], 45) });

    renderWithProviders(<DirectoryPage />, { url: "/annuaire?skill=r" });

    const pagination = await screen.findByRole("navigation", { name: /pagination/i });
    expect(within(pagination).getByRole("link", { name: "2" })).toHaveAttribute("href", "/annuaire?skill=r&page=2");
  });

  it("says « Plus de 1 000 » when the server stopped counting, and offers the next pages but no last one", async () => {
    const twenty = Array.from({ length: 20 }, (_, i) => ({ ...ada, id: `m-${i}`, displayName: `Membre ${i}` }));
    mockApi({
      ...REFERENTIAL_ROUTES,
      [`GET ${MEMBERS}`]: () => jsonResponse({ items: twenty, page: 49, size: 20, total: 1000, totalExact: false }),
    });

    renderWithProviders(<DirectoryPage />, { url: "/annuaire?q=data&page=50" });

    expect(await screen.findByRole("heading", { name: "Plus de 1\u202f000 membres trouvés" })).toBeInTheDocument();
    const pagination = screen.getByRole("navigation", { name: /pagination/i });
    expect(within(pagination).getByText("Page suivante")).toHaveAttribute("href", "/annuaire?q=data&page=51");
    expect(within(pagination).queryByText("Dernière page")).not.toBeInTheDocument();
  });

  it("shows the member cards, and says so when nobody matches", async () => {
    mockApi({
      ...REFERENTIAL_ROUTES,
      [`GET ${MEMBERS}`]: (request) => membersAnswer(new URL(request.url).searchParams.has("q") ? [] : [ada])(),
    });
    renderWithProviders(<DirectoryPage />, { url: "/annuaire" });

    expect(await screen.findByRole("link", { name: "Ada Lovelace" })).toHaveAttribute("href", "/membres/m-ada");
    expect(screen.getByText("Python : 3 – Avancé")).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText(/Rechercher un membre/), "personne");
    await userEvent.click(screen.getByRole("button", { name: "Rechercher" }));

    expect(await screen.findByText("Aucun membre ne correspond à votre recherche.")).toBeInTheDocument();
  });
});
