import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { jsonResponse, mockApi, problemResponse, REFERENTIAL_ROUTES } from "../../../../test/mock-api";
import { renderWithProviders } from "../../../../test/render-with-providers";
import type { PathView } from "../api/path-types";
import { pathFixture, stepFixture } from "../test/path-fixtures";
import { PathPage } from "./path-page";

const PATH = "/api/v1/paths/path-python";
const noContent = () => new Response(null, { status: 204 });

/** A server that keeps the path and the caller's follow and ticks. */
function pathServer(initial: PathView, routes = {}) {
  let path = initial;
  const progress = () => {
    const doneSteps = path.steps.filter((step) => step.done).length;
    return { doneSteps, totalSteps: path.steps.length, percent: Math.round((doneSteps * 100) / path.steps.length) };
  };
  const tick = (done: boolean) => (request: Request) => {
    const stepId = new URL(request.url).pathname.split("/").at(-2);
    path = { ...path, steps: path.steps.map((step) => (step.id === stepId ? { ...step, done } : step)) };
    path = { ...path, myProgress: progress() };
    return noContent();
  };
  return mockApi({
    ...REFERENTIAL_ROUTES,
    [`GET ${PATH}`]: () => jsonResponse(path),
    [`POST ${PATH}/follow`]: () => {
      path = { ...path, myProgress: progress(), followerCount: path.followerCount + 1 };
      return noContent();
    },
    [`DELETE ${PATH}/follow`]: () => {
      path = { ...path, myProgress: undefined, followerCount: path.followerCount - 1 };
      return noContent();
    },
    [`PUT ${PATH}/steps/s-2/done`]: tick(true),
    [`DELETE ${PATH}/steps/s-2/done`]: tick(false),
    ...routes,
  });
}

const renderPath = () => renderWithProviders(<PathPage />, { url: "/parcours/path-python", path: "/parcours/:id" });

describe("a learning path", () => {
  it("shows the steps in order with the author's note, the checkpoint and a link to each resource", async () => {
    pathServer(pathFixture());
    renderPath();

    expect(await screen.findByRole("heading", { level: 1, name: "Débuter en Python" })).toBeInTheDocument();
    const steps = within(screen.getByRole("list", { name: "Étapes du parcours" }));
    expect(screen.getAllByRole("heading", { level: 3 }).map((heading) => heading.textContent)).toEqual([
      "Étape 1 : Installer Python et VS Code",
      "Étape 2 : Les bases de Python",
      "Étape 3 : Prise en main de pandas",
    ]);
    expect(steps.getByText("Prenez la version 3.12.")).toBeInTheDocument();
    expect(steps.getByText("Écrivez une fonction qui compte les voyelles.")).toBeInTheDocument();
    expect(screen.getAllByRole("link", { name: /Ouvrir la ressource/ })[0]).toHaveAttribute("href", "https://exemple.fr/ressource-1");
    expect(screen.queryByRole("checkbox")).not.toBeInTheDocument();
  });

  it("follows the path, then ticks a step and the progress bar moves", async () => {
    const api = pathServer(pathFixture());
    const user = userEvent.setup({ delay: null });
    renderPath();

    await user.click(await screen.findByRole("button", { name: "Suivre ce parcours" }));
    expect(await screen.findByText("Ma progression : 0 étape terminée sur 3 (0 %)")).toBeInTheDocument();
    expect(api.requestsTo("POST", `${PATH}/follow`)).toHaveLength(1);

    await user.click(screen.getByRole("checkbox", { name: "J'ai terminé l'étape 2 (Les bases de Python)" }));

    expect(await screen.findByText("Ma progression : 1 étape terminée sur 3 (33 %)")).toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: "J'ai terminé l'étape 2 (Les bases de Python)" })).toBeChecked();
    expect(screen.getByRole("progressbar", { name: "Ma progression : 33 %" })).toBeInTheDocument();
    expect(api.requestsTo("PUT", `${PATH}/steps/s-2/done`)).toHaveLength(1);
  });

  it("unticks a step again when the server refuses, and says why", async () => {
    pathServer(pathFixture({ myProgress: { doneSteps: 0, totalSteps: 3, percent: 0 } }), {
      [`PUT ${PATH}/steps/s-2/done`]: () => problemResponse({ status: 409, detail: "Suivez d'abord ce parcours." }),
    });
    const user = userEvent.setup({ delay: null });
    renderPath();

    await user.click(await screen.findByRole("checkbox", { name: "J'ai terminé l'étape 2 (Les bases de Python)" }));

    expect(await screen.findByText("Suivez d'abord ce parcours.")).toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: "J'ai terminé l'étape 2 (Les bases de Python)" })).not.toBeChecked();
  });

  it("asks before unfollowing, and says that the ticks are kept", async () => {
    const api = pathServer(pathFixture({ myProgress: { doneSteps: 0, totalSteps: 3, percent: 0 } }));
    const user = userEvent.setup({ delay: null });
    renderPath();

    await user.click(await screen.findByRole("button", { name: "Ne plus suivre ce parcours" }));
    const question = screen.getByRole("group", { name: "Ne plus suivre « Débuter en Python » ?" });
    expect(within(question).getByText(/Les étapes cochées sont gardées/)).toBeInTheDocument();
    expect(api.requestsTo("DELETE", `${PATH}/follow`)).toHaveLength(0);

    await user.click(within(question).getByRole("button", { name: "Ne plus suivre" }));

    expect(await screen.findByRole("button", { name: "Suivre ce parcours" })).toBeInTheDocument();
    expect(api.requestsTo("DELETE", `${PATH}/follow`)).toHaveLength(1);
  });

  it("says plainly that a step's resource was withdrawn, without a link to it", async () => {
    const withdrawn = stepFixture(2, "Un vieux tutoriel", {
      resource: { ...stepFixture(2, "Un vieux tutoriel").resource, status: "WITHDRAWN" },
    });
    pathServer(pathFixture({ steps: [stepFixture(1, "Installer Python et VS Code"), withdrawn] }));
    renderPath();

    const step = (await screen.findByRole("heading", { name: "Étape 2 : Un vieux tutoriel" })).closest("li") as HTMLElement;
    expect(within(step).getByText("Ressource retirée")).toBeInTheDocument();
    expect(within(step).getByText(/Cette ressource a été retirée de la bibliothèque/)).toBeInTheDocument();
    expect(within(step).queryByRole("link")).not.toBeInTheDocument();
    expect(screen.getByText("Une étape renvoie à une ressource retirée de la bibliothèque.")).toBeInTheDocument();
  });

  it("offers its author to modify it, and says a draft is not public", async () => {
    pathServer(pathFixture({ status: "DRAFT", canEdit: true }));
    renderPath();

    expect(await screen.findByRole("link", { name: "Modifier le parcours" })).toHaveAttribute("href", "/parcours/path-python/modifier");
    expect(screen.getByText(/Brouillon : seuls son auteur et les animateurs le voient/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Suivre ce parcours" })).not.toBeInTheDocument();
  });

  it("shows the not-found page for a path that does not exist or that the member may not see", async () => {
    mockApi({ ...REFERENTIAL_ROUTES, [`GET ${PATH}`]: () => problemResponse({ status: 404, detail: "Ce parcours n'existe pas." }) });
    renderPath();

    expect(await screen.findByRole("heading", { level: 1, name: "Page non trouvée" })).toBeInTheDocument();
    expect(screen.queryByText("Ce parcours n'existe pas.")).not.toBeInTheDocument();
  });

  it("keeps the server's explanation when the path fails to load for another reason", async () => {
    mockApi({ ...REFERENTIAL_ROUTES, [`GET ${PATH}`]: () => problemResponse({ status: 500, detail: "Erreur interne." }) });
    renderPath();

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Ce parcours n'est pas disponible");
    expect(alert).toHaveTextContent("Erreur interne.");
  });
});
