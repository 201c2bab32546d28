import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { MEMBER_SESSION, mySignIn } from "../test/audit-fixtures";
import { AccountActivitySection } from "./account-activity-section";

const MINE = "/api/v1/me/security-events";

describe("« Activité de mon compte »", () => {
  it("lists my security events with their date, outcome and address, and says what to do about a strange one", async () => {
    startSession(MEMBER_SESSION);
    const success = { ...mySignIn, id: 8, outcome: "SUCCESS" as const, ipAddress: "192.0.2.10", detail: "ProConnect" };
    mockApi({ [`GET ${MINE}`]: () => jsonResponse({ items: [success, mySignIn], page: 0, size: 10, total: 2 }) });
    renderWithProviders(<AccountActivitySection />, { url: "/profil" });

    expect(screen.getByRole("heading", { level: 2, name: "Activité de mon compte" })).toBeInTheDocument();
    const table = await screen.findByRole("table", { name: "Activité récente de mon compte" });
    const rows = within(table).getAllByRole("row");
    expect(within(rows[1]).getByText("Réussite")).toBeInTheDocument();
    expect(within(rows[1]).getByText("ProConnect")).toBeInTheDocument();
    expect(within(rows[2]).getByText("Échec")).toBeInTheDocument();
    expect(within(rows[2]).getByText("203.0.113.7")).toBeInTheDocument();
    expect(within(rows[2]).getByText(/19 novembre 2026/)).toBeInTheDocument();
    expect(screen.getByText(/Vous ne reconnaissez pas une activité/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Changez votre mot de passe" })).toHaveAttribute("href", "/mot-de-passe-oublie");
  });

  it("says when there is nothing yet", async () => {
    startSession(MEMBER_SESSION);
    mockApi({ [`GET ${MINE}`]: () => jsonResponse({ items: [], page: 0, size: 10, total: 0 }) });
    renderWithProviders(<AccountActivitySection />, { url: "/profil" });
    expect(await screen.findByText("Aucune activité enregistrée pour le moment.")).toBeInTheDocument();
  });

  it("pages through older events", async () => {
    startSession(MEMBER_SESSION);
    const api = mockApi({
      [`GET ${MINE}`]: (request) => {
        const page = Number(new URL(request.url).searchParams.get("page"));
        return jsonResponse({ items: [{ ...mySignIn, id: 100 + page, detail: `page ${page}` }], page, size: 10, total: 25 });
      },
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<AccountActivitySection />, { url: "/profil" });
    expect(await screen.findByText("page 0")).toBeInTheDocument();
    await user.click(screen.getByRole("link", { name: "2" }));
    expect(await screen.findByText("page 1")).toBeInTheDocument();
    expect(new URL(api.requestsTo("GET", MINE).at(-1)!.url).searchParams.get("size")).toBe("10");
  });
});
