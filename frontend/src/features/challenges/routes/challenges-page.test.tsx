import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { ChallengeSummary } from "../../../lib/api/types";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { challengeSummaryFixture } from "../test/challenge-fixtures";
import { ChallengesPage } from "./challenges-page";

const CHALLENGES = "/api/v1/challenges";

/** A server that answers each period with its challenges, 12 a page. */
function serverWith(byPeriod: Record<string, ChallengeSummary[]>, totals: Record<string, number> = {}) {
  return mockApi({
    [`GET ${CHALLENGES}`]: (request) => {
      const params = new URL(request.url).searchParams;
      const period = params.get("period") ?? "";
      const items = byPeriod[period] ?? [];
      return jsonResponse({ items, page: Number(params.get("page")), size: 12, total: totals[period] ?? items.length });
    },
  });
}

describe("La Piscine", () => {
  it("lists the challenges open now, then those to come and the library of past ones, by tab", async () => {
    startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-lea", roles: ["member"] });
    const api = serverWith(
      {
        current: [challengeSummaryFixture({ entryCount: 12, myEntry: true })],
        past: [challengeSummaryFixture({ id: "c-0", title: "Les prénoms en 1990", state: "CLOSED", entryCount: 1 })],
      },
      { past: 30 },
    );
    const { router } = renderWithProviders(<ChallengesPage />, { url: "/piscine" });
    const user = userEvent.setup({ delay: null });

    expect(await screen.findByRole("heading", { level: 2, name: "1 défi en cours" })).toBeInTheDocument();
    const card = screen.getByRole("link", { name: "Les naissances par département" });
    expect(card).toHaveAttribute("href", "/piscine/c-1");
    expect(screen.getByText(/du lundi 30 novembre à 9 h au dimanche 6 décembre 2026 à 23 h 59/)).toBeInTheDocument();
    expect(screen.getByText(/12 participations · vous avez participé/)).toBeInTheDocument();
    expect(screen.getByText("Niveau 1 – Débutant")).toBeInTheDocument();
    expect(screen.getByText("Python ou R")).toBeInTheDocument();
    expect(screen.getByText("Jeu de données : Naissances par département")).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Publier un défi" })).not.toBeInTheDocument();

    await user.click(screen.getByRole("tab", { name: "À venir" }));
    expect(await screen.findByRole("heading", { name: "Aucun défi à venir" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "défis passés" })).toHaveAttribute("href", "/piscine?periode=passes");

    await user.click(screen.getByRole("tab", { name: "Passés" }));
    expect(await screen.findByRole("heading", { name: "30 exercices dans la bibliothèque" })).toBeInTheDocument();
    expect(screen.getByText(/23 h 59\s*1 participation$/)).toBeInTheDocument();
    expect(screen.getByRole("navigation", { name: /pagination/i })).toBeInTheDocument();
    expect(router.state.location.search).toBe("?periode=passes");
    expect(api.requestsTo("GET", CHALLENGES).map((request) => new URL(request.url).searchParams.get("period"))).toEqual([
      "current",
      "upcoming",
      "past",
    ]);
  });

  it("offers animateurs to publish a challenge, and the next one when none is planned", async () => {
    startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-karim", roles: ["member", "animateur"] });
    serverWith({});
    renderWithProviders(<ChallengesPage />, { url: "/piscine?periode=a-venir" });

    expect(await screen.findByRole("heading", { name: "Aucun défi à venir" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Publier un défi" })).toHaveAttribute("href", "/piscine/nouveau");
    expect(screen.getByRole("link", { name: "Publiez le prochain défi" })).toHaveAttribute("href", "/piscine/nouveau");
  });
});
