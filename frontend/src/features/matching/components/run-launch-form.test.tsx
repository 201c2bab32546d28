import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { jsonResponse, mockApi, problemResponse } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { DEFAULTS, runningRun } from "../test/run-fixtures";
import { RunLaunchForm } from "./run-launch-form";

const RUNS = "/api/v1/matching/runs";

function renderForm(routes = {}) {
  const api = mockApi(routes);
  const view = renderWithProviders(<RunLaunchForm defaults={DEFAULTS} />, {
    url: "/animation/appariements",
    otherRoutes: [{ path: "/animation/appariements/:id", element: <h1>Page de l'appariement</h1> }],
  });
  return { api, ...view, user: userEvent.setup({ delay: null }) };
}

describe("the launch form", () => {
  it("is prefilled with the defaults, and posts the parameters as edited before showing the run", async () => {
    const { api, router, user } = renderForm({ [`POST ${RUNS}`]: () => jsonResponse(runningRun(), 202) });

    expect(screen.getByLabelText(/Mentors candidats par personne/)).toHaveValue(50);
    expect(screen.getByLabelText(/Score minimal d'un binôme/)).toHaveValue(0);
    expect(screen.getByLabelText(/Compétences à développer/)).toHaveValue(50);
    expect(screen.getByLabelText(/Langage commun \(Python ou R\)/)).toHaveValue(15);
    expect(screen.getByLabelText(/Places libres du mentor/)).toHaveValue(10);
    expect(screen.getByLabelText(/Autre ministère/)).toHaveValue(15);
    expect(screen.getByLabelText(/Même région/)).toHaveValue(10);

    await user.clear(screen.getByLabelText(/Score minimal d'un binôme/));
    await user.type(screen.getByLabelText(/Score minimal d'un binôme/), "30");
    await user.clear(screen.getByLabelText(/Même région/));
    await user.type(screen.getByLabelText(/Même région/), "0");
    await user.click(screen.getByRole("button", { name: "Lancer l'appariement" }));

    await waitFor(() => expect(router.state.location.pathname).toBe("/animation/appariements/run-1"));
    expect(await api.requestsTo("POST", RUNS)[0].json()).toEqual({
      candidatesPerMentee: 50,
      minimumScore: 30,
      weights: { skill: 50, language: 15, capacity: 10, otherMinistry: 15, sameRegion: 0 },
    });
  });

  it("says which field is out of range before asking the server", async () => {
    const { api, user } = renderForm();

    await user.clear(screen.getByLabelText(/Compétences à développer/));
    await user.type(screen.getByLabelText(/Compétences à développer/), "0");
    await user.click(screen.getByRole("button", { name: "Lancer l'appariement" }));

    expect(screen.getByLabelText(/Compétences à développer/)).toHaveAccessibleDescription(/Indiquez un nombre entier de 1 à 100\./);
    expect(api.requests).toHaveLength(0);
  });

  it("shows the server's message under the field it names", async () => {
    const message = "Le poids du changement de ministère va de 0 à 100.";
    const { user } = renderForm({
      [`POST ${RUNS}`]: () =>
        problemResponse({
          status: 400,
          title: "Requête invalide",
          detail: "Certains champs sont invalides.",
          errors: [{ field: "weights.otherMinistry", message }],
        }),
    });

    await user.click(screen.getByRole("button", { name: "Lancer l'appariement" }));

    await waitFor(() => expect(screen.getByLabelText(/Autre ministère/)).toHaveAccessibleDescription(new RegExp(message)));
    expect(screen.getByRole("alert")).toHaveTextContent("Certains champs sont invalides.");
    expect(screen.getByRole("alert")).not.toHaveTextContent(message);
  });

  it("names the run still computing when another start is refused, with a way to follow it", async () => {
    const detail = "Un appariement est déjà en cours de calcul : attendez qu'il se termine avant d'en lancer un autre.";
    const { router, user } = renderForm({
      [`POST ${RUNS}`]: () => problemResponse({ status: 409, title: "Conflit avec l'état actuel", detail, runningRunId: "run-7" }),
    });

    await user.click(screen.getByRole("button", { name: "Lancer l'appariement" }));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(detail);
    await user.click(within(alert).getByRole("link", { name: "Suivre l'appariement en cours" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/animation/appariements/run-7"));
  });
});
