import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { startSession } from "../../lib/session/session-store";
import { jsonResponse, mockApi } from "../../test/mock-api";
import { renderWithProviders } from "../../test/render-with-providers";
import { SiteHeader } from "./site-header";

describe("the header", () => {
  it("shows a signed-in member the bell with the number of unread notifications", async () => {
    startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-1", roles: ["member"] });
    const api = mockApi({
      "GET /api/v1/me/notifications": () => jsonResponse({ items: [], page: 0, size: 1, total: 3, unread: 2 }),
    });

    renderWithProviders(<SiteHeader />, { url: "/mentorats" });

    const [bell] = await screen.findAllByRole("link", { name: "Notifications (2 non lues)" });
    expect(bell).toHaveAttribute("href", "/notifications");
    expect(screen.getAllByRole("link", { name: "Mes mentorats" })[0]).toHaveAttribute("aria-current", "page");
    expect(new URL(api.requestsTo("GET", "/api/v1/me/notifications")[0].url).searchParams.get("size")).toBe("1");
  });

  it("does not ask for notifications before sign-in", () => {
    const api = mockApi({});

    renderWithProviders(<SiteHeader />);

    expect(screen.queryByRole("link", { name: /Notifications/ })).not.toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
  });

  it("offers a visitor only what a visitor can use", () => {
    mockApi({});

    renderWithProviders(<SiteHeader />);

    for (const memberOnly of ["Mes mentorats", "Mon profil", "Annuaire", "Trouver un mentor", "Projets", "Événements", "La Piscine"]) {
      expect(screen.queryByRole("link", { name: memberOnly })).not.toBeInTheDocument();
    }
    expect(screen.queryByRole("button", { name: "Ressources" })).not.toBeInTheDocument();
    expect(screen.getAllByRole("link", { name: "Accueil" })[0]).toHaveAttribute("href", "/");
    expect(screen.getAllByRole("link", { name: "Connexion" })[0]).toHaveAttribute("href", "/connexion");
    expect(screen.getAllByRole("link", { name: "Inscription" })[0]).toHaveAttribute("href", "/inscription");
  });

  it("offers the matching of mentees with mentors and the reports to animateurs and administrators only, in an « Animation » sub-menu", () => {
    mockApi({ "GET /api/v1/me/notifications": () => jsonResponse({ items: [], page: 0, size: 1, total: 0, unread: 0 }) });
    startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-1", roles: ["member"] });
    const { unmount } = renderWithProviders(<SiteHeader />);
    expect(screen.queryByRole("link", { name: "Appariements" })).not.toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Signalements" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Animation" })).not.toBeInTheDocument();
    unmount();

    startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-1", roles: ["member", "animateur"] });
    const animateurs = renderWithProviders(<SiteHeader />, { url: "/animation/appariements/run-1" });
    const menu = screen.getAllByRole("button", { name: "Animation" })[0];
    expect(menu).toHaveAttribute("aria-current", "true");
    // The pages of animateurs live in the sub-menu the button opens, not side by side in the bar.
    const subMenu = document.getElementById(menu.getAttribute("aria-controls") ?? "") as HTMLElement;
    expect(within(subMenu).getByRole("link", { name: "Appariements" })).toHaveAttribute("aria-current", "page");
    expect(within(subMenu).getByRole("link", { name: "Salons Tchap" })).toHaveAttribute("href", "/animation/tchap");
    expect(within(subMenu).getByRole("link", { name: "Enquêtes de satisfaction" })).toHaveAttribute("href", "/animation/enquetes");
    expect(within(subMenu).queryByRole("link", { name: "Clients partenaires" })).not.toBeInTheDocument();
    // The console comes first; the accounts page is the administrators'.
    expect(within(subMenu).getAllByRole("link")[0]).toHaveAccessibleName("Console d'animation");
    expect(within(subMenu).getByRole("link", { name: "Console d'animation" })).toHaveAttribute("href", "/animation");
    expect(within(subMenu).getByRole("link", { name: "Tous les mentorats" })).toHaveAttribute("href", "/animation/mentorats");
    expect(within(subMenu).queryByRole("link", { name: "Membres" })).not.toBeInTheDocument();
    expect(screen.getAllByRole("link", { name: "Signalements" })[0]).toHaveAttribute("href", "/animation/signalements");
    animateurs.unmount();

    startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-1", roles: ["member", "admin"] });
    renderWithProviders(<SiteHeader />, { url: "/animation/signalements" });
    expect(screen.getAllByRole("link", { name: "Signalements" })[0]).toHaveAttribute("aria-current", "page");
    const adminMenu = document.getElementById(screen.getAllByRole("button", { name: "Animation" })[0].getAttribute("aria-controls") ?? "");
    expect(within(adminMenu as HTMLElement).getByRole("link", { name: "Clients partenaires" })).toHaveAttribute(
      "href",
      "/admin/partenaires",
    );
    expect(within(adminMenu as HTMLElement).getByRole("link", { name: "Membres" })).toHaveAttribute("href", "/animation/membres");
  });

  it("offers the library in a « Ressources » sub-menu, and its moderation queue to animateurs", () => {
    mockApi({ "GET /api/v1/me/notifications": () => jsonResponse({ items: [], page: 0, size: 1, total: 0, unread: 0 }) });
    startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-1", roles: ["member"] });
    const { unmount } = renderWithProviders(<SiteHeader />, { url: "/ressources/r-1" });
    expect(screen.getAllByRole("button", { name: "Ressources" })[0]).toHaveAttribute("aria-current", "true");
    expect(screen.getAllByRole("link", { name: "Bibliothèque" })[0]).toHaveAttribute("aria-current", "page");
    expect(screen.getAllByRole("link", { name: "Ma liste" })[0]).toHaveAttribute("href", "/ressources/ma-liste");
    expect(screen.getAllByRole("link", { name: "Parcours" })[0]).toHaveAttribute("href", "/parcours");
    expect(screen.getAllByRole("link", { name: "Mes parcours" })[0]).toHaveAttribute("href", "/parcours/mes-parcours");
    expect(screen.getAllByRole("link", { name: "Proposer une ressource" })[0]).toHaveAttribute("href", "/ressources/proposer");
    expect(screen.queryByRole("link", { name: "Ressources à relire" })).not.toBeInTheDocument();
    unmount();

    const myList = renderWithProviders(<SiteHeader />, { url: "/ressources/ma-liste" });
    expect(screen.getAllByRole("link", { name: "Ma liste" })[0]).toHaveAttribute("aria-current", "page");
    expect(screen.getAllByRole("link", { name: "Bibliothèque" })[0]).not.toHaveAttribute("aria-current");
    myList.unmount();

    startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-1", roles: ["member", "animateur"] });
    renderWithProviders(<SiteHeader />);
    expect(screen.getAllByRole("link", { name: "Ressources à relire" })[0]).toHaveAttribute("href", "/animation/ressources");
  });

  it("offers the events to every member, active on an event's pages", () => {
    mockApi({ "GET /api/v1/me/notifications": () => jsonResponse({ items: [], page: 0, size: 1, total: 0, unread: 0 }) });
    startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-1", roles: ["member"] });

    renderWithProviders(<SiteHeader />, { url: "/evenements/e-1/inscrits" });

    const [events] = screen.getAllByRole("link", { name: "Événements" });
    expect(events).toHaveAttribute("href", "/evenements");
    expect(events).toHaveAttribute("aria-current", "page");
  });
});
