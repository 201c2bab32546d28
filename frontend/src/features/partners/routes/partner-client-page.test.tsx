import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi, problemResponse } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { ADMIN_SESSION, agricultureIntranet, CLIENT_ID, usageOf } from "../test/partner-fixtures";
import { PartnerClientPage } from "./partner-client-page";

const CLIENT = `/api/v1/partner-clients/${CLIENT_ID}`;

function clientRoutes(client = { current: agricultureIntranet }) {
  return {
    [`GET ${CLIENT}`]: () => jsonResponse(client.current),
    [`GET ${CLIENT}/usage`]: () =>
      jsonResponse(
        usageOf([
          { day: "2026-11-29", calls: 40, errors: 2, throttled: 0 },
          { day: "2026-11-30", calls: 0, errors: 0, throttled: 0 },
          { day: "2026-12-01", calls: 125, errors: 5, throttled: 5 },
        ]),
      ),
    [`GET ${CLIENT}/webhooks`]: () => jsonResponse({ endpoints: [], recentDeliveries: [] }),
    [`GET ${CLIENT}/changes`]: () =>
      jsonResponse({
        items: [
          {
            kind: "UPDATED",
            changedBy: "m-admin",
            changedByName: "Alex Admin",
            changedAt: "2026-12-01T09:00:00Z",
            fields: ["scopes", "rateLimitPerMinute"],
          },
          { kind: "CREATED", changedBy: "m-admin", changedByName: "Alex Admin", changedAt: "2026-11-30T10:00:00Z", fields: [] },
        ],
        page: 0,
        size: 20,
        total: 2,
      }),
  };
}

const renderPage = () =>
  renderWithProviders(<PartnerClientPage />, { url: `/admin/partenaires/${CLIENT_ID}`, path: "/admin/partenaires/:id" });

describe("a partner client's page", () => {
  it("shows the client without its secret, its usage as a table and its history", async () => {
    startSession(ADMIN_SESSION);
    mockApi(clientRoutes());
    renderPage();

    expect(await screen.findByRole("heading", { level: 1, name: "Intranet de l'Agriculture" })).toBeInTheDocument();
    expect(screen.getByText(/Lire les événements et leurs calendriers/)).toBeInTheDocument();
    expect(screen.getByText("120 appels par minute")).toBeInTheDocument();
    expect(screen.queryByText("Ce secret ne sera plus affiché")).not.toBeInTheDocument();

    const usage = await screen.findByRole("table", { name: "Appels par jour, du plus récent au plus ancien" });
    const rows = within(usage).getAllByRole("row");
    // The days without a call are left out; the most recent comes first.
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent("1 décembre 2026");
    expect(rows[1]).toHaveTextContent("125");
    expect(screen.getByText(/Sur 30 jours : 165 appels, 7 erreurs, 5 refus/)).toBeInTheDocument();

    const history = await screen.findByRole("table", { name: "Historique des changements" });
    expect(within(history).getByText("Client modifié : portées, limite d'appels")).toBeInTheDocument();
    expect(within(history).getByText("Client enregistré")).toBeInTheDocument();
  });

  it("rotates the secret after a confirmation and shows the new one once, with the end of the grace period", async () => {
    startSession(ADMIN_SESSION);
    const api = mockApi({
      ...clientRoutes(),
      [`POST ${CLIENT}/secret/rotate`]: () =>
        jsonResponse({ clientId: CLIENT_ID, clientSecret: "sps_nouveau-secret", previousSecretValidUntil: "2026-12-03T10:00:00Z" }),
    });
    renderPage();
    const user = userEvent.setup({ delay: null });

    await user.click(await screen.findByRole("button", { name: "Renouveler le secret" }));
    const dialog = screen.getByRole("dialog", { name: "Renouveler le secret de « Intranet de l'Agriculture » ?" });
    expect(api.requestsTo("POST", `${CLIENT}/secret/rotate`)).toHaveLength(0);
    await user.click(within(dialog).getByRole("button", { name: "Renouveler le secret" }));

    expect(await screen.findByText("sps_nouveau-secret")).toBeInTheDocument();
    expect(screen.getByText("Ce secret ne sera plus affiché")).toBeInTheDocument();
    expect(screen.getByText(/L'ancien secret reste accepté jusqu'au 3 décembre 2026/)).toBeInTheDocument();
    expect(api.requestsTo("POST", `${CLIENT}/secret/rotate`)).toHaveLength(1);
  });

  it("revokes the client after a confirmation, and then offers no more actions", async () => {
    startSession(ADMIN_SESSION);
    const client = { current: agricultureIntranet };
    mockApi({
      ...clientRoutes(client),
      [`POST ${CLIENT}/revoke`]: () => {
        client.current = { ...agricultureIntranet, status: "REVOKED", revokedAt: "2026-12-02T08:00:00Z" };
        return jsonResponse(client.current);
      },
    });
    renderPage();
    const user = userEvent.setup({ delay: null });

    await user.click(await screen.findByRole("button", { name: "Révoquer" }));
    const dialog = screen.getByRole("dialog", { name: "Révoquer « Intranet de l'Agriculture » ?" });
    expect(within(dialog).getByText(/C'est définitif/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Révoquer le client" }));

    expect(await screen.findByText("« Intranet de l'Agriculture » est révoqué : ses jetons sont refusés.")).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText("Révoqué")).toBeInTheDocument());
    expect(screen.queryByRole("button", { name: "Renouveler le secret" })).not.toBeInTheDocument();
  });

  it("shows the not-found page when the client does not exist", async () => {
    startSession(ADMIN_SESSION);
    mockApi({
      ...clientRoutes(),
      [`GET ${CLIENT}`]: () => problemResponse({ status: 404, detail: "Client partenaire inconnu." }),
    });
    renderPage();

    expect(await screen.findByRole("heading", { level: 1, name: "Page non trouvée" })).toBeInTheDocument();
    expect(screen.queryByText("Client partenaire inconnu.")).not.toBeInTheDocument();
  });

  it("keeps the server's explanation, in French, when the client fails to load for another reason", async () => {
    startSession(ADMIN_SESSION);
    mockApi({
      ...clientRoutes(),
      [`GET ${CLIENT}`]: () => problemResponse({ status: 500, detail: "Erreur interne." }),
    });
    renderPage();

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Le client n'a pas pu être chargé");
    expect(alert).toHaveTextContent("Erreur interne.");
  });
});
