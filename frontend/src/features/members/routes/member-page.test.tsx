import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { MemberProfile } from "../../../lib/api/types";
import { jsonResponse, mockApi, problemResponse, REFERENTIAL_ROUTES } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { MemberPage } from "./member-page";

const lea: MemberProfile = {
  id: "m-lea",
  displayName: "Léa Moreau",
  firstName: "Léa",
  lastName: "Moreau",
  roles: ["member"],
  skills: [{ code: "python", name: "Python", level: 1 }],
  learningSkills: [],
  wantsMentor: true,
  canMentor: false,
  mentorCapacity: 0,
  eventsAttended: 0,
};

function renderMember(member: MemberProfile) {
  mockApi({ ...REFERENTIAL_ROUTES, [`GET /api/v1/members/${member.id}`]: () => jsonResponse(member) });
  renderWithProviders(<MemberPage />, { url: `/membres/${member.id}`, path: "/membres/:id" });
}

describe("a member's page", () => {
  it("says which skills the member wants to develop", async () => {
    renderMember({
      ...lea,
      learningSkills: [
        { code: "r", name: "R" },
        { code: "statistiques", name: "Statistiques" },
      ],
    });

    expect(await screen.findByText("Souhaite progresser en : R, Statistiques.")).toBeInTheDocument();
  });

  it("says nothing of it when the member has none", async () => {
    renderMember(lea);

    expect(await screen.findByText("Souhaite être accompagné·e.")).toBeInTheDocument();
    expect(screen.queryByText(/Souhaite progresser en/)).not.toBeInTheDocument();
  });

  it("counts the events the member attended", async () => {
    renderMember({ ...lea, eventsAttended: 3 });

    expect(await screen.findByText("A participé à 3 événements de la communauté.")).toBeInTheDocument();
  });

  it("shows the not-found page for a member who does not exist or cannot be seen", async () => {
    const id = "0b7c6f4e-4a8e-4c47-9d5e-2f1e8e0f5a11";
    mockApi({
      ...REFERENTIAL_ROUTES,
      [`GET /api/v1/members/${id}`]: () => problemResponse({ status: 404, detail: "Ce membre est introuvable." }),
    });
    renderWithProviders(<MemberPage />, { url: `/membres/${id}`, path: "/membres/:id" });

    expect(await screen.findByRole("heading", { level: 1, name: "Page non trouvée" })).toBeInTheDocument();
    expect(screen.queryByText(/Certains champs sont invalides/)).not.toBeInTheDocument();
  });
});
