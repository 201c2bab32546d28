import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { MentorshipSession } from "../../../lib/api/types";
import { jsonResponse, mockApi, problemResponse } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { MentorshipSessions } from "./mentorship-sessions";
import { mentorshipFixture } from "../../../test/fixtures/mentorship";

const ID = "p-1";
const SESSIONS = `/api/v1/mentorships/${ID}/sessions`;

const pairing = mentorshipFixture({
  id: ID,
  status: "ACCEPTED",
  myRole: "MENTOR",
  startedAt: "2026-03-03T09:30:00+01:00",
  allowedActions: ["PAUSE", "COMPLETE", "CANCEL"],
});

const firstSession: MentorshipSession = {
  id: "s-1",
  heldOn: "2026-03-05",
  durationMinutes: 90,
  topics: "Import de fichiers CSV avec readr",
  notes: "Prochaine fois : ggplot2",
  createdByName: "Claire Fontaine",
  createdAt: "2026-03-05T18:00:00+01:00",
};

describe("the sessions of a pairing", () => {
  it("lists the sessions with their totals, and logs a new one", async () => {
    let items = [firstSession];
    const api = mockApi({
      [`GET ${SESSIONS}`]: () =>
        jsonResponse({ items, totalSessions: items.length, totalMinutes: items.reduce((sum, { durationMinutes }) => sum + durationMinutes, 0) }),
      [`POST ${SESSIONS}`]: async (request) => {
        const created = { ...firstSession, id: "s-2", ...((await request.json()) as object) };
        items = [created, ...items];
        return jsonResponse(created, 201);
      },
    });
    renderWithProviders(<MentorshipSessions mentorship={pairing} />);
    const user = userEvent.setup();

    expect(await screen.findByText("1 séance, 1 h 30 au total.")).toBeInTheDocument();
    expect(within(screen.getByRole("table")).getByText("Import de fichiers CSV avec readr")).toBeInTheDocument();

    await user.clear(screen.getByLabelText("Date de la séance"));
    await user.type(screen.getByLabelText("Date de la séance"), "2026-03-12");
    await user.clear(screen.getByLabelText(/Durée/));
    await user.type(screen.getByLabelText(/Durée/), "45");
    await user.type(screen.getByLabelText(/Sujets abordés/), "Premier graphique avec ggplot2");
    await user.click(screen.getByRole("button", { name: "Noter la séance" }));

    expect(await screen.findByText("2 séances, 2 h 15 au total.")).toBeInTheDocument();
    expect(await api.requestsTo("POST", SESSIONS)[0].json()).toEqual({
      heldOn: "2026-03-12",
      durationMinutes: 45,
      topics: "Premier graphique avec ggplot2",
    });
    expect(screen.getByText("La séance est notée.")).toBeInTheDocument();
  });

  it("says what is missing, then shows the server's refusal", async () => {
    const detail = "La séance ne peut pas précéder le début du mentorat, le 3 mars 2026.";
    const api = mockApi({
      [`GET ${SESSIONS}`]: () => jsonResponse({ items: [], totalSessions: 0, totalMinutes: 0 }),
      [`POST ${SESSIONS}`]: () => problemResponse({ status: 422, detail }),
    });
    renderWithProviders(<MentorshipSessions mentorship={pairing} />);
    const user = userEvent.setup();
    expect(await screen.findByText("Aucune séance notée pour le moment.")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Noter la séance" }));
    expect(screen.getByText("Dites en quelques mots ce que vous avez vu ensemble.")).toBeInTheDocument();
    expect(api.requestsTo("POST", SESSIONS)).toHaveLength(0);

    await user.type(screen.getByLabelText(/Sujets abordés/), "Révisions");
    await user.click(screen.getByRole("button", { name: "Noter la séance" }));

    expect(await screen.findByText(detail)).toBeInTheDocument();
    await waitFor(() => expect(api.requestsTo("POST", SESSIONS)).toHaveLength(1));
  });

  it("offers no form once the pairing is over", async () => {
    mockApi({ [`GET ${SESSIONS}`]: () => jsonResponse({ items: [firstSession], totalSessions: 1, totalMinutes: 90 }) });

    renderWithProviders(<MentorshipSessions mentorship={{ ...pairing, status: "COMPLETED", allowedActions: [] }} />);

    expect(await screen.findByText("1 séance, 1 h 30 au total.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Noter la séance" })).not.toBeInTheDocument();
  });
});
