import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { MyProfile } from "../../../lib/api/types";
import { jsonResponse, mockApi, problemResponse, REFERENTIAL_ROUTES, type ApiRoutes } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { MyProfilePage } from "../routes/my-profile-page";

const ME = "/api/v1/me";
const SUGGESTION = "/api/v1/me/organization-suggestion";
const insee = { id: "org-insee", name: "Institut national de la statistique", acronym: "Insee" };

const lea: MyProfile = {
  id: "m-lea",
  email: "lea.moreau@insee.fr",
  firstName: "Léa",
  lastName: "Moreau",
  displayName: "Léa Moreau",
  roles: ["member"],
  skills: [],
  learningSkills: [],
  wantsMentor: false,
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

const question = "ProConnect indique votre établissement : Institut national de la statistique (Insee) ?";

describe("the organisation ProConnect suggests, on my profile", () => {
  it("chooses the suggested organisation in one click", async () => {
    const { api, user } = renderPage({
      [`GET ${SUGGESTION}`]: () => jsonResponse({ organization: insee }),
      [`PATCH ${ME}`]: () => jsonResponse({ ...lea, organization: insee }),
    });

    expect(await screen.findByText(question)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Choisir cette organisation" }));

    await waitFor(() => expect(screen.queryByText(question)).not.toBeInTheDocument());
    expect(await api.requestsTo("PATCH", ME)[0].json()).toEqual({ organizationId: "org-insee" });
    expect(screen.getByRole("combobox", { name: "Organisation" })).toHaveValue("org-insee");
  });

  it("can be dismissed", async () => {
    const { api, user } = renderPage({
      [`GET ${SUGGESTION}`]: () => jsonResponse({ organization: insee }),
      [`DELETE ${SUGGESTION}`]: () => new Response(null, { status: 204 }),
    });

    await user.click(await screen.findByRole("button", { name: "Ce n'est pas mon organisation" }));

    await waitFor(() => expect(screen.queryByText(question)).not.toBeInTheDocument());
    expect(api.requestsTo("DELETE", SUGGESTION)).toHaveLength(1);
    expect(api.requestsTo("PATCH", ME)).toHaveLength(0);
  });

  it("says when the choice was not saved", async () => {
    const { user } = renderPage({
      [`GET ${SUGGESTION}`]: () => jsonResponse({ organization: insee }),
      [`PATCH ${ME}`]: () => problemResponse({ status: 422, detail: "Organisation inconnue." }),
    });

    await user.click(await screen.findByRole("button", { name: "Choisir cette organisation" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("Organisation inconnue.");
  });

  it("shows nothing when nothing is known", async () => {
    const { api } = renderPage({ [`GET ${SUGGESTION}`]: () => new Response(null, { status: 204 }) });

    expect(await screen.findByRole("combobox", { name: "Organisation" })).toBeInTheDocument();
    await waitFor(() => expect(api.requestsTo("GET", SUGGESTION)).toHaveLength(1));
    expect(screen.queryByText(/ProConnect indique/)).not.toBeInTheDocument();
  });
});
