import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { mockApi, problemResponse } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { ResetPasswordPage } from "./reset-password-page";

const CONFIRM = "/api/v1/auth/password-reset/confirm";
const TOO_COMMON = "Ce mot de passe fait partie des plus courants : choisissez-en un autre.";

describe("the reset password page", () => {
  it("shows under the field the server's refusal of a common password, which the browser cannot check", async () => {
    const api = mockApi({
      [`POST ${CONFIRM}`]: () =>
        problemResponse({ status: 400, detail: "Certains champs sont invalides.", errors: [{ field: "password", message: TOO_COMMON }] }),
    });
    renderWithProviders(<ResetPasswordPage />, { url: "/reinitialiser-mot-de-passe?token=jeton-recu" });
    const user = userEvent.setup({ delay: null });

    await user.type(screen.getByLabelText("Nouveau mot de passe"), "Azertyuiop2026!");
    await user.click(screen.getByRole("button", { name: "Enregistrer le nouveau mot de passe" }));

    expect(await screen.findAllByText(TOO_COMMON)).not.toHaveLength(0);
    expect(screen.getByLabelText("Nouveau mot de passe")).toHaveAccessibleDescription(expect.stringContaining(TOO_COMMON));
    expect(await api.requestsTo("POST", CONFIRM)[0].json()).toEqual({ token: "jeton-recu", password: "Azertyuiop2026!" });
  });
});
