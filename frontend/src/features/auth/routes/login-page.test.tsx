import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { RequireSession } from "../../../lib/session/require-session";
import { SessionKeeper } from "../../../lib/session/session-keeper";
import { jsonResponse, mockApi, problemResponse } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { LoginPage } from "./login-page";

const LOGIN = "/api/v1/auth/login";
const RESEND = "/api/v1/auth/verify/resend";

const token = { accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-1", roles: ["member"] };

function renderLoginAfterAskingForProfile() {
  return renderWithProviders(
    <>
      <SessionKeeper />
      <RequireSession>
        <h1>Mon profil</h1>
      </RequireSession>
    </>,
    { url: "/profil", otherRoutes: [{ path: "/connexion", element: <LoginPage /> }] },
  );
}

async function signIn(email = "ada@insee.fr", password = "une phrase de passe solide") {
  const user = userEvent.setup({ delay: null });
  await user.type(await screen.findByLabelText("Adresse électronique"), email);
  await user.type(screen.getByLabelText("Mot de passe"), password);
  await user.click(screen.getByRole("button", { name: "Se connecter" }));
  return user;
}

describe("the login page", () => {
  it("takes a signed-out person to the login page, then back to the page they asked for", async () => {
    const api = mockApi({
      "POST /api/v1/auth/refresh": () => problemResponse({ status: 401, detail: "Aucune session à renouveler." }),
      [`POST ${LOGIN}`]: () => jsonResponse(token),
    });
    const { router } = renderLoginAfterAskingForProfile();

    expect(await screen.findByRole("heading", { level: 1, name: "Connexion à Spyrales" })).toBeInTheDocument();
    expect(screen.getByText("Connectez-vous pour accéder à votre profil. Vous y serez conduit·e juste après.")).toBeInTheDocument();
    await signIn();

    expect(await screen.findByRole("heading", { level: 1, name: "Mon profil" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/profil");
    expect(await api.requestsTo("POST", LOGIN)[0].json()).toEqual({
      email: "ada@insee.fr",
      password: "une phrase de passe solide",
      useCookie: true,
    });
  });

  it("lands a member who came to log in on « Mon espace »", async () => {
    mockApi({
      "POST /api/v1/auth/refresh": () => problemResponse({ status: 401, detail: "Aucune session à renouveler." }),
      [`POST ${LOGIN}`]: () => jsonResponse(token),
    });
    const { router } = renderWithProviders(
      <>
        <SessionKeeper />
        <LoginPage />
      </>,
      { url: "/connexion", otherRoutes: [{ path: "/", element: <h1>Mon espace</h1> }] },
    );

    await signIn();

    expect(await screen.findByRole("heading", { level: 1, name: "Mon espace" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/");
  });

  it("offers to send the confirmation link again when the address is not confirmed", async () => {
    const api = mockApi({
      [`POST ${LOGIN}`]: () =>
        problemResponse({
          status: 403,
          type: "urn:spyrales:problem:email-not-verified",
          detail: "Confirmez d'abord votre adresse avec le lien reçu par e-mail.",
        }),
      [`POST ${RESEND}`]: () => jsonResponse({ message: "Un nouveau lien vient d'être envoyé." }, 202),
    });
    renderWithProviders(<LoginPage />, { url: "/connexion" });

    const user = await signIn("ada@insee.fr");
    expect(await screen.findByRole("alert")).toHaveTextContent("Confirmez d'abord votre adresse avec le lien reçu par e-mail.");
    await user.click(screen.getByRole("button", { name: "Renvoyer le lien de confirmation" }));

    expect(await screen.findByText("Un nouveau lien vient d'être envoyé.")).toBeInTheDocument();
    expect(await api.requestsTo("POST", RESEND)[0].json()).toEqual({ email: "ada@insee.fr" });
  });

  it("does not offer the link for wrong credentials", async () => {
    mockApi({ [`POST ${LOGIN}`]: () => problemResponse({ status: 401, detail: "Adresse ou mot de passe incorrect." }) });
    renderWithProviders(<LoginPage />, { url: "/connexion" });

    await signIn();

    expect(await screen.findByRole("alert")).toHaveTextContent("Adresse ou mot de passe incorrect.");
    expect(screen.queryByRole("button", { name: "Renvoyer le lien de confirmation" })).not.toBeInTheDocument();
  });

  it("says when to try again after too many attempts", async () => {
    mockApi({
      [`POST ${LOGIN}`]: () => problemResponse({ status: 429, detail: "Trop de tentatives de connexion." }, { "Retry-After": "90" }),
    });
    renderWithProviders(<LoginPage />, { url: "/connexion" });

    await signIn();

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Trop de tentatives de connexion.");
    expect(alert).toHaveTextContent("Vous pourrez réessayer dans 2 minutes.");
  });
});
