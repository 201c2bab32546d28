import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi, REFERENTIAL_ROUTES } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { eventPage, eventSummaryFixture } from "../test/event-fixtures";
import { EventsPage } from "./events-page";

function signIn(roles: string[] = ["member"]) {
  startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-lea", roles });
}

const queryOf = (request: Request) => new URL(request.url).searchParams;

describe("the agenda", () => {
  it("lists the upcoming events with their date at Paris, the seats left, a full one and a cancelled one", async () => {
    signIn();
    const api = mockApi({
      ...REFERENTIAL_ROUTES,
      "GET /api/v1/events": () =>
        jsonResponse(
          eventPage([
            eventSummaryFixture(),
            eventSummaryFixture({
              id: "e-full",
              title: "Les cartes avec R",
              capacity: 20,
              seatsLeft: 0,
              confirmedCount: 20,
              waitlistCount: 4,
            }),
            eventSummaryFixture({ id: "e-off", title: "Atelier SQL", type: "WORKSHOP", status: "CANCELLED" }),
          ]),
        ),
    });

    renderWithProviders(<EventsPage />, { url: "/evenements" });

    expect(await screen.findByRole("heading", { level: 2, name: "3 événements à venir" })).toBeInTheDocument();
    const card = screen.getByRole("link", { name: "Débuter avec le tidyverse" }).closest(".fr-card") as HTMLElement;
    expect(within(card).getByText("mar. 12 janv. 2027, 14 h 00 – 15 h 30")).toBeInTheDocument();
    expect(within(card).getByText("3 places restantes")).toBeInTheDocument();
    expect(within(card).getByText("Webinaire")).toBeInTheDocument();
    const full = screen.getByRole("link", { name: "Les cartes avec R" }).closest(".fr-card") as HTMLElement;
    expect(within(full).getByText("Complet — liste d'attente")).toBeInTheDocument();
    const cancelled = screen.getByRole("link", { name: "Atelier SQL" }).closest(".fr-card") as HTMLElement;
    expect(within(cancelled).getByText("Annulé")).toBeInTheDocument();
    expect(queryOf(api.requestsTo("GET", "/api/v1/events")[0]).get("when")).toBe("UPCOMING");
    expect(screen.getByRole("tab", { name: "À venir" })).toHaveAttribute("aria-selected", "true");
    expect(screen.queryByRole("link", { name: "Créer un événement" })).not.toBeInTheDocument();
  });

  it("shows the past events, latest first as the server gives them, with « Voir le replay »", async () => {
    signIn();
    const api = mockApi({
      ...REFERENTIAL_ROUTES,
      "GET /api/v1/events": (request) =>
        jsonResponse(
          queryOf(request).get("when") === "PAST"
            ? eventPage([
                eventSummaryFixture({
                  id: "e-past",
                  title: "Introduction à pandas",
                  startsAt: "2026-06-01T14:00:00+02:00",
                  endsAt: "2026-06-01T15:00:00+02:00",
                  hasReplay: true,
                }),
              ])
            : eventPage([]),
        ),
    });
    const { router } = renderWithProviders(<EventsPage />, { url: "/evenements" });
    const user = userEvent.setup({ delay: null });

    expect(
      await screen.findByText("Aucun événement n'est prévu pour l'instant. Revenez bientôt, ou revoyez les replays des événements passés."),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: "Passés" }));

    expect(await screen.findByRole("heading", { level: 2, name: "1 événement passé" })).toBeInTheDocument();
    expect(router.state.location.search).toBe("?when=PAST");
    expect(screen.getByRole("link", { name: "Voir le replay" })).toHaveAttribute("href", "/evenements/e-past#replay");
    expect(screen.queryByText("3 places restantes")).not.toBeInTheDocument();
    expect(queryOf(api.requestsTo("GET", "/api/v1/events").at(-1) as Request).get("when")).toBe("PAST");
  });

  it("filters by type, topic, level and language, keeps the search in the address, and says when nothing matches", async () => {
    signIn();
    const api = mockApi({ ...REFERENTIAL_ROUTES, "GET /api/v1/events": () => jsonResponse(eventPage([])) });
    const { router } = renderWithProviders(<EventsPage />, { url: "/evenements" });
    const user = userEvent.setup({ delay: null });

    await screen.findByRole("heading", { level: 2, name: "Aucun événement à venir" });
    await user.selectOptions(screen.getByLabelText("Type"), "Atelier");
    await waitFor(() => expect(within(screen.getByLabelText("Thème")).getByRole("option", { name: "R" })).toBeInTheDocument());
    await user.selectOptions(screen.getByLabelText("Thème"), "R");
    await user.selectOptions(screen.getByLabelText("Niveau"), "Débutant");
    await user.selectOptions(screen.getByLabelText("Langage"), "Python");
    await user.click(screen.getByRole("button", { name: "Rechercher" }));

    await waitFor(() => expect(router.state.location.search).toBe("?type=WORKSHOP&topic=r&level=BEGINNER&language=PYTHON"));
    const query = queryOf(api.requestsTo("GET", "/api/v1/events").at(-1) as Request);
    expect(Object.fromEntries(query)).toEqual({
      when: "UPCOMING",
      type: "WORKSHOP",
      topic: "r",
      level: "BEGINNER",
      language: "PYTHON",
      page: "0",
      size: "12",
    });
    expect(await screen.findByText(/Aucun événement ne correspond à votre recherche/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("heading", { level: 2 })).toHaveFocus());
  });

  it("pages through many events", async () => {
    signIn();
    const api = mockApi({ ...REFERENTIAL_ROUTES, "GET /api/v1/events": () => jsonResponse(eventPage([eventSummaryFixture()], 30)) });
    const { router } = renderWithProviders(<EventsPage />, { url: "/evenements" });
    const user = userEvent.setup({ delay: null });

    const pages = await screen.findByRole("navigation", { name: /Pagination/ });
    await user.click(within(pages).getByRole("link", { name: "3" }));

    await waitFor(() => expect(router.state.location.search).toBe("?page=3"));
    expect(queryOf(api.requestsTo("GET", "/api/v1/events").at(-1) as Request).get("page")).toBe("2");
  });

  it("offers organisers to create an event", async () => {
    signIn(["member", "animateur"]);
    mockApi({ ...REFERENTIAL_ROUTES, "GET /api/v1/events": () => jsonResponse(eventPage([])) });

    renderWithProviders(<EventsPage />, { url: "/evenements" });

    expect(await screen.findByRole("link", { name: "Créer un événement" })).toHaveAttribute("href", "/evenements/nouveau");
  });
});
