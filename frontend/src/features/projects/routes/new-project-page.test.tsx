import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { jsonResponse, mockApi, problemResponse, REFERENTIAL_ROUTES } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { projectFixture } from "../test/project-fixtures";
import { NewProjectPage } from "./new-project-page";

const PROJECTS = "/api/v1/projects";

function renderPage() {
  return renderWithProviders(<NewProjectPage />, {
    url: "/projets/nouveau",
    otherRoutes: [
      { path: "/projets/:id", element: <p>Page du projet</p> },
      { path: "/projets", element: <p>Liste des projets</p> },
    ],
  });
}

async function fillRequiredFields(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText(/^Titre/), "Résultats des élections");
  await user.type(screen.getByLabelText(/^Résumé/), "Cartographier les résultats des élections par commune.");
  await user.click(screen.getByLabelText("Python et R"));
}

describe("proposing a project", () => {
  it("requires the open-data attestation before sending anything", async () => {
    const api = mockApi({ ...REFERENTIAL_ROUTES });
    renderPage();
    const user = userEvent.setup({ delay: null });
    await fillRequiredFields(user);

    await user.click(screen.getByRole("button", { name: "Proposer le projet" }));

    expect(await screen.findByText("Cochez l'attestation : un projet Spyrales n'utilise que des données ouvertes.")).toBeInTheDocument();
    expect(screen.getByLabelText(/J'atteste que ce projet utilise uniquement des données ouvertes/)).toHaveFocus();
    expect(api.requestsTo("POST", PROJECTS)).toHaveLength(0);
  });

  it("sends every field with the attestation, then shows the new project", async () => {
    const api = mockApi({ ...REFERENTIAL_ROUTES, [`POST ${PROJECTS}`]: () => jsonResponse(projectFixture({ id: "p-new" }), 201) });
    const { router } = renderPage();
    const user = userEvent.setup({ delay: null });
    await fillRequiredFields(user);
    await user.type(screen.getByLabelText(/^Thèmes/), "élections, territoires");
    await user.type(screen.getByLabelText(/^Dépôt de code/), "https://github.com/spyrales/elections");
    await user.selectOptions(await screen.findByLabelText("Compétence à rechercher"), "r");
    await user.selectOptions(screen.getByLabelText("Niveau voulu"), "3");
    await user.click(screen.getByRole("button", { name: "Ajouter" }));
    await user.type(screen.getByLabelText(/^Taille maximale/), "5");
    await user.click(screen.getByLabelText(/J'atteste/));

    await user.click(screen.getByRole("button", { name: "Proposer le projet" }));

    await waitFor(() => expect(router.state.location.pathname).toBe("/projets/p-new"));
    expect(await api.requestsTo("POST", PROJECTS)[0].json()).toEqual({
      title: "Résultats des élections",
      summary: "Cartographier les résultats des élections par commune.",
      description: "",
      topics: ["élections", "territoires"],
      languages: "BOTH",
      welcomesBeginners: true,
      status: "IDEA",
      repositoryUrl: "https://github.com/spyrales/elections",
      skillsSought: [{ skillCode: "r", level: 3 }],
      maxTeamSize: 5,
      openDataAttestation: true,
    });
  });

  it("declares a data.gouv.fr dataset checked in the form with the creation", async () => {
    const api = mockApi({
      ...REFERENTIAL_ROUTES,
      "POST /api/v1/datasets/check": () =>
        jsonResponse({
          verdict: "VERIFIED",
          reason: "Licence ouverte reconnue par data.gouv.fr.",
          archived: false,
          title: "Données hospitalières relatives à l'épidémie de COVID-19",
          producer: "Santé publique France",
          licence: "lov2",
          licenceTitle: "Licence Ouverte / Open Licence version 2.0",
        }),
      [`POST ${PROJECTS}`]: () => jsonResponse(projectFixture({ id: "p-new" }), 201),
    });
    const { router } = renderPage();
    const user = userEvent.setup({ delay: null });
    await fillRequiredFields(user);
    await user.type(screen.getByLabelText(/^Lien data.gouv.fr/), "donnees-hospitalieres-relatives-a-lepidemie-de-covid-19");
    await user.click(screen.getByRole("button", { name: "Vérifier" }));
    await user.click(await screen.findByRole("button", { name: "Ajouter au projet" }));
    expect(await screen.findByText("Données hospitalières relatives à l'épidémie de COVID-19 est ajouté au projet.")).toBeInTheDocument();
    expect(screen.getByLabelText(/^Lien data.gouv.fr/)).toHaveValue("");
    await user.click(screen.getByLabelText(/J'atteste/));

    await user.click(screen.getByRole("button", { name: "Proposer le projet" }));

    await waitFor(() => expect(router.state.location.pathname).toBe("/projets/p-new"));
    expect((await api.requestsTo("POST", PROJECTS)[0].json()).datasets).toEqual([
      { reference: "donnees-hospitalieres-relatives-a-lepidemie-de-covid-19" },
    ]);
  });

  it("shows the server's refusals on their fields", async () => {
    mockApi({
      ...REFERENTIAL_ROUTES,
      [`POST ${PROJECTS}`]: () =>
        problemResponse({
          status: 400,
          detail: "Certains champs sont invalides.",
          errors: [
            { field: "create.body.repositoryUrl", message: "L'adresse doit commencer par https://." },
            { field: "skillsSought[0].level", message: "Le niveau va de 1 à 4." },
            { field: "somethingElse", message: "Un autre problème." },
          ],
        }),
    });
    renderPage();
    const user = userEvent.setup({ delay: null });
    await fillRequiredFields(user);
    await user.click(screen.getByLabelText(/J'atteste/));

    await user.click(screen.getByRole("button", { name: "Proposer le projet" }));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Certains champs sont invalides.");
    expect(alert).toHaveTextContent("Un autre problème.");
    expect(screen.getByText("L'adresse doit commencer par https://.")).toBeInTheDocument();
    expect(screen.getByText("Le niveau va de 1 à 4.")).toBeInTheDocument();
  });

  it("refuses an http repository address before sending", async () => {
    const api = mockApi({ ...REFERENTIAL_ROUTES });
    renderPage();
    const user = userEvent.setup({ delay: null });
    await fillRequiredFields(user);
    await user.type(screen.getByLabelText(/^Dépôt de code/), "http://example.org/depot");
    await user.click(screen.getByLabelText(/J'atteste/));

    await user.click(screen.getByRole("button", { name: "Proposer le projet" }));

    expect(await screen.findByText("L'adresse du dépôt doit commencer par https://.")).toBeInTheDocument();
    expect(api.requestsTo("POST", PROJECTS)).toHaveLength(0);
  });

  it("asks before leaving with unsaved changes", async () => {
    mockApi({ ...REFERENTIAL_ROUTES });
    const { router } = renderPage();
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByLabelText(/^Titre/), "Un début");

    await user.click(screen.getByRole("button", { name: "Annuler" }));

    expect(await screen.findByText("Quitter sans enregistrer ?")).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/projets/nouveau");
    await user.click(screen.getByRole("button", { name: "Quitter sans enregistrer" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/projets"));
  });
});
