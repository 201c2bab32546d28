import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import type { MemberProfile } from "../../../lib/api/types";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { MentorshipRequestAction } from "./mentorship-request-action";

const claire: MemberProfile = {
  id: "m-claire",
  displayName: "Claire Fontaine",
  firstName: "Claire",
  lastName: "Fontaine",
  roles: ["member"],
  skills: [],
  learningSkills: [],
  canMentor: true,
  mentorCapacity: 3,
  wantsMentor: false,
};

function myProfile(wantsMentor: boolean) {
  return { id: "m-lea", displayName: "Léa Moreau", wantsMentor, canMentor: false };
}

function renderAction(mentor: MemberProfile) {
  return renderWithProviders(<MentorshipRequestAction mentor={mentor} />, {
    url: `/membres/${mentor.id}`,
    path: "/membres/:id",
    otherRoutes: [
      { path: "/mentorats/:id", element: <h1>Page du mentorat</h1> },
      { path: "/profil", element: <h1>Mon profil</h1> },
    ],
  });
}

describe("asking a member for mentoring", () => {
  beforeEach(() => startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-lea", roles: ["member"] }));

  it("is offered only on the page of another member who mentors", () => {
    mockApi({ "GET /api/v1/me": () => jsonResponse(myProfile(true)) });

    const { unmount } = renderAction({ ...claire, canMentor: false });
    expect(screen.queryByRole("button", { name: /Demander un mentorat/ })).not.toBeInTheDocument();
    unmount();

    startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-claire", roles: ["member"] });
    renderAction(claire);
    expect(screen.queryByRole("button", { name: /Demander un mentorat/ })).not.toBeInTheDocument();
  });

  it("sends the request from a modal, then opens the new pairing with a success message", async () => {
    mockApi({
      "GET /api/v1/me": () => jsonResponse(myProfile(true)),
      "POST /api/v1/mentorships": () => jsonResponse({ id: "p-new", status: "PENDING" }, 201),
    });
    const { router } = renderAction(claire);
    const user = userEvent.setup();

    await user.click(screen.getByRole("button", { name: "Demander un mentorat à Claire Fontaine" }));
    const dialog = await screen.findByRole("dialog", { name: "Demander un mentorat à Claire Fontaine" });
    await user.type(await within(dialog).findByLabelText(/Votre message/), "Bonjour Claire !");
    await user.type(within(dialog).getByLabelText("Objectif 1"), "Publier une étude avec Quarto");
    await user.click(within(dialog).getByRole("button", { name: "Envoyer ma demande" }));

    expect(await screen.findByRole("heading", { name: "Page du mentorat" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/mentorats/p-new");
    expect(router.state.location.state).toEqual({
      flash: "Votre demande de mentorat a été envoyée à Claire Fontaine. Vous serez prévenu·e de sa réponse.",
      flashSeverity: "success",
    });
  });

  it("sends to my profile, instead of the form, when I have not said I want a mentor", async () => {
    const api = mockApi({ "GET /api/v1/me": () => jsonResponse(myProfile(false)) });
    renderAction(claire);
    const user = userEvent.setup();

    await user.click(screen.getByRole("button", { name: "Demander un mentorat à Claire Fontaine" }));
    const dialog = await screen.findByRole("dialog", { name: "Demander un mentorat à Claire Fontaine" });

    expect(await within(dialog).findByText("Indiquez d'abord que vous souhaitez être accompagné·e")).toBeInTheDocument();
    expect(within(dialog).getByRole("link", { name: "Mon profil" })).toHaveAttribute("href", "/profil");
    expect(within(dialog).queryByLabelText(/Votre message/)).not.toBeInTheDocument();
    expect(api.requestsTo("POST", "/api/v1/mentorships")).toHaveLength(0);
  });
});
