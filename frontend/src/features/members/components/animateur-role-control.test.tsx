import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { MemberProfile } from "../../../lib/api/types";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi, REFERENTIAL_ROUTES } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { MemberPage } from "../routes/member-page";

const ROLE = "/api/v1/members/m-lea/roles/animateur";

function lea(roles: string[]): MemberProfile {
  return {
    id: "m-lea",
    displayName: "Léa Moreau",
    firstName: "Léa",
    lastName: "Moreau",
    roles,
    skills: [],
    learningSkills: [],
    wantsMentor: false,
    canMentor: false,
    mentorCapacity: 0,
    eventsAttended: 0,
  };
}

function renderAsAdmin(initialRoles: string[]) {
  let roles = initialRoles;
  startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-admin", roles: ["member", "admin"] });
  const api = mockApi({
    ...REFERENTIAL_ROUTES,
    "GET /api/v1/members/m-lea": () => jsonResponse(lea(roles)),
    [`PUT ${ROLE}`]: () => {
      roles = ["member", "animateur"];
      return new Response(null, { status: 204 });
    },
    [`DELETE ${ROLE}`]: () => {
      roles = ["member"];
      return new Response(null, { status: 204 });
    },
  });
  renderWithProviders(<MemberPage />, { url: "/membres/m-lea", path: "/membres/:id" });
  return { api, user: userEvent.setup({ delay: null }) };
}

describe("the animateur role on a member's page, for an administrator", () => {
  it("asks for confirmation, saying what the role allows, before granting it", async () => {
    const { api, user } = renderAsAdmin(["member"]);

    await user.click(await screen.findByRole("button", { name: "Donner le rôle d'animateur" }));
    const dialog = await screen.findByRole("dialog", { name: "Donner le rôle d'animateur à Léa Moreau ?" });
    expect(within(dialog).getByText(/pourra lancer des appariements/)).toBeInTheDocument();
    expect(api.requestsTo("PUT", ROLE)).toHaveLength(0);

    await user.click(within(dialog).getByRole("button", { name: "Annuler" }));
    expect(api.requestsTo("PUT", ROLE)).toHaveLength(0);

    await user.click(screen.getByRole("button", { name: "Donner le rôle d'animateur" }));
    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Donner le rôle" }));

    await waitFor(() => expect(api.requestsTo("PUT", ROLE)).toHaveLength(1));
    expect(await screen.findByText("Le rôle a été mis à jour.")).toBeInTheDocument();
    expect(await screen.findByRole("button", { name: "Retirer le rôle d'animateur" })).toBeInTheDocument();
  });

  it("asks for confirmation before removing it", async () => {
    const { api, user } = renderAsAdmin(["member", "animateur"]);

    await user.click(await screen.findByRole("button", { name: "Retirer le rôle d'animateur" }));
    const dialog = await screen.findByRole("dialog", { name: "Retirer le rôle d'animateur à Léa Moreau ?" });
    expect(within(dialog).getByText(/ne pourra plus lancer d'appariements/)).toBeInTheDocument();
    expect(api.requestsTo("DELETE", ROLE)).toHaveLength(0);

    await user.click(within(dialog).getByRole("button", { name: "Retirer le rôle" }));

    await waitFor(() => expect(api.requestsTo("DELETE", ROLE)).toHaveLength(1));
    expect(await screen.findByRole("button", { name: "Donner le rôle d'animateur" })).toBeInTheDocument();
  });
});
