import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi, problemResponse } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { ADMIN_SESSION, ANIMATEUR_SESSION, ninaAnimateur, samSuspended } from "../test/animation-fixtures";
import { MembersAdminPage } from "./members-admin-page";

const LIST = "GET /api/v1/animation/members";

describe("the administrators' accounts page", () => {
  it("is closed to an animateur, and asks the API nothing", async () => {
    startSession(ANIMATEUR_SESSION);
    const api = mockApi({});
    renderWithProviders(<MembersAdminPage />);
    expect(await screen.findByText("Cette page est réservée aux administrateurs.")).toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
  });

  it("searches accounts and shows their roles and suspension", async () => {
    startSession(ADMIN_SESSION);
    const api = mockApi({
      [LIST]: (request) => {
        const q = new URL(request.url).searchParams.get("q");
        return jsonResponse(
          q === "personne"
            ? { items: [], page: 0, size: 20, total: 0 }
            : { items: [ninaAnimateur, samSuspended], page: 0, size: 20, total: 2 },
        );
      },
    });
    renderWithProviders(<MembersAdminPage />);
    const table = await screen.findByRole("table", { name: "2 comptes" });
    const rows = within(table).getAllByRole("row");
    expect(within(rows[1]).getByText("Animateur")).toBeInTheDocument();
    expect(within(rows[1]).getByRole("button", { name: "Retirer le rôle d'animateur : Nina Roux" })).toBeInTheDocument();
    expect(within(rows[2]).getByText("Suspendu")).toBeInTheDocument();
    expect(within(rows[2]).getByText(/par Alex Admin : Messages hors charte/)).toBeInTheDocument();
    expect(within(rows[2]).getByRole("button", { name: "Lever la suspension : Sam Durand" })).toBeInTheDocument();

    const user = userEvent.setup();
    await user.type(screen.getByRole("searchbox", { name: "Nom ou adresse e-mail" }), "personne");
    await user.click(screen.getByRole("button", { name: "Rechercher" }));
    expect(await screen.findByText("Aucun compte ne correspond à « personne ».")).toBeInTheDocument();
    expect(api.requestsTo("GET", "/api/v1/animation/members").some((r) => new URL(r.url).searchParams.get("q") === "personne")).toBe(true);
  });

  it("asks a reason and a confirmation before suspending, and tells why a suspension is refused", async () => {
    startSession(ADMIN_SESSION);
    const sent: unknown[] = [];
    mockApi({
      [LIST]: () => jsonResponse({ items: [ninaAnimateur], page: 0, size: 20, total: 1 }),
      "POST /api/v1/animation/members/m-nina/suspend": async (request) => {
        sent.push(await request.json());
        return sent.length === 1
          ? problemResponse({ status: 409, detail: "Ce compte est déjà suspendu." })
          : jsonResponse({
              ...ninaAnimateur,
              suspension: { suspendedAt: "2026-12-02T10:00:00Z", suspendedBy: "Alex Admin", reason: "Abus" },
            });
      },
    });
    renderWithProviders(<MembersAdminPage />);
    const user = userEvent.setup();

    await user.click(await screen.findByRole("button", { name: "Suspendre : Nina Roux" }));
    const dialog = screen.getByRole("dialog", { hidden: true });
    const confirm = within(dialog).getByRole("button", { name: "Confirmer la suspension", hidden: true });
    expect(confirm).toBeDisabled();
    expect(sent).toHaveLength(0);

    await user.type(within(dialog).getByLabelText(/Motif/), "Messages répétés hors charte");
    await user.click(confirm);
    expect(await within(dialog).findByText("Ce compte est déjà suspendu.")).toBeInTheDocument();
    expect(sent).toEqual([{ reason: "Messages répétés hors charte" }]);

    await user.click(confirm);
    const done = await screen.findByText("Le compte de Nina Roux est suspendu : il est déconnecté partout.");
    // The « Suspendre » button that opened the modal is gone: focus goes to what happened instead of the page's top.
    expect(document.activeElement).toContainElement(done);
  });
});
