import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { MentorshipReport } from "../../../lib/api/types";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { mentorshipReportFixture, reportPage } from "../test/mentorship-fixtures";
import { ReportsPage } from "./reports-page";

const REPORTS = "/api/v1/mentorships/reports";

function signIn(roles: string[]) {
  startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-karim", roles });
}

function renderReports(reports: MentorshipReport[], total = reports.length, url = "/animation/signalements") {
  const api = mockApi({ [`GET ${REPORTS}`]: () => jsonResponse(reportPage(reports, total, 0, 20)) });
  renderWithProviders(<ReportsPage />, { url, path: "/animation/signalements" });
  return { api, user: userEvent.setup({ delay: null }) };
}

describe("the reports page", () => {
  it("lists the open reports with their pairing and author, newest first as the server sends them", async () => {
    signIn(["member", "animateur"]);
    const { api } = renderReports([
      mentorshipReportFixture({
        id: "r-2",
        mentorshipId: "p-2",
        mentee: { id: "m-paul", displayName: "Paul Martin" },
        author: { id: "m-paul", displayName: "Paul Martin" },
      }),
      mentorshipReportFixture(),
    ]);

    expect(screen.getByRole("heading", { level: 1, name: "Signalements" })).toBeInTheDocument();
    expect(await screen.findByRole("heading", { level: 2, name: "2 signalements à traiter" })).toBeInTheDocument();
    const [first, second] = screen.getAllByRole("article");
    expect(within(first).getByRole("link", { name: "Mentorat de Paul Martin avec Claire Fontaine" })).toHaveAttribute(
      "href",
      "/mentorats/p-2",
    );
    expect(first).toHaveTextContent("Par Paul Martin, personne accompagnée, le 10 mars 2026");
    expect(within(second).getByRole("link", { name: "Mentorat de Léa Moreau avec Claire Fontaine" })).toHaveAttribute(
      "href",
      "/mentorats/p-1",
    );
    expect(second).toHaveTextContent("Mon mentor annule nos séances au dernier moment.");
    expect(new URL(api.requestsTo("GET", REPORTS)[0].url).searchParams.toString()).toBe("status=OPEN&page=0&size=20");
    expect(screen.queryByRole("navigation", { name: /Pagination/i })).not.toBeInTheDocument();
  });

  it("says when nothing waits", async () => {
    signIn(["member", "admin"]);
    renderReports([]);

    expect(await screen.findByRole("heading", { level: 2, name: "Aucun signalement à traiter" })).toBeInTheDocument();
    expect(screen.getByText(/apparaîtront ici/)).toBeInTheDocument();
    expect(screen.queryByRole("article")).not.toBeInTheDocument();
  });

  it("pages the reports when there are more than fit in one page", async () => {
    signIn(["member", "animateur"]);
    const { api } = renderReports([mentorshipReportFixture()], 45, "/animation/signalements?page=2");

    expect(await screen.findByRole("link", { name: "3" })).toHaveAttribute("href", "/animation/signalements?page=3");
    expect(new URL(api.requestsTo("GET", REPORTS)[0].url).searchParams.get("page")).toBe("1");
  });

  it("marks a report resolved from the list", async () => {
    signIn(["member", "animateur"]);
    let open = [mentorshipReportFixture()];
    const api = mockApi({
      [`GET ${REPORTS}`]: () => jsonResponse(reportPage(open, open.length, 0, 20)),
      "POST /api/v1/mentorships/p-1/reports/r-1/resolve": () => {
        open = [];
        return jsonResponse(
          mentorshipReportFixture({ status: "RESOLVED", resolvedAt: "2026-03-11T09:00:00+01:00", resolvedByName: "Karim Benali" }),
        );
      },
    });
    renderWithProviders(<ReportsPage />, { url: "/animation/signalements" });
    const user = userEvent.setup({ delay: null });

    await user.click(await screen.findByRole("button", { name: /^Marquer comme traité : signalement de Léa Moreau/ }));
    const dialog = await screen.findByRole("dialog", { name: "Marquer le signalement comme traité" });
    await user.click(within(dialog).getByRole("button", { name: "Marquer comme traité" }));

    expect(await screen.findByText("Le signalement de Léa Moreau est marqué comme traité.")).toBeInTheDocument();
    expect(await screen.findByRole("heading", { level: 2, name: "Aucun signalement à traiter" })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByText("Le signalement de Léa Moreau est marqué comme traité.").closest("[tabindex='-1']")).toHaveFocus(),
    );
    expect(api.requestsTo("POST", "/api/v1/mentorships/p-1/reports/r-1/resolve")).toHaveLength(1);
  });

  it("is closed to members who do not lead the community, and asks the API nothing", () => {
    signIn(["member"]);
    const api = mockApi({});
    renderWithProviders(<ReportsPage />, { url: "/animation/signalements" });

    expect(screen.getByText("Cette page est réservée aux animateurs et administrateurs.")).toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
  });
});
