import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { ADMIN_SESSION, agricultureIntranet, CLIENT_ID, usageOf } from "../test/partner-fixtures";
import { utcToday } from "../utils/usage";
import { PartnerClientsPage } from "./partner-clients-page";

const LIST = "/api/v1/partner-clients";

describe("the administrators' list of partner clients", () => {
  it("is closed to an animateur, and asks the API nothing", async () => {
    startSession({ ...ADMIN_SESSION, memberId: "m-nadia", roles: ["member", "animateur"] });
    const api = mockApi({});
    renderWithProviders(<PartnerClientsPage />);
    expect(await screen.findByText("Cette page est réservée aux administrateurs.")).toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
  });

  it("says what to do when no client is registered", async () => {
    startSession(ADMIN_SESSION);
    mockApi({ [`GET ${LIST}`]: () => jsonResponse({ items: [], page: 0, size: 20, total: 0 }) });
    renderWithProviders(<PartnerClientsPage />);
    expect(await screen.findByText(/Aucun client partenaire n'est enregistré/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Enregistrer un client" })).toHaveAttribute("href", "/admin/partenaires/nouveau");
  });

  it("lists each client with its organisation, scopes, state and today's calls", async () => {
    startSession(ADMIN_SESSION);
    const revoked = { ...agricultureIntranet, id: "c-revoked", name: "Ancien LMS", status: "REVOKED" as const, scopes: ["stats:read"] };
    mockApi({
      [`GET ${LIST}`]: () => jsonResponse({ items: [agricultureIntranet, revoked], page: 0, size: 20, total: 2 }),
      [`GET ${LIST}/${CLIENT_ID}/usage`]: () => jsonResponse(usageOf([{ day: utcToday(), calls: 1234, errors: 3, throttled: 1 }])),
      [`GET ${LIST}/c-revoked/usage`]: () => jsonResponse(usageOf([])),
    });
    renderWithProviders(<PartnerClientsPage />);

    const table = await screen.findByRole("table", { name: "2 clients partenaires" });
    const rows = within(table).getAllByRole("row");
    expect(within(rows[1]).getByRole("link", { name: "Intranet de l'Agriculture" })).toHaveAttribute(
      "href",
      `/admin/partenaires/${CLIENT_ID}`,
    );
    expect(within(rows[1]).getByText("events:read")).toBeInTheDocument();
    expect(within(rows[1]).getByText("Actif")).toBeInTheDocument();
    expect(await within(rows[1]).findByText(/^1\s234$/)).toBeInTheDocument();
    expect(within(rows[2]).getByText("Révoqué")).toBeInTheDocument();
    expect(await within(rows[2]).findByText("0")).toBeInTheDocument();
  });
});
