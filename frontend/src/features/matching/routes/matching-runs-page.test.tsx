import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { DEFAULTS, doneRun, runningRun } from "../test/run-fixtures";
import { MatchingRunsPage } from "./matching-runs-page";

const RUNS = "/api/v1/matching/runs";

function signIn(roles: string[]) {
  startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-karim", roles });
}

function renderList(runs: unknown[], total = runs.length, url = "/animation/appariements") {
  const api = mockApi({
    "GET /api/v1/matching/defaults": () => jsonResponse(DEFAULTS),
    [`GET ${RUNS}`]: () => jsonResponse({ items: runs, page: 0, size: 20, total }),
  });
  renderWithProviders(<MatchingRunsPage />, { url });
  return api;
}

describe("the runs page", () => {
  it("explains a run, offers to launch one, and lists the past runs with their status and gain", async () => {
    signIn(["member", "animateur"]);
    const confirmed = doneRun({ id: "run-0", status: "CONFIRMED", startedAt: "2026-03-12T09:00:00+01:00" });
    renderList([runningRun({ id: "run-2" }), doneRun(), confirmed, runningRun({ id: "run-3", status: "FAILED", error: "Interrompu." })]);

    expect(screen.getByRole("heading", { level: 1, name: "Appariements" })).toBeInTheDocument();
    expect(screen.getByText(/personne n'est contacté avant votre confirmation/)).toBeInTheDocument();
    expect(await screen.findByLabelText(/Mentors candidats par personne/)).toHaveValue(50);

    const table = await screen.findByRole("table");
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getAllByRole("cell")[2].textContent)).toEqual([
      "Calcul en cours",
      "Prêt à revoir",
      "Confirmé",
      "Échec",
    ]);
    // Intl puts a narrow no-break space before "%".
    const done = within(rows[1])
      .getAllByRole("cell")
      .map((cell) => cell.textContent?.replace(/\s/g, " "));
    expect(done.slice(1, 7)).toEqual(["Karim Benali", "Prêt à revoir", "412", "180", "73,6", "+9,5 %"]);
    expect(within(rows[0]).getAllByRole("cell")[6]).toHaveTextContent("—");
    expect(within(rows[1]).getByRole("link", { name: /^Voir l'appariement du/ })).toHaveAttribute("href", "/animation/appariements/run-1");
    expect(screen.queryByRole("navigation", { name: /Pagination/i })).not.toBeInTheDocument();
  });

  it("pages the runs when there are more than fit in one page", async () => {
    signIn(["member", "admin"]);
    const api = renderList([doneRun()], 45, "/animation/appariements?page=2");

    expect(await screen.findByRole("link", { name: "3" })).toHaveAttribute("href", "/animation/appariements?page=3");
    expect(new URL(api.requestsTo("GET", RUNS)[0].url).searchParams.toString()).toBe("page=1&size=20");
  });

  it("says when no run has been launched yet", async () => {
    signIn(["member", "animateur"]);
    renderList([]);

    expect(await screen.findByText("Aucun appariement n'a encore été lancé.")).toBeInTheDocument();
  });

  it("tells a member without the role that the page is reserved, without asking the API", () => {
    signIn(["member"]);
    const api = mockApi({});

    renderWithProviders(<MatchingRunsPage />, { url: "/animation/appariements" });

    expect(screen.getByText("Cette page est réservée aux animateurs et administrateurs.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Lancer l'appariement" })).not.toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
  });
});
