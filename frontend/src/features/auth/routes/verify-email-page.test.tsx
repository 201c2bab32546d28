import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { jsonResponse, mockApi, problemResponse } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { VerifyEmailPage } from "./verify-email-page";

const VERIFY = "/api/v1/auth/verify";

function renderPage() {
  renderWithProviders(<VerifyEmailPage />, { url: "/confirmer-adresse?token=jeton-recu" });
}

describe("the e-mail confirmation page", () => {
  it("confirms the address and offers to log in", async () => {
    mockApi({
      [`POST ${VERIFY}`]: () =>
        jsonResponse({ message: "Votre adresse e-mail est confirmée. Vous pouvez vous connecter.", alreadyVerified: false }),
    });
    renderPage();

    expect(await screen.findByRole("heading", { name: "Adresse confirmée" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Se connecter" })).toBeInTheDocument();
  });

  it("opened a second time, says the address is already confirmed and offers to log in, not a new link", async () => {
    mockApi({
      [`POST ${VERIFY}`]: () =>
        jsonResponse({ message: "Votre adresse e-mail est déjà confirmée. Vous pouvez vous connecter.", alreadyVerified: true }),
    });
    renderPage();

    expect(await screen.findByRole("heading", { name: "Adresse déjà confirmée" })).toBeInTheDocument();
    expect(screen.getByText("Votre adresse e-mail est déjà confirmée. Vous pouvez vous connecter.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Se connecter" })).toBeInTheDocument();
    expect(screen.queryByText(/n'a pas été confirmée/)).not.toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Demander un nouveau lien" })).not.toBeInTheDocument();
  });

  it("says when the link is no longer valid and offers a new one", async () => {
    mockApi({
      [`POST ${VERIFY}`]: () =>
        problemResponse({
          status: 400,
          type: "urn:spyrales:problem:invalid-token",
          detail: "Ce lien de confirmation est invalide ou expiré. Demandez-en un nouveau depuis la page de connexion.",
        }),
    });
    renderPage();

    expect(await screen.findByText(/Ce lien de confirmation est invalide ou expiré/)).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Demander un nouveau lien" })).toBeInTheDocument();
  });
});
