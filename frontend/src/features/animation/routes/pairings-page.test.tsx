import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { PairingOverview } from "../../../lib/api/types";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi, REFERENTIAL_ROUTES } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { ANIMATEUR_SESSION } from "../test/animation-fixtures";
import { PairingsPage } from "./pairings-page";

const PAIRINGS = "GET /api/v1/animation/pairings";

function pairing(id: string, status: string, menteeName: string): PairingOverview {
  return {
    id,
    status,
    mentee: { id: `m-${id}`, displayName: menteeName, organization: "Insee" },
    mentor: { id: "m-claire", displayName: "Claire Fontaine", organization: "SSMSI" },
    requestedAt: "2026-09-01T09:00:00Z",
    startedAt: status === "PENDING" ? undefined : "2026-09-03T09:00:00Z",
    sessionCount: 1,
    goalCount: 2,
    goalsDone: 1,
  };
}

describe("the list of all pairings", () => {
  it("offers to close or reassign only the requests and pairings still open, and closes one after its message", async () => {
    startSession(ANIMATEUR_SESSION);
    let closed = false;
    const api = mockApi({
      ...REFERENTIAL_ROUTES,
      [PAIRINGS]: () =>
        jsonResponse({
          items: [pairing("p1", closed ? "CANCELLED" : "ACCEPTED", "Léa Novice"), pairing("p2", "COMPLETED", "Marc Débutant")],
          page: 0,
          size: 20,
          total: 2,
        }),
      "POST /api/v1/animation/pairings/p1/closure": async (request) => {
        closed = true;
        expect(await request.json()).toEqual({ reason: "Mentorat arrêté à la demande des deux." });
        return jsonResponse({ id: "p1", status: "CANCELLED" });
      },
    });
    renderWithProviders(<PairingsPage />, { url: "/animation/mentorats" });
    const user = userEvent.setup();

    const table = await screen.findByRole("table", { name: "2 mentorats" });
    expect(within(table).getByRole("button", { name: "Réattribuer : Léa Novice avec Claire Fontaine" })).toBeInTheDocument();
    expect(within(table).queryByRole("button", { name: /Marc Débutant/ })).not.toBeInTheDocument();

    await user.click(within(table).getByRole("button", { name: "Clore : Léa Novice avec Claire Fontaine" }));
    const dialog = screen.getByRole("dialog", { hidden: true });
    await user.type(within(dialog).getByLabelText(/Message aux deux personnes/), "Mentorat arrêté à la demande des deux.");
    await user.click(within(dialog).getByRole("button", { name: "Clore", hidden: true }));

    expect(
      await screen.findByText("Le mentorat de Léa Novice avec Claire Fontaine est clos : les deux personnes ont reçu votre message."),
    ).toBeInTheDocument();
    expect(await within(table).findByText("Annulé")).toBeInTheDocument();
    expect(within(table).queryByRole("button", { name: /Clore/ })).not.toBeInTheDocument();
    expect(api.requestsTo("POST", "/api/v1/animation/pairings/p1/closure")).toHaveLength(1);
  });
});
