import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { MyProfile } from "../../../lib/api/types";
import { jsonResponse, mockApi, problemResponse, REFERENTIAL_ROUTES, type ApiRoutes } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { MyProfilePage } from "./my-profile-page";

const ME = "/api/v1/me";

const lea: MyProfile = {
  id: "m-lea",
  email: "lea.moreau@justice.gouv.fr",
  firstName: "Léa",
  lastName: "Moreau",
  displayName: "Léa Moreau",
  roles: ["member"],
  skills: [{ code: "python", name: "Python", level: 1 }],
  learningSkills: [{ code: "r", name: "R" }],
  wantsMentor: true,
  canMentor: false,
  mentorCapacity: 0,
  visibility: "COMMUNITY",
  createdAt: "2026-01-05T09:00:00+01:00",
  emailOptOuts: [],
};

function renderPage(routes: ApiRoutes) {
  const api = mockApi({ ...REFERENTIAL_ROUTES, [`GET ${ME}`]: () => jsonResponse(lea), ...routes });
  renderWithProviders(<MyProfilePage />, { url: "/profil" });
  return { api, user: userEvent.setup({ delay: null }) };
}

const learningSkills = () => screen.findByRole("group", { name: /Compétences à développer/ });

describe("the skills to develop, on my profile", () => {
  it("shows those of my profile and saves my choice as learningSkills", async () => {
    const { api, user } = renderPage({
      [`PATCH ${ME}`]: async (request) => {
        const { learningSkills: codes } = (await request.json()) as { learningSkills: string[] };
        return jsonResponse({ ...lea, learningSkills: codes.map((code) => ({ code, name: code.toUpperCase() })) });
      },
    });

    const group = await learningSkills();
    expect(group).toHaveTextContent("Les suggestions de mentors s'appuient sur elles.");
    expect(await within(group).findByLabelText("R")).toBeChecked();
    expect(within(group).getByLabelText("SQL")).not.toBeChecked();

    await user.click(within(group).getByLabelText("SQL"));
    await user.click(within(group).getByLabelText("R"));
    await user.click(screen.getByRole("button", { name: "Enregistrer mon profil" }));

    expect(await screen.findByText("Votre profil a été enregistré.")).toBeInTheDocument();
    const [saved] = api.requestsTo("PATCH", ME);
    expect(await saved.json()).toMatchObject({ learningSkills: ["sql"] });
    expect(within(group).getByLabelText("SQL")).toBeChecked();
  });

  it("lets me choose five at most", async () => {
    const names = ["Python", "R", "SQL", "Statistiques", "Git", "Shiny"];
    const skills = names.map((name) => ({ code: name.toLowerCase(), name, category: "LANGAGE" }));
    const { user } = renderPage({ "GET /api/v1/skills": () => jsonResponse({ items: skills, page: 0, size: 100, total: skills.length }) });
    const group = await learningSkills();
    await within(group).findByLabelText("Shiny");

    for (const name of ["Python", "SQL", "Statistiques", "Git"]) await user.click(within(group).getByLabelText(name));

    expect(within(group).getByLabelText("Shiny")).toBeDisabled();
    expect(within(group).getByText(/Vous avez choisi 5 compétences : retirez-en une/)).toBeInTheDocument();

    await user.click(within(group).getByLabelText("Git"));
    expect(within(group).getByLabelText("Shiny")).toBeEnabled();
  });

  it("shows the server's message beside the field", async () => {
    const message = "Choisissez au plus 5 compétences à développer.";
    renderPage({
      [`PATCH ${ME}`]: () =>
        problemResponse({
          status: 400,
          detail: "Certains champs sont invalides.",
          errors: [{ field: "updateMyProfile.body.learningSkills", message }],
        }),
    });
    const group = await learningSkills();
    await within(group).findByLabelText("R");

    await userEvent.click(screen.getByRole("button", { name: "Enregistrer mon profil" }));

    await waitFor(() => expect(within(group).getByText(message)).toBeInTheDocument());
    const summary = screen.getByTestId("error-summary");
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent("Votre profil n'a pas été enregistré");
    expect(within(summary).getByRole("link", { name: `Compétences à développer : ${message}` })).toBeInTheDocument();
  });
});

describe("the errors of my profile", () => {
  it("checks my name before sending, with the registration form's words, and takes me to the field from a summary at the top", async () => {
    const { api, user } = renderPage({});
    const firstName = await screen.findByLabelText("Prénom");
    await user.clear(firstName);

    await user.click(screen.getByRole("button", { name: "Enregistrer mon profil" }));

    const summary = screen.getByTestId("error-summary");
    expect(summary).toHaveFocus();
    expect(summary.compareDocumentPosition(firstName) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(firstName).toHaveAccessibleDescription("Renseignez votre prénom.");
    expect(api.requestsTo("PATCH", ME)).toHaveLength(0);

    await user.click(within(summary).getByRole("link", { name: "Prénom : Renseignez votre prénom." }));
    expect(firstName).toHaveFocus();

    await user.type(firstName, "Léa");
    expect(firstName).not.toHaveAccessibleDescription("Renseignez votre prénom.");
    expect(screen.queryByTestId("error-summary")).not.toBeInTheDocument();
  });

  it("refuses a Tchap handle of another form, with an example", async () => {
    const { api, user } = renderPage({});
    const handle = await screen.findByLabelText(/Identifiant Tchap/);
    await user.type(handle, "lea.moreau");

    await user.click(screen.getByRole("button", { name: "Enregistrer mon profil" }));

    expect(screen.getByTestId("error-summary")).toHaveFocus();
    expect(handle).toHaveAccessibleDescription(
      expect.stringContaining("par exemple @jean.dupont-interieur.gouv.fr:agent.interieur.tchap.gouv.fr"),
    );
    expect(api.requestsTo("PATCH", ME)).toHaveLength(0);

    await user.clear(handle);
    await user.type(handle, "@lea.moreau-justice.gouv.fr:agent.justice.tchap.gouv.fr");
    await user.click(screen.getByRole("button", { name: "Enregistrer mon profil" }));
    expect(await api.requestsTo("PATCH", ME)[0].json()).toMatchObject({
      tchapHandle: "@lea.moreau-justice.gouv.fr:agent.justice.tchap.gouv.fr",
    });
  });

  it("puts the focus on the summary when the server refuses a field, and links to it", async () => {
    const message =
      "Saisissez votre identifiant Tchap complet, en minuscules, par exemple @jean.dupont-interieur.gouv.fr:agent.interieur.tchap.gouv.fr (dans Tchap : Paramètres › Général).";
    const { user } = renderPage({
      [`PATCH ${ME}`]: () =>
        problemResponse({
          status: 400,
          detail: "Certains champs sont invalides.",
          errors: [{ field: "updateMyProfile.body.tchapHandle", message }],
        }),
    });
    await user.click(await screen.findByRole("button", { name: "Enregistrer mon profil" }));

    const summary = await screen.findByTestId("error-summary");
    await waitFor(() => expect(summary).toHaveFocus());
    await user.click(within(summary).getByRole("link", { name: `Identifiant Tchap : ${message}` }));
    expect(screen.getByLabelText(/Identifiant Tchap/)).toHaveFocus();
    expect(screen.getByLabelText(/Identifiant Tchap/)).toHaveAccessibleDescription(expect.stringContaining(message));
  });
});

describe("the first steps on my profile", () => {
  it("explains each skill level with examples where I choose it", async () => {
    renderPage({});
    await within(await learningSkills()).findByLabelText("SQL");
    const level = screen.getByLabelText("Niveau en Python");
    expect(level).toHaveAccessibleDescription(expect.stringContaining("je n'ai jamais écrit de code R ou Python"));
    expect(level).toHaveAccessibleDescription(expect.stringContaining("faire un graphique simple"));
    expect(screen.getByText(/4 – Expert/, { selector: "strong" })).toBeInTheDocument();
  });

  it("shows how complete my profile is, with a link to each section to fill", async () => {
    renderPage({});
    const completion = await screen.findByRole("region", { name: /Votre profil est complet à 50 %/ });
    expect(within(completion).getByRole("link", { name: "Ajouter votre identifiant Tchap" })).toHaveAttribute("href", "#contact");
    expect(within(completion).getByRole("link", { name: "Renseigner votre poste et votre administration" })).toHaveAttribute(
      "href",
      "#poste",
    );
    expect(within(completion).queryByRole("link", { name: /compétences et votre niveau/ })).not.toBeInTheDocument();
  });

  it("offers to add a skill with a secondary button that does not look like a save", async () => {
    renderPage({});
    const add = await screen.findByRole("button", { name: "Ajouter la compétence" });
    expect(add).toHaveClass("fr-btn--secondary");
    expect(add).toHaveClass("fr-icon-add-line");
    expect(screen.getByRole("button", { name: "Enregistrer mon profil" })).not.toHaveClass("fr-btn--secondary");
  });

  it("asks before leaving with unsaved changes", async () => {
    const api = mockApi({ ...REFERENTIAL_ROUTES, [`GET ${ME}`]: () => jsonResponse(lea) });
    const { router } = renderWithProviders(<MyProfilePage />, {
      url: "/profil",
      otherRoutes: [{ path: "/annuaire", element: <h1>Annuaire</h1> }],
    });
    const user = userEvent.setup({ delay: null });
    await user.type(await screen.findByLabelText(/^Présentation/), "Agente à la préfecture");

    await act(() => router.navigate("/annuaire"));

    expect(await screen.findByText("Quitter sans enregistrer ?")).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/profil");
    expect(api.requestsTo("PATCH", ME)).toHaveLength(0);
  });
});
