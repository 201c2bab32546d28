import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { jsonResponse, mockApi, problemResponse } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { ProConnectLinkPage } from "./proconnect-link-page";

const LINK = "/api/v1/auth/proconnect/link";
const session = { accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-1", roles: ["member"] };

function renderLinkPage(url = "/connexion/proconnect/lier#jeton-de-liaison") {
  return renderWithProviders(<ProConnectLinkPage />, {
    url,
    path: "/connexion/proconnect/lier",
    otherRoutes: [{ path: "/", element: <h1>Mon espace</h1> }],
  });
}

async function confirmWith(password: string) {
  const user = userEvent.setup({ delay: null });
  await user.type(await screen.findByLabelText("Mot de passe de votre compte Spyrales"), password);
  await user.click(screen.getByRole("button", { name: "Lier mon compte et me connecter" }));
}

describe("the ProConnect link page", () => {
  it("links the account with its password and opens « Mon espace »", async () => {
    const api = mockApi({ [`POST ${LINK}`]: () => jsonResponse(session) });
    const { router } = renderLinkPage();

    await confirmWith("une phrase de passe solide");

    expect(await screen.findByRole("heading", { level: 1, name: "Mon espace" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/");
    expect(await api.requestsTo("POST", LINK)[0].json()).toEqual({
      token: "jeton-de-liaison",
      password: "une phrase de passe solide",
      useCookie: true,
    });
  });

  it("says when the password is wrong", async () => {
    mockApi({ [`POST ${LINK}`]: () => problemResponse({ status: 401, detail: "Mot de passe incorrect." }) });
    renderLinkPage();

    await confirmWith("pas le bon");

    expect(await screen.findByRole("alert")).toHaveTextContent("Mot de passe incorrect.");
  });

  it("says when the link has expired", async () => {
    mockApi({
      [`POST ${LINK}`]: () =>
        problemResponse({
          status: 400,
          detail: "Cette demande de liaison a expiré ou a déjà servi. Recommencez la connexion avec ProConnect.",
        }),
    });
    renderLinkPage();

    await confirmWith("une phrase de passe solide");

    expect(await screen.findByRole("alert")).toHaveTextContent("Cette demande de liaison a expiré");
  });

  it("explains a link without its token", async () => {
    mockApi({});
    renderLinkPage("/connexion/proconnect/lier");

    expect(await screen.findByRole("alert")).toHaveTextContent("Ce lien est incomplet.");
    expect(screen.queryByRole("button", { name: "Lier mon compte et me connecter" })).not.toBeInTheDocument();
  });
});

describe("the ProConnect link page without the password", () => {
  const MAIL = "/api/v1/auth/proconnect/link/mail";

  it("offers both ways, and mails a link on request", async () => {
    const message = "Un lien vient d'être envoyé à l'adresse e-mail de votre compte Spyrales (celle que ProConnect a transmise).";
    const api = mockApi({ [`POST ${MAIL}`]: () => jsonResponse({ message }, 202) });
    renderLinkPage();

    expect(await screen.findByRole("heading", { level: 2, name: "Avec le mot de passe de votre compte" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "Je n'ai pas (ou plus) mon mot de passe" })).toBeInTheDocument();
    await userEvent.setup({ delay: null }).click(screen.getByRole("button", { name: "Recevoir un lien par courriel" }));

    expect(await screen.findByRole("status")).toHaveTextContent(message);
    expect(await api.requestsTo("POST", MAIL)[0].json()).toEqual({ token: "jeton-de-liaison" });
    expect(screen.getByRole("button", { name: "Renvoyer un lien par courriel" })).toBeInTheDocument();
  });

  it("says when no link could be mailed", async () => {
    mockApi({
      [`POST ${MAIL}`]: () =>
        problemResponse({
          status: 400,
          detail: "Cette demande de liaison a expiré ou a déjà servi. Recommencez la connexion avec ProConnect.",
        }),
    });
    renderLinkPage();

    await userEvent.setup({ delay: null }).click(await screen.findByRole("button", { name: "Recevoir un lien par courriel" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("Le lien n'a pas été envoyé");
    expect(screen.getByRole("alert")).toHaveTextContent("Cette demande de liaison a expiré");
  });
});
