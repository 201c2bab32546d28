import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { jsonResponse, mockApi, problemResponse, REFERENTIAL_ROUTES } from "../../../../test/mock-api";
import { renderWithProviders } from "../../../../test/render-with-providers";
import { pathFixture } from "../test/path-fixtures";
import { NewPathPage } from "./new-path-page";

const MENTOR = { "GET /api/v1/me": () => jsonResponse({ id: "m-claire", displayName: "Claire Fontaine", canMentor: true }) };

function renderNewPath() {
  return renderWithProviders(<NewPathPage />, {
    url: "/parcours/nouveau",
    otherRoutes: [{ path: "/parcours/:id/modifier", element: <p>Éditeur du parcours</p> }],
  });
}

async function fillIn(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText(/Titre du parcours/), "Débuter en Python");
  await user.type(screen.getByLabelText(/^Objectif/), "Lire un fichier CSV avec pandas.");
  await user.selectOptions(screen.getByLabelText("Niveau visé"), "BEGINNER");
  await user.selectOptions(screen.getByLabelText("Langage"), "PYTHON");
  await user.click(await screen.findByLabelText("Python"));
  await user.type(screen.getByLabelText(/Durée estimée/), "600");
}

describe("creating a learning path", () => {
  it("says what is missing before asking the server", async () => {
    const api = mockApi({ ...REFERENTIAL_ROUTES, ...MENTOR });
    const user = userEvent.setup({ delay: null });
    renderNewPath();

    await user.click(screen.getByRole("button", { name: "Créer le brouillon" }));

    expect(screen.getByText("Donnez un titre d'au moins 3 caractères.")).toBeInTheDocument();
    expect(screen.getByText("Choisissez au moins une compétence.")).toBeInTheDocument();
    expect(api.requestsTo("POST", "/api/v1/paths")).toHaveLength(0);
  });

  it("creates the draft and opens its editor to add the steps", async () => {
    const api = mockApi({
      ...REFERENTIAL_ROUTES,
      ...MENTOR,
      "POST /api/v1/paths": () => jsonResponse(pathFixture({ status: "DRAFT", steps: [], canEdit: true }), 201),
    });
    const user = userEvent.setup({ delay: null });
    renderNewPath();

    await fillIn(user);
    await user.click(screen.getByRole("button", { name: "Créer le brouillon" }));

    expect(await screen.findByText("Éditeur du parcours")).toBeInTheDocument();
    expect(await api.requestsTo("POST", "/api/v1/paths")[0].json()).toEqual({
      title: "Débuter en Python",
      goal: "Lire un fichier CSV avec pandas.",
      level: "BEGINNER",
      programmingLanguage: "PYTHON",
      skills: ["python"],
      estimatedMinutes: 600,
    });
  });

  it("shows the server's refusal to a member who cannot mentor", async () => {
    mockApi({
      ...REFERENTIAL_ROUTES,
      "GET /api/v1/me": () => jsonResponse({ id: "m-lea", displayName: "Léa Moreau", canMentor: false }),
      "POST /api/v1/paths": () => problemResponse({ status: 403, detail: "Les parcours sont écrits par les mentors et les animateurs." }),
    });
    const user = userEvent.setup({ delay: null });
    renderNewPath();

    expect(await screen.findByText(/indiquez dans votre profil que vous pouvez accompagner/)).toBeInTheDocument();
    await fillIn(user);
    await user.click(screen.getByRole("button", { name: "Créer le brouillon" }));
    expect(await screen.findByText("Les parcours sont écrits par les mentors et les animateurs.")).toBeInTheDocument();
  });
});
