import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { jsonResponse, mockApi, problemResponse } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { ProConnectMailedLinkPage } from "./proconnect-mailed-link-page";

const CONFIRM = "/api/v1/auth/proconnect/link/mail/confirm";
const session = { accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-1", roles: ["member"] };

function renderMailedLinkPage(url = "/connexion/proconnect/confirmer?token=jeton-du-courriel") {
  return renderWithProviders(<ProConnectMailedLinkPage />, {
    url,
    path: "/connexion/proconnect/confirmer",
    otherRoutes: [{ path: "/", element: <h1>Mon espace</h1> }],
  });
}

async function clickLink() {
  await userEvent.setup({ delay: null }).click(await screen.findByRole("button", { name: "Lier mon compte et me connecter" }));
}

describe("the page of the mailed ProConnect link", () => {
  it("links the account on a click and opens « Mon espace », like any sign-in", async () => {
    const api = mockApi({ [`POST ${CONFIRM}`]: () => jsonResponse(session) });
    const { router } = renderMailedLinkPage();

    expect(api.requestsTo("POST", CONFIRM)).toHaveLength(0);
    await clickLink();

    expect(await screen.findByRole("heading", { level: 1, name: "Mon espace" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/");
    expect(await api.requestsTo("POST", CONFIRM)[0].json()).toEqual({ token: "jeton-du-courriel", useCookie: true });
  });

  it("says when the link has already served", async () => {
    mockApi({
      [`POST ${CONFIRM}`]: () =>
        problemResponse({
          status: 400,
          detail: "Ce lien a déjà servi, ou un lien plus récent l'a remplacé.",
        }),
    });
    renderMailedLinkPage();

    await clickLink();

    expect(await screen.findByRole("alert")).toHaveTextContent("Ce lien a déjà servi");
    expect(screen.getByRole("link", { name: "Revenir à la page de connexion" })).toBeInTheDocument();
  });

  it("says when the identity belongs to another account", async () => {
    mockApi({
      [`POST ${CONFIRM}`]: () =>
        problemResponse({ status: 409, detail: "Cette identité ProConnect est déjà liée à un autre compte Spyrales." }),
    });
    renderMailedLinkPage();

    await clickLink();

    expect(await screen.findByRole("alert")).toHaveTextContent("déjà liée à un autre compte");
  });

  it("explains a link without its token", async () => {
    mockApi({});
    renderMailedLinkPage("/connexion/proconnect/confirmer");

    expect(await screen.findByRole("alert")).toHaveTextContent("Ce lien ne contient pas de code de liaison.");
    expect(screen.queryByRole("button", { name: "Lier mon compte et me connecter" })).not.toBeInTheDocument();
  });
});
