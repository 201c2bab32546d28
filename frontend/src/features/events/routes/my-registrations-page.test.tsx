import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi, REFERENTIAL_ROUTES } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { eventSummaryFixture, pageOf, registrationFixture } from "../test/event-fixtures";
import { MyRegistrationsPage } from "./my-registrations-page";

describe("my registrations", () => {
  it("shows my upcoming events with my place on a waitlist, then my past ones", async () => {
    startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-lea", roles: ["member"] });
    const api = mockApi({
      ...REFERENTIAL_ROUTES,
      "GET /api/v1/me/registrations": (request) =>
        jsonResponse(
          new URL(request.url).searchParams.get("when") === "PAST"
            ? pageOf([])
            : pageOf([
                { event: eventSummaryFixture({ myStatus: "CONFIRMED" }), registration: registrationFixture() },
                {
                  event: eventSummaryFixture({ id: "e-full", title: "Les cartes avec R", myStatus: "WAITLISTED", seatsLeft: 0 }),
                  registration: registrationFixture({ status: "WAITLISTED", position: 2 }),
                },
              ]),
        ),
    });
    const { router } = renderWithProviders(<MyRegistrationsPage />, { url: "/evenements/mes-inscriptions" });
    const user = userEvent.setup({ delay: null });

    expect(await screen.findByRole("link", { name: "Débuter avec le tidyverse" })).toHaveAttribute("href", "/evenements/e-tidy");
    expect(screen.getByText("Inscrit·e")).toBeInTheDocument();
    expect(screen.getByText("Vous êtes 2ᵉ sur la liste d'attente")).toBeInTheDocument();

    await user.click(screen.getByRole("tab", { name: "Passées" }));
    expect(await screen.findByText("Vous n'avez participé à aucun événement pour l'instant.")).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.search).toBe("?when=PAST"));
    expect(new URL((api.requestsTo("GET", "/api/v1/me/registrations").at(-1) as Request).url).searchParams.get("when")).toBe("PAST");
  });
});
