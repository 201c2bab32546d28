import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi, problemResponse, REFERENTIAL_ROUTES } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { projectFixture } from "../test/project-fixtures";
import { EditProjectPage } from "./edit-project-page";

const PROJECT = "/api/v1/projects/p-covid";

function renderPage() {
  startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-karim", roles: ["member"] });
  return renderWithProviders(<EditProjectPage />, { url: "/projets/p-covid/modifier", path: "/projets/:id/modifier" });
}

describe("editing a project", () => {
  it("tells a team member who is not a lead that only the leads edit it", async () => {
    mockApi({ ...REFERENTIAL_ROUTES, [`GET ${PROJECT}`]: () => jsonResponse(projectFixture({ myRole: "MEMBER" })) });

    renderPage();

    expect(await screen.findByText("Seuls les responsables du projet le modifient")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1, name: "Modifier « Suivi de l'épidémie de COVID-19 »" })).toBeInTheDocument();
  });

  it("shows the not-found page for a project that does not exist or that the member may not see", async () => {
    mockApi({ ...REFERENTIAL_ROUTES, [`GET ${PROJECT}`]: () => problemResponse({ status: 404, detail: "Projet introuvable." }) });

    renderPage();

    expect(await screen.findByRole("heading", { level: 1, name: "Page non trouvée" })).toBeInTheDocument();
    expect(screen.queryByText("Projet introuvable.")).not.toBeInTheDocument();
  });
});
