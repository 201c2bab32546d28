import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { jsonResponse, mockApi, REFERENTIAL_ROUTES } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { projectPage, projectSummaryFixture } from "../test/project-fixtures";
import { ProjectsPage } from "./projects-page";

const PROJECTS = "/api/v1/projects";

function projectQueries(api: ReturnType<typeof mockApi>) {
  return api.requestsTo("GET", PROJECTS).map((request) => Object.fromEntries(new URL(request.url).searchParams));
}

describe("the project list", () => {
  it("searches with the filters found in the URL, shows them in the form, and shows each project's card", async () => {
    const api = mockApi({ ...REFERENTIAL_ROUTES, [`GET ${PROJECTS}`]: () => jsonResponse(projectPage([projectSummaryFixture()], 13)) });

    renderWithProviders(<ProjectsPage />, { url: "/projets?q=sant%C3%A9&language=R&needsMySkills=true&sort=title,asc&page=2" });

    const results = await screen.findByRole("heading", { name: "13 projets trouvés" });
    expect(results.id).not.toBe("");
    expect(screen.getByRole("link", { name: "Aller aux résultats" })).toHaveAttribute("href", `#${results.id}`);
    expect(projectQueries(api)).toEqual([{ q: "santé", language: "R", needsMySkills: "true", sort: "title,asc", page: "1", size: "12" }]);
    expect(screen.getByLabelText(/Rechercher un projet/)).toHaveValue("santé");
    expect(screen.getByLabelText("Langage")).toHaveValue("R");
    expect(screen.getByLabelText(/Correspond à mes compétences/)).toBeChecked();
    const card = screen.getByRole("heading", { name: "Suivi de l'épidémie de COVID-19" }).closest(".fr-card") as HTMLElement;
    expect(within(card).getByText("Recherche d'équipe")).toBeInTheDocument();
    expect(within(card).getByText("Débutants bienvenus")).toBeInTheDocument();
    expect(within(card).getByText("Équipe : 2 personnes sur 6")).toBeInTheDocument();
    expect(within(card).getByText(/Python · niveau 2 – Intermédiaire/)).toBeInTheDocument();
    const pagination = screen.getByRole("navigation", { name: /pagination/i });
    expect(within(pagination).getByRole("link", { name: "1" })).toHaveAttribute(
      "href",
      "/projets?q=sant%C3%A9&language=R&needsMySkills=true&sort=title%2Casc",
    );
  });

  it("writes the submitted filters into the URL, back to the first page, so that the back button returns to the previous search", async () => {
    const api = mockApi({ ...REFERENTIAL_ROUTES, [`GET ${PROJECTS}`]: () => jsonResponse(projectPage([projectSummaryFixture()])) });
    const { router } = renderWithProviders(<ProjectsPage />, { url: "/projets?page=2" });
    const user = userEvent.setup({ delay: null });
    await screen.findByRole("heading", { name: "1 projet trouvé" });
    await within(screen.getByLabelText("Compétence recherchée")).findByRole("option", { name: "Python" });

    await user.type(screen.getByLabelText(/^Thème/), "énergie");
    await user.selectOptions(screen.getByLabelText(/^État/), "IN_PROGRESS");
    await user.selectOptions(screen.getByLabelText("Compétence recherchée"), "python");
    await user.click(screen.getByLabelText("Accueille les débutants"));
    await user.click(screen.getByRole("button", { name: "Rechercher" }));

    await waitFor(() =>
      expect(router.state.location.search).toBe("?topic=%C3%A9nergie&status=IN_PROGRESS&beginnersWelcome=true&skill=python"),
    );
    await waitFor(() =>
      expect(projectQueries(api).at(-1)).toEqual({
        topic: "énergie",
        status: "IN_PROGRESS",
        beginnersWelcome: "true",
        skill: "python",
        page: "0",
        size: "12",
      }),
    );

    await router.navigate(-1);
    await waitFor(() => expect(router.state.location.search).toBe("?page=2"));
    await waitFor(() => expect(screen.getByLabelText(/^Thème/)).toHaveValue(""));
  });

  it("says what to do when nothing matches: propose the project", async () => {
    mockApi({ ...REFERENTIAL_ROUTES, [`GET ${PROJECTS}`]: () => jsonResponse(projectPage([])) });

    renderWithProviders(<ProjectsPage />, { url: "/projets?q=introuvable" });

    expect(await screen.findByRole("heading", { name: "Aucun projet trouvé" })).toBeInTheDocument();
    expect(screen.getByText(/Essayez d'enlever un filtre, ou proposez le projet qui vous manque/)).toBeInTheDocument();
    expect(screen.getAllByRole("link", { name: "Proposer un projet" }).at(-1)).toHaveAttribute("href", "/projets/nouveau");
  });
});
