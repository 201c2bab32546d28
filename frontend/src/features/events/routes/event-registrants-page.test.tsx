import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi, problemResponse, REFERENTIAL_ROUTES } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { eventFixture, pageOf, registrantFixture } from "../test/event-fixtures";
import { stubDownloads } from "../../../test/stub-downloads";
import { EventRegistrantsPage } from "./event-registrants-page";

const EVENT = "/api/v1/events/e-tidy";
const STARTED = { startsAt: "2026-06-01T14:00:00+02:00", endsAt: "2026-06-01T15:00:00+02:00" };

function renderPage(roles = ["member", "animateur"]) {
  startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-nadia", roles });
  return renderWithProviders(<EventRegistrantsPage />, { url: "/evenements/e-tidy/inscrits", path: "/evenements/:id/inscrits" });
}

afterEach(() => vi.restoreAllMocks());

describe("the registrants of an event", () => {
  it("lists them with their status and waitlist position, marks attendance, and exports them as CSV", async () => {
    const attended = new Set<string>();
    const api = mockApi({
      ...REFERENTIAL_ROUTES,
      [`GET ${EVENT}`]: () => jsonResponse(eventFixture({ canEdit: true, ...STARTED, waitlistCount: 1 })),
      [`GET ${EVENT}/registrations`]: () =>
        jsonResponse(
          pageOf(
            [
              registrantFixture({ attended: attended.has("m-lea") }),
              registrantFixture({
                memberId: "m-karim",
                displayName: "Karim Benali",
                organization: undefined,
                status: "WAITLISTED",
                position: 1,
              }),
            ],
            2,
            0,
            50,
          ),
        ),
      [`PUT ${EVENT}/registrations/m-lea/attendance`]: () => {
        attended.add("m-lea");
        return new Response(null, { status: 204 });
      },
      [`GET ${EVENT}/registrations.csv`]: () =>
        new Response("\uFEFFnom;organisation;statut\r\nLéa Moreau;Insee;confirmé\r\n", { headers: { "Content-Type": "text/csv" } }),
    });
    const files = stubDownloads();
    renderPage();
    const user = userEvent.setup({ delay: null });

    const table = await screen.findByRole("table", { name: "Inscrits (2)" });
    const rows = within(table).getAllByRole("row");
    expect(rows[1]).toHaveTextContent("Léa MoreauInseeInscrit·e");
    expect(rows[2]).toHaveTextContent("Karim Benali—En liste d'attente1ᵉʳ");
    const box = within(rows[1]).getByRole("checkbox", { name: "Léa Moreau : présent·e" });
    expect(box).not.toBeChecked();
    expect(within(rows[2]).queryByRole("checkbox")).not.toBeInTheDocument();

    await user.click(box);
    await waitFor(() => expect(api.requestsTo("PUT", `${EVENT}/registrations/m-lea/attendance`)).toHaveLength(1));
    await waitFor(() => expect(within(table).getByRole("checkbox", { name: "Léa Moreau : présent·e" })).toBeChecked());

    await user.click(screen.getByRole("button", { name: "Exporter (CSV)" }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0].name).toBe("inscrits-e-tidy.csv");
    expect(await files[0].blob.text()).toContain("Léa Moreau;Insee");
  });

  it("filters by status through the address, and says before the start that attendance comes later", async () => {
    const api = mockApi({
      ...REFERENTIAL_ROUTES,
      [`GET ${EVENT}`]: () => jsonResponse(eventFixture({ canEdit: true })),
      [`GET ${EVENT}/registrations`]: () => jsonResponse(pageOf([], 0, 0, 50)),
    });
    const { router } = renderPage();
    const user = userEvent.setup({ delay: null });

    expect(await screen.findByText("Les présences se cochent une fois l'événement commencé.")).toBeInTheDocument();
    expect(await screen.findByText("Personne n'est encore inscrit à cet événement.")).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText("Afficher"), "En liste d'attente");

    await waitFor(() => expect(router.state.location.search).toBe("?status=WAITLISTED"));
    const last = api.requestsTo("GET", `${EVENT}/registrations`).at(-1) as Request;
    expect(new URL(last.url).searchParams.get("status")).toBe("WAITLISTED");
    expect(await screen.findByText("Personne dans cette catégorie.")).toBeInTheDocument();
  });

  it("is closed to members who are not organisers", () => {
    const api = mockApi({});

    renderPage(["member"]);

    expect(screen.getByText("Cette page est réservée aux animateurs et administrateurs.")).toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
  });

  it("shows the not-found page for an event that does not exist", async () => {
    mockApi({ ...REFERENTIAL_ROUTES, [`GET ${EVENT}`]: () => problemResponse({ status: 404, detail: "Événement introuvable." }) });

    renderPage();

    expect(await screen.findByRole("heading", { level: 1, name: "Page non trouvée" })).toBeInTheDocument();
    expect(screen.queryByText("Événement introuvable.")).not.toBeInTheDocument();
  });
});
