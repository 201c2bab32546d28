import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi, problemResponse, REFERENTIAL_ROUTES } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { ADMIN_SESSION, agricultureIntranet, CLIENT_ID } from "../test/partner-fixtures";
import { EditPartnerClientPage } from "./edit-partner-client-page";

const CLIENT = `/api/v1/partner-clients/${CLIENT_ID}`;

function renderPage() {
  startSession(ADMIN_SESSION);
  return renderWithProviders(<EditPartnerClientPage />, {
    url: `/admin/partenaires/${CLIENT_ID}/modifier`,
    path: "/admin/partenaires/:id/modifier",
  });
}

describe("editing a partner client", () => {
  it("names the client being edited", async () => {
    mockApi({ ...REFERENTIAL_ROUTES, [`GET ${CLIENT}`]: () => jsonResponse(agricultureIntranet) });

    renderPage();

    expect(await screen.findByRole("heading", { level: 1, name: "Modifier « Intranet de l'Agriculture »" })).toBeInTheDocument();
  });

  it("shows the not-found page when the client does not exist", async () => {
    mockApi({ ...REFERENTIAL_ROUTES, [`GET ${CLIENT}`]: () => problemResponse({ status: 404, detail: "Client partenaire inconnu." }) });

    renderPage();

    expect(await screen.findByRole("heading", { level: 1, name: "Page non trouvée" })).toBeInTheDocument();
    expect(screen.queryByText("Client partenaire inconnu.")).not.toBeInTheDocument();
  });
});
