import { screen, waitFor, within } from "@testing-library/react";
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
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("Votre profil n'a pas été enregistré");
    expect(alert).not.toHaveTextContent(message);
  });
});
