import { QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { describe, expect, it } from "vitest";
import { newcomer } from "../features/overview/test/overview-fixtures";
import { createQueryClient } from "../lib/query-client";
import { endSession, startSession } from "../lib/session/session-store";
import { jsonResponse, mockApi, REFERENTIAL_ROUTES } from "../test/mock-api";
import { routes } from "./router";

/**
 * The routes load each page's code on demand: the first visit of a page in this suite compiles its modules, which
 * takes seconds when the machine is busy (the backend's tests run beside these).
 */
const PAGE_CODE = { timeout: 15_000 };

function openHome() {
  mockApi({
    ...REFERENTIAL_ROUTES,
    "GET /api/v1/stats": () => jsonResponse({ members: 80, organizations: 24, mentors: 21, skills: 18 }),
    "GET /api/v1/me/overview": () => jsonResponse(newcomer()),
    "GET /api/v1/me/path-suggestions": () => jsonResponse([]),
    "GET /api/v1/projects": () => jsonResponse({ items: [], page: 0, size: 3, total: 0 }),
  });
  render(
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={createMemoryRouter(routes, { initialEntries: ["/"] })} />
    </QueryClientProvider>,
  );
}

describe("the home address", () => {
  it("shows a signed-in member « Mon espace », ending with the paths to start with and the projects that need them", async () => {
    startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-lea", roles: ["member"] });
    openHome();

    expect(await screen.findByRole("heading", { level: 1, name: "Mon espace" }, PAGE_CODE)).toBeInTheDocument();
    expect(await screen.findByRole("region", { name: "Pour commencer" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Projets qui ont besoin de vous" })).toBeInTheDocument();
  });

  it("shows a visitor the public landing page, which asks them to join", async () => {
    endSession();
    openHome();

    expect(
      await screen.findByRole("heading", { level: 1, name: "Spyrales, se former ensemble à la science des données" }, PAGE_CODE),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Rejoindre la communauté" })).toHaveAttribute("href", "/inscription");
    expect(screen.queryByRole("region", { name: "Pour commencer" })).not.toBeInTheDocument();
  });
});
