import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { paths } from "../../../config/paths";
import { jsonResponse, mockApi, problemResponse } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { RegisterForm } from "./register-form";

const REGISTER = "/api/v1/auth/register";

function renderRegisterForm() {
  return renderWithProviders(<RegisterForm />, {
    url: "/inscription",
    otherRoutes: [{ path: paths.auth.checkYourMail.path, element: <h1>Vérifiez votre messagerie</h1> }],
  });
}

async function fillForm({ email = "ada.lovelace@insee.fr", password = "une phrase de passe solide" } = {}) {
  const user = userEvent.setup({ delay: null });
  await user.type(screen.getByLabelText("Prénom"), "Ada");
  await user.type(screen.getByLabelText("Nom"), "Lovelace");
  await user.type(screen.getByLabelText(/Adresse électronique professionnelle/), email);
  await user.type(screen.getByLabelText("Mot de passe"), password);
  await user.click(screen.getByRole("button", { name: "Créer mon compte" }));
  return user;
}

describe("the register form", () => {
  it("shows what is missing without calling the API", async () => {
    const api = mockApi({});
    renderRegisterForm();

    await userEvent.click(screen.getByRole("button", { name: "Créer mon compte" }));

    expect(screen.getByText("Renseignez votre prénom.")).toBeInTheDocument();
    expect(screen.getByText("Renseignez votre nom.")).toBeInTheDocument();
    expect(screen.getByText("Renseignez votre adresse électronique professionnelle.")).toBeInTheDocument();
    expect(screen.getByText("Le mot de passe ne respecte pas toutes les règles ci-dessous.")).toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
  });

  it("refuses a password that contains the part of the address before @", async () => {
    const api = mockApi({});
    renderRegisterForm();

    await fillForm({ email: "ada.lovelace@insee.fr", password: "xxada.lovelacexx" });

    expect(screen.getByText("Le mot de passe ne respecte pas toutes les règles ci-dessous.")).toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
  });

  it("counts the password in bytes, as the server does: an accented letter counts twice", async () => {
    const accepted = "é".repeat(36); // 72 bytes
    const api = mockApi({ [`POST ${REGISTER}`]: () => jsonResponse({ message: "Courriel envoyé." }, 202) });
    renderRegisterForm();

    expect(screen.getByText("72 octets au plus : les lettres accentuées comptent double")).toBeInTheDocument();
    const user = await fillForm({ password: `${accepted}é` });
    expect(screen.getByText("Le mot de passe ne respecte pas toutes les règles ci-dessous.")).toBeInTheDocument();
    expect(api.requests).toHaveLength(0);

    await user.type(screen.getByLabelText("Mot de passe"), "{Backspace}");
    await user.click(screen.getByRole("button", { name: "Créer mon compte" }));

    expect(await screen.findByRole("heading", { name: "Vérifiez votre messagerie" })).toBeInTheDocument();
    expect(await api.requestsTo("POST", REGISTER)[0].json()).toMatchObject({ password: accepted });
  });

  it("lets a password contain a part before @ shorter than three characters, as the server does", async () => {
    const api = mockApi({ [`POST ${REGISTER}`]: () => jsonResponse({ message: "Courriel envoyé." }, 202) });
    renderRegisterForm();

    await fillForm({ email: "al@insee.fr", password: "analyse spatiale avec sf" });

    expect(await screen.findByRole("heading", { name: "Vérifiez votre messagerie" })).toBeInTheDocument();
    expect(api.requestsTo("POST", REGISTER)).toHaveLength(1);
  });

  it("sends the person's data and then asks them to check their mail", async () => {
    const api = mockApi({
      [`POST ${REGISTER}`]: () => jsonResponse({ message: "Si l'adresse peut être inscrite, un courriel a été envoyé." }, 202),
    });
    renderRegisterForm();

    await fillForm();

    expect(await screen.findByRole("heading", { name: "Vérifiez votre messagerie" })).toBeInTheDocument();
    expect(await api.requestsTo("POST", REGISTER)[0].json()).toEqual({
      firstName: "Ada",
      lastName: "Lovelace",
      email: "ada.lovelace@insee.fr",
      password: "une phrase de passe solide",
    });
  });

  it("shows the detail of a 422 refusal from the API", async () => {
    mockApi({
      [`POST ${REGISTER}`]: () =>
        problemResponse({
          status: 422,
          title: "Unprocessable Entity",
          detail: "Spyrales est réservée aux agents publics : utilisez votre adresse professionnelle.",
        }),
    });
    renderRegisterForm();

    await fillForm({ email: "ada@gmail.com" });

    const summary = await screen.findByTestId("error-summary");
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent("Votre compte n'a pas été créé");
    expect(summary).toHaveTextContent("Spyrales est réservée aux agents publics : utilisez votre adresse professionnelle.");
  });

  it("shows the errors of the values as they are now, not of the address the server refused before", async () => {
    const api = mockApi({
      [`POST ${REGISTER}`]: () =>
        problemResponse({
          status: 422,
          detail: "Spyrales est réservé aux agents publics : inscrivez-vous avec votre adresse professionnelle.",
          errors: [{ field: "email", message: "Ce domaine de messagerie n'est pas celui d'une administration reconnue." }],
        }),
    });
    renderRegisterForm();
    const user = await fillForm({ email: "ada.lovelace@gmail.com" });
    const email = screen.getByLabelText(/Adresse électronique professionnelle/);
    expect(await screen.findByTestId("error-summary")).toHaveFocus();
    expect(email).toHaveAccessibleDescription(/Ce domaine de messagerie n'est pas celui d'une administration reconnue/);

    await user.clear(email);
    await user.type(email, "ada.lovelace@interieur.gouv.fr");
    await user.clear(screen.getByLabelText("Mot de passe"));
    await user.type(screen.getByLabelText("Mot de passe"), "court");
    await user.click(screen.getByRole("button", { name: "Créer mon compte" }));

    const summary = screen.getByTestId("error-summary");
    expect(summary).toHaveFocus();
    expect(summary).not.toHaveTextContent("domaine de messagerie");
    expect(summary).not.toHaveTextContent("agents publics");
    expect(within(summary).getByRole("link", { name: /Mot de passe : Le mot de passe ne respecte pas/ })).toBeInTheDocument();
    expect(screen.queryByText("Ce domaine de messagerie n'est pas celui d'une administration reconnue.")).not.toBeInTheDocument();
    expect(email).not.toHaveAccessibleDescription(/domaine/);
    expect(api.requestsTo("POST", REGISTER)).toHaveLength(1);

    await user.click(within(summary).getByRole("link", { name: /Mot de passe/ }));
    expect(screen.getByLabelText("Mot de passe")).toHaveFocus();
  });

  it("puts the API's field errors under the matching inputs", async () => {
    mockApi({
      [`POST ${REGISTER}`]: () =>
        problemResponse({
          status: 400,
          detail: "Certains champs sont invalides.",
          errors: [{ field: "lastName", message: "Le nom est trop long." }],
        }),
    });
    renderRegisterForm();

    await fillForm();

    expect(await screen.findByText("Le nom est trop long.")).toBeInTheDocument();
    expect(screen.getByLabelText("Nom")).toHaveAccessibleDescription("Le nom est trop long.");
  });
});
