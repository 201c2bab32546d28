import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { EventView } from "../../../lib/api/types";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi, problemResponse, REFERENTIAL_ROUTES, type ApiRoutes } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { fill } from "../test/fill-field";
import { eventFixture, registrationFixture } from "../test/event-fixtures";
import { stubDownloads } from "../../../test/stub-downloads";
import { EventPage } from "./event-page";

const EVENT = "/api/v1/events/e-tidy";

function signIn(roles: string[] = ["member"]) {
  startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-lea", roles });
}

/** The event as the server shows it now: `current` changes when a test's action changes it. */
function eventRoutes(initial: EventView, routes: ApiRoutes = {}) {
  const state = { current: initial };
  const api = mockApi({ ...REFERENTIAL_ROUTES, [`GET ${EVENT}`]: () => jsonResponse(state.current), ...routes });
  return { api, state };
}

function renderPage() {
  return renderWithProviders(<EventPage />, {
    url: "/evenements/e-tidy",
    path: "/evenements/:id",
    otherRoutes: [{ path: "/evenements", element: <p>L'agenda</p> }],
  });
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("an event's page", () => {
  it("shows the date at Paris, the seats left, the speakers and the safe description, without the online link", async () => {
    signIn();
    eventRoutes(eventFixture());

    renderPage();

    expect(await screen.findByRole("heading", { level: 1, name: "Débuter avec le tidyverse" })).toBeInTheDocument();
    expect(screen.getByText("mardi 12 janvier 2027, 14 h 00 – 15 h 30 (heure de Paris)")).toBeInTheDocument();
    expect(screen.getByText("3 places restantes")).toBeInTheDocument();
    expect(screen.getByText("bases").tagName).toBe("STRONG");
    expect(screen.getByRole("link", { name: "Claire Fontaine" })).toHaveAttribute("href", "/membres/m-claire");
    expect(screen.getByText("Hadley Wickham")).toBeInTheDocument();
    expect(screen.getByText("Le lien de connexion est donné aux inscrits confirmés.")).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: /Rejoindre l'événement en ligne/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Annuler l'événement" })).not.toBeInTheDocument();
  });

  it("registers me, then shows the online link the server now gives", async () => {
    signIn();
    const { api, state } = eventRoutes(eventFixture(), {
      [`POST ${EVENT}/registration`]: () => {
        const registration = registrationFixture();
        state.current = {
          ...state.current,
          myRegistration: registration,
          myStatus: "CONFIRMED",
          onlineUrl: "https://webinaire.numerique.gouv.fr/tidy",
          confirmedCount: 8,
          seatsLeft: 2,
        };
        return jsonResponse(registration);
      },
    });
    renderPage();
    const user = userEvent.setup({ delay: null });

    await user.click(await screen.findByRole("button", { name: "M'inscrire" }));

    expect(await screen.findByText(/Vous êtes inscrit·e. Un e-mail de confirmation/)).toBeInTheDocument();
    expect(api.requestsTo("POST", `${EVENT}/registration`)).toHaveLength(1);
    const link = await screen.findByRole("link", { name: /Rejoindre l'événement en ligne/ });
    expect(link).toHaveAttribute("href", "https://webinaire.numerique.gouv.fr/tidy");
    expect(screen.getByText("2 places restantes")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Me désinscrire" })).toBeInTheDocument();
  });

  it("puts me on the waitlist of a full event and tells me my position", async () => {
    signIn();
    const { state } = eventRoutes(eventFixture({ confirmedCount: 10, seatsLeft: 0, waitlistCount: 2 }), {
      [`POST ${EVENT}/registration`]: () => {
        const registration = registrationFixture({ status: "WAITLISTED", position: 3 });
        state.current = { ...state.current, myRegistration: registration, myStatus: "WAITLISTED", waitlistCount: 3 };
        return jsonResponse(registration);
      },
    });
    renderPage();
    const user = userEvent.setup({ delay: null });

    expect(await screen.findByText("Complet — liste d'attente")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Rejoindre la liste d'attente" }));

    expect(await screen.findByText(/C'est complet : vous êtes 3ᵉ sur la liste d'attente/)).toBeInTheDocument();
    expect(await screen.findByText("Vous êtes 3ᵉ sur la liste d'attente")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Quitter la liste d'attente" })).toBeInTheDocument();
  });

  it("asks before cancelling my registration, and says my seat goes to the waitlist", async () => {
    signIn();
    const { api, state } = eventRoutes(
      eventFixture({ myRegistration: registrationFixture(), myStatus: "CONFIRMED", waitlistCount: 2, confirmedCount: 10, seatsLeft: 0 }),
      {
        [`DELETE ${EVENT}/registration`]: () => {
          state.current = { ...state.current, myRegistration: undefined, myStatus: undefined };
          return new Response(null, { status: 204 });
        },
      },
    );
    renderPage();
    const user = userEvent.setup({ delay: null });

    await user.click(await screen.findByRole("button", { name: "Me désinscrire" }));
    const dialog = screen.getByRole("dialog", { name: "Vous désinscrire de cet événement ?" });
    expect(within(dialog).getByText("Votre place ira aussitôt à la première personne de la liste d'attente.")).toBeInTheDocument();
    expect(api.requestsTo("DELETE", `${EVENT}/registration`)).toHaveLength(0);
    await user.click(within(dialog).getByRole("button", { name: "Me désinscrire" }));

    expect(await screen.findByText("Vous n'êtes plus inscrit·e à cet événement.")).toBeInTheDocument();
    expect(api.requestsTo("DELETE", `${EVENT}/registration`)).toHaveLength(1);
    await waitFor(() => expect(screen.getByRole("button", { name: "Rejoindre la liste d'attente" })).toBeInTheDocument());
  });

  it("tells why a registration is refused", async () => {
    signIn();
    eventRoutes(eventFixture(), {
      [`POST ${EVENT}/registration`]: () =>
        problemResponse({ status: 422, detail: "Les inscriptions sont closes : l'événement a commencé." }),
    });
    renderPage();
    const user = userEvent.setup({ delay: null });

    await user.click(await screen.findByRole("button", { name: "M'inscrire" }));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Votre inscription n'a pas abouti");
    expect(alert).toHaveTextContent("Les inscriptions sont closes : l'événement a commencé.");
  });

  it("shows a cancelled event with its reason, and nothing to register to or give up", async () => {
    signIn();
    eventRoutes(
      eventFixture({
        status: "CANCELLED",
        cancellationReason: "L'intervenante est malade.",
        registrationOpen: false,
        myRegistration: registrationFixture(),
        myStatus: "CONFIRMED",
      }),
    );

    renderPage();

    expect(await screen.findByText("Cet événement est annulé")).toBeInTheDocument();
    expect(screen.getByText("Motif : L'intervenante est malade.")).toBeInTheDocument();
    expect(screen.getAllByText("Annulé").length).toBeGreaterThan(0);
    expect(screen.queryByRole("button", { name: "M'inscrire" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Me désinscrire" })).not.toBeInTheDocument();
    expect(screen.getByText("L'événement est annulé : il n'a plus d'inscriptions.")).toBeInTheDocument();
  });

  it("offers the replay and the slides of a past event, focused when the agenda's « Voir le replay » leads there", async () => {
    signIn();
    eventRoutes(
      eventFixture({
        startsAt: "2026-06-01T14:00:00+02:00",
        endsAt: "2026-06-01T15:00:00+02:00",
        registrationOpen: false,
        hasReplay: true,
        replayUrl: "https://tube.numerique.gouv.fr/tidy",
        slidesUrl: "https://example.org/tidy.pdf",
      }),
    );

    renderWithProviders(<EventPage />, { url: "/evenements/e-tidy#replay", path: "/evenements/:id" });

    const replay = await screen.findByRole("region", { name: "Replay et supports" });
    await waitFor(() => expect(replay).toHaveFocus());
    expect(within(replay).getByRole("link", { name: /Voir le replay/ })).toHaveAttribute("href", "https://tube.numerique.gouv.fr/tidy");
    expect(within(replay).getByRole("link", { name: /Télécharger les supports/ })).toHaveAttribute("href", "https://example.org/tidy.pdf");
  });

  it("lets a confirmed member check in from a quarter of an hour before the start", async () => {
    vi.useFakeTimers({ now: new Date("2027-01-12T13:50:00+01:00"), toFake: ["Date"] });
    signIn();
    const { api, state } = eventRoutes(eventFixture({ myRegistration: registrationFixture(), myStatus: "CONFIRMED" }), {
      [`POST ${EVENT}/check-in`]: () => {
        state.current = { ...state.current, myRegistration: registrationFixture({ attended: true }) };
        return new Response(null, { status: 204 });
      },
    });
    renderPage();
    const user = userEvent.setup({ delay: null });

    await user.click(await screen.findByRole("button", { name: "Je suis présent·e" }));

    expect(await screen.findByText("Votre présence est enregistrée. Bon événement !")).toBeInTheDocument();
    expect(api.requestsTo("POST", `${EVENT}/check-in`)).toHaveLength(1);
    await waitFor(() => expect(screen.queryByRole("button", { name: "Je suis présent·e" })).not.toBeInTheDocument());
  });

  it("downloads the event's calendar file with my session", async () => {
    signIn();
    const { api } = eventRoutes(eventFixture(), {
      [`GET ${EVENT}/calendar.ics`]: () =>
        new Response("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", { headers: { "Content-Type": "text/calendar" } }),
    });
    const files = stubDownloads();
    renderPage();
    const user = userEvent.setup({ delay: null });

    await user.click(await screen.findByRole("button", { name: "Ajouter à mon agenda (.ics)" }));

    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0].name).toBe("evenement-e-tidy.ics");
    expect(await files[0].blob.text()).toContain("BEGIN:VCALENDAR");
    expect(api.requestsTo("GET", `${EVENT}/calendar.ics`)[0].headers.get("Authorization")).toBe("Bearer jwt");
  });

  it("lets an organiser cancel the event with a reason, in a dialog", async () => {
    signIn(["member", "animateur"]);
    const { api, state } = eventRoutes(eventFixture({ canEdit: true }), {
      [`POST ${EVENT}/cancel`]: async (request) => {
        const { reason } = (await request.json()) as { reason: string };
        state.current = { ...state.current, status: "CANCELLED", cancellationReason: reason, registrationOpen: false };
        return jsonResponse(state.current);
      },
    });
    renderPage();
    const user = userEvent.setup({ delay: null });

    expect(await screen.findByRole("link", { name: "Modifier l'événement" })).toHaveAttribute("href", "/evenements/e-tidy/modifier");
    expect(screen.getByRole("link", { name: "Voir les inscrits" })).toHaveAttribute("href", "/evenements/e-tidy/inscrits");
    await user.click(screen.getByRole("button", { name: "Annuler l'événement" }));
    const dialog = screen.getByRole("dialog", { name: "Annuler « Débuter avec le tidyverse » ?" });
    expect(within(dialog).getByText(/Les 7 personnes inscrites ou en liste d'attente recevront votre motif/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Annuler l'événement" }));
    expect(await within(dialog).findByText("Donnez un motif de 3 à 500 caractères.")).toBeInTheDocument();
    expect(api.requestsTo("POST", `${EVENT}/cancel`)).toHaveLength(0);

    await fill(user, within(dialog).getByLabelText(/Motif de l'annulation/), "L'intervenante est malade.");
    await user.click(within(dialog).getByRole("button", { name: "Annuler l'événement" }));

    expect(await screen.findByText("« Débuter avec le tidyverse » est annulé ; les inscrits sont prévenus.")).toBeInTheDocument();
    expect(await api.requestsTo("POST", `${EVENT}/cancel`)[0].json()).toEqual({ reason: "L'intervenante est malade." });
    expect(await screen.findByText("Cet événement est annulé")).toBeInTheDocument();
  });

  it("shows the not-found page for an event that does not exist", async () => {
    signIn();
    mockApi({ ...REFERENTIAL_ROUTES, [`GET ${EVENT}`]: () => problemResponse({ status: 404, detail: "Événement introuvable." }) });

    renderPage();

    expect(await screen.findByRole("heading", { level: 1, name: "Page non trouvée" })).toBeInTheDocument();
    expect(screen.queryByText("Événement introuvable.")).not.toBeInTheDocument();
  });
});
