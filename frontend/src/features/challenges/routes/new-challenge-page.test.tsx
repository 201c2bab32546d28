import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi, problemResponse, type ApiRoutes } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { challengeFixture } from "../test/challenge-fixtures";
import { NewChallengePage } from "./new-challenge-page";

const CHALLENGES = "/api/v1/challenges";

function renderForm(roles: string[], routes: ApiRoutes = {}) {
  startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-karim", roles });
  const api = mockApi(routes);
  const view = renderWithProviders(<NewChallengePage />, {
    url: "/piscine/nouveau",
    otherRoutes: [{ path: "/piscine/:id", element: <h1>Page du défi</h1> }],
  });
  return { api, ...view, user: userEvent.setup({ delay: null }) };
}

/** Puts a value in a field at once, as a paste does: typing long texts key by key is slow. */
async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, value: string) {
  await user.clear(field);
  await user.click(field);
  await user.paste(value);
}

async function fillIn(user: ReturnType<typeof userEvent.setup>, { opensAt, closesAt }: { opensAt: string; closesAt: string }) {
  await fill(user, screen.getByLabelText(/^Titre du défi/), "Les naissances par département");
  await fill(user, screen.getByLabelText(/^Consigne/), "Quel département a vu ses naissances baisser le plus ?");
  await fill(
    user,
    screen.getByLabelText(/^Adresse du jeu de données sur data.gouv.fr/),
    "https://www.data.gouv.fr/fr/datasets/naissances/",
  );
  await user.selectOptions(screen.getByLabelText(/^Niveau suggéré/), "2");
  await user.selectOptions(screen.getByLabelText(/^Langage suggéré/), "R");
  await fill(user, screen.getByLabelText(/^Ouverture/), opensAt);
  await fill(user, screen.getByLabelText(/^Clôture/), closesAt);
}

describe("publishing a challenge", () => {
  it("is reserved to animateurs", () => {
    const { api } = renderForm(["member"]);

    expect(screen.getByText("Cette page est réservée aux animateurs et administrateurs.")).toBeInTheDocument();
    expect(screen.queryByLabelText(/^Titre du défi/)).not.toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
  });

  it("sends the times typed as times of Paris, with their winter offset, and opens the new challenge", async () => {
    const { api, router, user } = renderForm(["member", "animateur"], {
      [`POST ${CHALLENGES}`]: () => jsonResponse(challengeFixture({ id: "c-new" }), 201),
    });

    await fillIn(user, { opensAt: "2026-11-30T09:00", closesAt: "2026-12-06T23:59" });
    await user.click(screen.getByRole("button", { name: "Publier le défi" }));

    expect(await screen.findByRole("heading", { name: "Page du défi" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/piscine/c-new");
    expect(await api.requestsTo("POST", CHALLENGES)[0].json()).toEqual({
      title: "Les naissances par département",
      task: "Quel département a vu ses naissances baisser le plus ?",
      suggestedLevel: 2,
      suggestedLanguage: "R",
      dataset: { reference: "https://www.data.gouv.fr/fr/datasets/naissances/" },
      opensAt: "2026-11-30T09:00:00+01:00",
      closesAt: "2026-12-06T23:59:00+01:00",
    });
  });

  it("declares a dataset from another source, and a summer week with +02:00", async () => {
    const { api, user } = renderForm(["member", "animateur"], {
      [`POST ${CHALLENGES}`]: () => jsonResponse(challengeFixture({ id: "c-new" }), 201),
    });

    await fillIn(user, { opensAt: "2027-07-05T09:00", closesAt: "2027-07-11T23:59" });
    await user.click(screen.getByLabelText("Autre source"));
    await fill(user, screen.getByLabelText(/^Titre du jeu de données/), "Estimations de population");
    await fill(user, screen.getByLabelText(/^Producteur/), "Insee");
    await fill(user, screen.getByLabelText(/^Adresse de sa page/), "https://www.insee.fr/fr/statistiques/1893198");
    await user.selectOptions(screen.getByLabelText(/^Licence ouverte/), "lov2");
    await user.click(screen.getByRole("button", { name: "Publier le défi" }));

    await screen.findByRole("heading", { name: "Page du défi" });
    const sent = await api.requestsTo("POST", CHALLENGES)[0].json();
    expect(sent.dataset).toEqual({
      title: "Estimations de population",
      producer: "Insee",
      url: "https://www.insee.fr/fr/statistiques/1893198",
      licence: "lov2",
    });
    expect([sent.opensAt, sent.closesAt]).toEqual(["2027-07-05T09:00:00+02:00", "2027-07-11T23:59:00+02:00"]);
  });

  it("checks the closing comes after the opening, then shows the server's refusals on their fields", async () => {
    const { api, user } = renderForm(["member", "animateur"], {
      [`POST ${CHALLENGES}`]: () =>
        problemResponse({
          status: 422,
          detail: "Ce jeu de données n'est pas publié sous une licence ouverte.",
          errors: [
            { field: "create.request.dataset.reference", message: "Licence non précisée : le jeu de données est refusé." },
            { field: "create.request.title", message: "Ce titre est déjà pris." },
          ],
        }),
    });

    await fillIn(user, { opensAt: "2026-12-06T09:00", closesAt: "2026-11-30T23:59" });
    await user.click(screen.getByRole("button", { name: "Publier le défi" }));
    expect(screen.getByText("La clôture vient après l'ouverture.")).toBeInTheDocument();
    expect(screen.getByLabelText(/^Clôture/)).toHaveFocus();
    expect(api.requestsTo("POST", CHALLENGES)).toHaveLength(0);

    await fill(user, screen.getByLabelText(/^Clôture/), "2026-12-13T23:59");
    await user.click(screen.getByRole("button", { name: "Publier le défi" }));

    expect(await screen.findByText("Licence non précisée : le jeu de données est refusé.")).toBeInTheDocument();
    expect(screen.getByText("Ce titre est déjà pris.")).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent("Ce jeu de données n'est pas publié sous une licence ouverte.");
    expect(screen.getByRole("alert")).not.toHaveTextContent("Ce titre est déjà pris.");
  });
});
