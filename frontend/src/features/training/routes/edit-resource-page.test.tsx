import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi, problemResponse, REFERENTIAL_ROUTES } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { resourceFixture } from "../test/resource-fixtures";
import { EditResourcePage } from "./edit-resource-page";

const RESOURCE = "/api/v1/resources/r-utilitr";

function renderPage() {
  startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-lea", roles: ["member"] });
  return renderWithProviders(<EditResourcePage />, { url: "/ressources/r-utilitr/modifier", path: "/ressources/:id/modifier" });
}

describe("editing a resource", () => {
  it("tells a member who may not edit a published resource why", async () => {
    mockApi({ ...REFERENTIAL_ROUTES, [`GET ${RESOURCE}`]: () => jsonResponse(resourceFixture({ canEdit: false })) });

    renderPage();

    expect(await screen.findByText("Vous ne pouvez pas modifier cette ressource")).toBeInTheDocument();
    expect(
      screen.getByRole("heading", { level: 1, name: "Modifier « utilitR : la documentation collaborative de R »" }),
    ).toBeInTheDocument();
  });

  it("shows the not-found page for a resource that does not exist or that the member may not see", async () => {
    mockApi({ ...REFERENTIAL_ROUTES, [`GET ${RESOURCE}`]: () => problemResponse({ status: 404, detail: "Ressource introuvable." }) });

    renderPage();

    expect(await screen.findByRole("heading", { level: 1, name: "Page non trouvée" })).toBeInTheDocument();
    expect(screen.queryByText("Ressource introuvable.")).not.toBeInTheDocument();
  });
});
