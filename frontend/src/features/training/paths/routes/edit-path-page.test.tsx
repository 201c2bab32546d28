import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { jsonResponse, mockApi, problemResponse, REFERENTIAL_ROUTES } from "../../../../test/mock-api";
import { renderWithProviders } from "../../../../test/render-with-providers";
import type { PathStep, PathView } from "../api/path-types";
import { pathFixture, resourceFixture, stepFixture } from "../test/path-fixtures";
import { EditPathPage } from "./edit-path-page";

const PATH = "/api/v1/paths/path-python";

/** A server that keeps the draft's steps and renumbers them as the real one does. */
function editorServer(initial: PathView, routes = {}) {
  let steps = initial.steps;
  const path = () => ({ ...initial, steps, stepCount: steps.length });
  const renumber = (list: PathStep[]) => list.map((step, index) => ({ ...step, position: index + 1 }));
  return mockApi({
    ...REFERENTIAL_ROUTES,
    [`GET ${PATH}`]: () => jsonResponse(path()),
    [`PATCH ${PATH}/steps/s-1`]: async (request) => {
      const { position } = (await request.json()) as { position: number };
      const moved = steps.find((step) => step.id === "s-1") as PathStep;
      const others = steps.filter((step) => step.id !== "s-1");
      steps = renumber([...others.slice(0, position - 1), moved, ...others.slice(position - 1)]);
      return jsonResponse(steps.find((step) => step.id === "s-1"));
    },
    "GET /api/v1/resources": () =>
      jsonResponse({
        items: [resourceFixture(), resourceFixture({ id: "r-1", title: "Installer Python et VS Code" })],
        page: 0,
        size: 8,
        total: 2,
      }),
    [`POST ${PATH}/steps`]: async (request) => {
      const body = (await request.json()) as { resourceId: string };
      const added = stepFixture(steps.length + 1, "Prise en main de pandas", { id: "s-new" });
      steps = [...steps, { ...added, resource: { ...added.resource, id: body.resourceId } }];
      return jsonResponse(added, 201);
    },
    ...routes,
  });
}

const draft = () =>
  pathFixture({
    status: "DRAFT",
    canEdit: true,
    steps: [stepFixture(1, "Installer Python et VS Code"), stepFixture(2, "Les bases de Python")],
  });

const renderEditor = () =>
  renderWithProviders(<EditPathPage />, {
    url: "/parcours/path-python/modifier",
    path: "/parcours/:id/modifier",
    otherRoutes: [
      { path: "/parcours/:id", element: <p>Page du parcours</p> },
      { path: "/parcours/mes-parcours", element: <p>Mes parcours</p> },
    ],
  });

const stepTitles = () =>
  within(screen.getByRole("list", { name: "Étapes du parcours" }))
    .getAllByRole("heading")
    .map((h) => h.textContent);

describe("the path editor", () => {
  it("moves a step down with its button, announces it and keeps the focus on the step's controls", async () => {
    const api = editorServer(draft());
    const user = userEvent.setup({ delay: null });
    renderEditor();

    const first = await screen.findByRole("button", { name: "Descendre l'étape 1 (Installer Python et VS Code)" });
    expect(screen.getByRole("button", { name: "Monter l'étape 1 (Installer Python et VS Code)" })).toBeDisabled();
    await user.click(first);

    await waitFor(() => expect(stepTitles()).toEqual(["Étape 1 : Les bases de Python", "Étape 2 : Installer Python et VS Code"]));
    expect(await api.requestsTo("PATCH", `${PATH}/steps/s-1`)[0].json()).toEqual({ position: 2 });
    expect(screen.getByText("« Installer Python et VS Code » est maintenant l'étape 2 sur 2.")).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("button", { name: "Monter l'étape 2 (Installer Python et VS Code)" })).toHaveFocus());
  });

  it("moves a step by choosing its position in a list", async () => {
    const api = editorServer(draft());
    const user = userEvent.setup({ delay: null });
    renderEditor();

    await user.selectOptions(await screen.findByRole("combobox", { name: "Position de l'étape 1 (Installer Python et VS Code)" }), "2");

    await waitFor(() => expect(stepTitles()[1]).toBe("Étape 2 : Installer Python et VS Code"));
    expect(await api.requestsTo("PATCH", `${PATH}/steps/s-1`)[0].json()).toEqual({ position: 2 });
  });

  it("adds a step found among the published resources, with the author's note", async () => {
    const api = editorServer(draft());
    const user = userEvent.setup({ delay: null });
    renderEditor();

    await user.type(await screen.findByLabelText(/Chercher une ressource publiée/), "pandas");
    await user.click(screen.getByRole("button", { name: "Chercher" }));
    expect(await screen.findByRole("radio", { name: /Installer Python et VS Code/ })).toBeDisabled();
    await user.click(screen.getByRole("radio", { name: /Prise en main de pandas/ }));
    await user.type(screen.getAllByLabelText(/Conseil de l'auteur/).at(-1) as HTMLElement, "Lisez les 3 premiers chapitres.");
    await user.click(screen.getByRole("button", { name: "Ajouter l'étape" }));

    expect(await screen.findByText("« Prise en main de pandas » est ajoutée à la fin du parcours.")).toBeInTheDocument();
    expect(await api.requestsTo("POST", `${PATH}/steps`)[0].json()).toEqual({
      resourceId: "r-pandas",
      note: "Lisez les 3 premiers chapitres.",
    });
    expect(new URL(api.requestsTo("GET", "/api/v1/resources")[0].url).searchParams.get("q")).toBe("pandas");
    await waitFor(() => expect(stepTitles()).toHaveLength(3));
  });

  it("takes a step out only after a confirmation, then gives the focus to the list", async () => {
    const api = editorServer(draft(), {
      [`DELETE ${PATH}/steps/s-2`]: () => new Response(null, { status: 204 }),
    });
    const user = userEvent.setup({ delay: null });
    renderEditor();

    await user.click(await screen.findByRole("button", { name: "Retirer l'étape 2 (Les bases de Python)" }));
    const question = screen.getByRole("group", { name: "Retirer l'étape 2 (Les bases de Python) ?" });
    expect(api.requestsTo("DELETE", `${PATH}/steps/s-2`)).toHaveLength(0);
    await user.click(within(question).getByRole("button", { name: "Retirer l'étape" }));

    await waitFor(() => expect(api.requestsTo("DELETE", `${PATH}/steps/s-2`)).toHaveLength(1));
    expect(await screen.findByText("L'étape 2 (Les bases de Python) est retirée du parcours.")).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "Étapes du parcours" })).toHaveFocus();
  });

  it("shows why the server refuses to publish, naming the step", async () => {
    editorServer(draft(), {
      [`POST ${PATH}/publish`]: () =>
        problemResponse({ status: 422, detail: "L'étape 2 « Les bases de Python » renvoie à une ressource qui n'est pas publiée." }),
    });
    const user = userEvent.setup({ delay: null });
    renderEditor();

    await user.click(await screen.findByRole("button", { name: "Publier le parcours" }));

    expect(await screen.findByText("L'étape 2 « Les bases de Python » renvoie à une ressource qui n'est pas publiée.")).toBeInTheDocument();
  });

  it("deletes a draft only after a confirmation", async () => {
    const api = editorServer(draft(), { [`DELETE ${PATH}`]: () => new Response(null, { status: 204 }) });
    const user = userEvent.setup({ delay: null });
    renderEditor();

    await user.click(await screen.findByRole("button", { name: "Supprimer le brouillon" }));
    const question = screen.getByRole("group", { name: "Supprimer le brouillon « Débuter en Python » ?" });
    expect(api.requestsTo("DELETE", PATH)).toHaveLength(0);
    await user.click(within(question).getByRole("button", { name: "Supprimer le brouillon" }));

    expect(await screen.findByText("Mes parcours")).toBeInTheDocument();
    expect(api.requestsTo("DELETE", PATH)).toHaveLength(1);
  });

  it("archives a published path, saying that its followers keep their progress", async () => {
    editorServer({ ...draft(), status: "PUBLISHED" });
    const user = userEvent.setup({ delay: null });
    renderEditor();

    await user.click(await screen.findByRole("button", { name: "Archiver le parcours" }));
    expect(screen.getByText(/Les membres qui le suivent gardent leur progression/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Publier le parcours" })).not.toBeInTheDocument();
  });

  it("shows the not-found page for a path that does not exist or that the member may not see", async () => {
    mockApi({ ...REFERENTIAL_ROUTES, [`GET ${PATH}`]: () => problemResponse({ status: 404, detail: "Ce parcours n'existe pas." }) });

    renderEditor();

    expect(await screen.findByRole("heading", { level: 1, name: "Page non trouvée" })).toBeInTheDocument();
    expect(screen.queryByText("Ce parcours n'existe pas.")).not.toBeInTheDocument();
  });
});
