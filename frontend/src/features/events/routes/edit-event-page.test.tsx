import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi, problemResponse, REFERENTIAL_ROUTES } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { fill } from "../test/fill-field";
import { eventFixture } from "../test/event-fixtures";
import { EditEventPage } from "./edit-event-page";

const EVENT = "/api/v1/events/e-tidy";
/** What organisers see: they may edit it, and its online link. */
const ORGANISED = { canEdit: true, onlineUrl: "https://webinaire.numerique.gouv.fr/tidy" };

function renderPage() {
  startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-nadia", roles: ["member", "animateur"] });
  return renderWithProviders(<EditEventPage />, {
    url: "/evenements/e-tidy/modifier",
    path: "/evenements/:id/modifier",
    otherRoutes: [{ path: "/evenements/:id", element: <p>La page de l'événement</p> }],
  });
}

describe("editing an event", () => {
  it("fills the form at Paris time and sends only what changed, an emptied capacity as unlimited", async () => {
    const api = mockApi({
      ...REFERENTIAL_ROUTES,
      [`GET ${EVENT}`]: () => jsonResponse(eventFixture(ORGANISED)),
      [`PATCH ${EVENT}`]: () => jsonResponse(eventFixture({ ...ORGANISED, capacity: undefined })),
    });
    const { router } = renderPage();
    const user = userEvent.setup({ delay: null });

    const start = await screen.findByRole("group", { name: /^Début/ });
    expect(start.querySelector("input[type=date]")).toHaveValue("2027-01-12");
    expect(start.querySelector("input[type=time]")).toHaveValue("14:00");
    expect(screen.queryByLabelText(/Lien du replay/)).not.toBeInTheDocument();
    await user.clear(start.querySelector("input[type=time]") as HTMLElement);
    await user.type(start.querySelector("input[type=time]") as HTMLElement, "14:30");
    await user.clear(screen.getByLabelText(/^Nombre de places/));
    await user.click(screen.getByRole("button", { name: "Enregistrer les modifications" }));

    await waitFor(() => expect(router.state.location.pathname).toBe("/evenements/e-tidy"));
    expect(await api.requestsTo("PATCH", EVENT)[0].json()).toEqual({ startsAt: "2027-01-12T14:30:00+01:00", capacity: null });
  });

  it("adds the replay and the slides once the event has started", async () => {
    const past = { startsAt: "2026-06-01T14:00:00+02:00", endsAt: "2026-06-01T15:00:00+02:00" };
    const api = mockApi({
      ...REFERENTIAL_ROUTES,
      [`GET ${EVENT}`]: () => jsonResponse(eventFixture({ ...ORGANISED, ...past })),
      [`PATCH ${EVENT}`]: () => jsonResponse(eventFixture({ ...ORGANISED, ...past })),
    });
    renderPage();
    const user = userEvent.setup({ delay: null });

    await fill(user, await screen.findByLabelText(/Lien du replay/), "https://tube.numerique.gouv.fr/tidy");
    await fill(user, screen.getByLabelText(/Lien des supports/), "https://example.org/tidy.pdf");
    await user.click(screen.getByRole("button", { name: "Enregistrer les modifications" }));

    await waitFor(() => expect(api.requestsTo("PATCH", EVENT)).toHaveLength(1));
    expect(await api.requestsTo("PATCH", EVENT)[0].json()).toEqual({
      replayUrl: "https://tube.numerique.gouv.fr/tidy",
      slidesUrl: "https://example.org/tidy.pdf",
    });
  });

  it("tells why a lower capacity is refused", async () => {
    mockApi({
      ...REFERENTIAL_ROUTES,
      [`GET ${EVENT}`]: () => jsonResponse(eventFixture(ORGANISED)),
      [`PATCH ${EVENT}`]: () => problemResponse({ status: 409, detail: "7 personnes sont déjà inscrites : gardez au moins 7 places." }),
    });
    renderPage();
    const user = userEvent.setup({ delay: null });

    const capacity = await screen.findByLabelText(/^Nombre de places/);
    await user.clear(capacity);
    await fill(user, capacity, "5");
    await user.click(screen.getByRole("button", { name: "Enregistrer les modifications" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("7 personnes sont déjà inscrites : gardez au moins 7 places.");
  });

  it("does not offer to edit a cancelled event", async () => {
    mockApi({ ...REFERENTIAL_ROUTES, [`GET ${EVENT}`]: () => jsonResponse(eventFixture({ canEdit: true, status: "CANCELLED" })) });

    renderPage();

    expect(await screen.findByText("Un événement annulé ne se modifie plus.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Enregistrer les modifications" })).not.toBeInTheDocument();
  });

  it("shows the not-found page for an event that does not exist", async () => {
    mockApi({ ...REFERENTIAL_ROUTES, [`GET ${EVENT}`]: () => problemResponse({ status: 404, detail: "Événement introuvable." }) });

    renderPage();

    expect(await screen.findByRole("heading", { level: 1, name: "Page non trouvée" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Enregistrer les modifications" })).not.toBeInTheDocument();
  });
});
