import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi, problemResponse } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { stubDownloads } from "../../../test/stub-downloads";
import { ACTIONS, ADMIN_SESSION, failedLogin, roleGranted, ZOE } from "../test/audit-fixtures";
import { AuditLogPage } from "./audit-log-page";

const EVENTS = "/api/v1/audit-events";
const URL_OF_PAGE = "/admin/journal-audit";

describe("the administrators' audit log", () => {
  it("is closed to an animateur, and asks the API nothing", async () => {
    startSession({ ...ADMIN_SESSION, memberId: "m-nadia", roles: ["member", "animateur"] });
    const api = mockApi({});
    renderWithProviders(<AuditLogPage />, { url: URL_OF_PAGE });
    expect(await screen.findByText("Cette page est réservée aux administrateurs.")).toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
  });

  it("says so when nothing matches the filters", async () => {
    startSession(ADMIN_SESSION);
    mockApi({
      [`GET ${EVENTS}`]: () => jsonResponse({ items: [], page: 0, size: 50, total: 0 }),
      [`GET ${EVENTS}/actions`]: () => jsonResponse(ACTIONS),
    });
    renderWithProviders(<AuditLogPage />, { url: URL_OF_PAGE });
    expect(await screen.findByText("Aucune ligne du journal ne correspond à ces filtres.")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1, name: "Journal d'audit" })).toBeInTheDocument();
  });

  it("lists each event with its action, outcome, author, account and address", async () => {
    startSession(ADMIN_SESSION);
    mockApi({
      [`GET ${EVENTS}`]: () => jsonResponse({ items: [roleGranted, failedLogin], page: 0, size: 50, total: 2 }),
      [`GET ${EVENTS}/actions`]: () => jsonResponse(ACTIONS),
    });
    renderWithProviders(<AuditLogPage />, { url: URL_OF_PAGE });

    const table = await screen.findByRole("table", { name: "2 lignes du journal" });
    const rows = within(table).getAllByRole("row");
    expect(within(rows[1]).getByText("Rôle attribué")).toBeInTheDocument();
    expect(within(rows[1]).getByText("Action privilégiée")).toBeInTheDocument();
    expect(within(rows[1]).getByText("Réussite")).toBeInTheDocument();
    expect(within(rows[1]).getByText("Alex Admin")).toBeInTheDocument();
    expect(within(rows[1]).getByText("Zoé Marchand")).toBeInTheDocument();
    expect(within(rows[2]).getByText("Échec")).toBeInTheDocument();
    expect(within(rows[2]).getByText("Non identifié")).toBeInTheDocument();
    expect(within(rows[2]).getByText("203.0.113.7")).toBeInTheDocument();
  });

  it("sends the filters to the API, pages through the results, and exports what they select", async () => {
    startSession(ADMIN_SESSION);
    const files = stubDownloads();
    const api = mockApi({
      [`GET ${EVENTS}`]: () => jsonResponse({ items: [roleGranted], page: 0, size: 50, total: 120 }),
      [`GET ${EVENTS}/actions`]: () => jsonResponse(ACTIONS),
      [`GET ${EVENTS}/export`]: () =>
        new Response("\uFEFFdate;catégorie;action\r\n19/11/2026 10:00:00;action privilégiée;Rôle attribué\r\n", {
          headers: { "Content-Type": "text/csv" },
        }),
    });
    const user = userEvent.setup({ delay: null });
    const { router } = renderWithProviders(<AuditLogPage />, { url: URL_OF_PAGE });
    await screen.findByRole("table");
    await screen.findByRole("option", { name: "Rôle attribué" });

    await user.selectOptions(screen.getByLabelText("Action"), "ROLE_GRANTED");
    await user.selectOptions(screen.getByLabelText("Résultat"), "SUCCESS");
    await user.type(screen.getByLabelText(/Compte concerné/), ZOE);
    await user.type(screen.getByLabelText(/^Du/), "2026-11-01");
    await user.click(screen.getByRole("button", { name: "Filtrer" }));

    expect(router.state.location.search).toBe(`?from=2026-11-01&action=ROLE_GRANTED&outcome=SUCCESS&subject=${ZOE}`);
    await screen.findByRole("table");
    const last = new URL(api.requestsTo("GET", EVENTS).at(-1)!.url);
    expect(last.searchParams.get("action")).toBe("ROLE_GRANTED");
    expect(last.searchParams.get("outcome")).toBe("SUCCESS");
    expect(last.searchParams.get("subject")).toBe(ZOE);
    expect(last.searchParams.get("from")).toBe("2026-11-01");
    expect(last.searchParams.get("page")).toBe("0");

    // 120 lines, 50 a page: three pages.
    expect(screen.getByRole("link", { name: "3" })).toHaveAttribute("href", expect.stringContaining("page=3"));

    await user.click(screen.getByRole("button", { name: "Exporter (CSV)" }));
    await screen.findByRole("table");
    const exported = new URL(api.requestsTo("GET", `${EVENTS}/export`)[0].url);
    expect(exported.searchParams.get("subject")).toBe(ZOE);
    expect(exported.searchParams.get("page")).toBeNull();
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0].name).toBe("journal-audit.csv");
    expect(await files[0].blob.text()).toContain("Rôle attribué");
  });

  it("shows the API's explanation when a filter is refused", async () => {
    startSession(ADMIN_SESSION);
    mockApi({
      [`GET ${EVENTS}`]: () =>
        problemResponse({
          status: 400,
          detail: "La période demandée n'est pas valide.",
          errors: [{ field: "to", message: "La fin de la période précède son début." }],
        }),
      [`GET ${EVENTS}/actions`]: () => jsonResponse(ACTIONS),
    });
    renderWithProviders(<AuditLogPage />, { url: `${URL_OF_PAGE}?from=2026-11-02&to=2026-11-01` });
    expect(await screen.findByText("Le journal n'a pas pu être chargé")).toBeInTheDocument();
    expect(screen.getByText(/La période demandée n'est pas valide/)).toBeInTheDocument();
  });
});
