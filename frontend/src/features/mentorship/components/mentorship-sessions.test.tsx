import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { MentorshipSession } from "../../../lib/api/types";
import { jsonResponse, mockApi, problemResponse } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { mentorshipFixture } from "../test/mentorship-fixtures";
import { MentorshipSessions } from "./mentorship-sessions";

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

const totals = (items: MentorshipSession[]) => ({
  items,
  totalSessions: items.length,
  totalMinutes: items.reduce((sum, { durationMinutes }) => sum + durationMinutes, 0),
});

/** A server that keeps the sessions and applies the PATCHes and DELETEs it receives, once it has given the refusals it is told to. */
function sessionServer(refusals: Response[] = []) {
  let items = [firstSession];
  return mockApi({
    [`GET ${SESSIONS}`]: () => jsonResponse(totals(items)),
    [`PATCH ${SESSIONS}/s-1`]: async (request) => {
      const refusal = refusals.shift();
      if (refusal) return refusal;
      items = [{ ...firstSession, ...((await request.json()) as Partial<MentorshipSession>) }];
      return jsonResponse(items[0]);
    },
    [`DELETE ${SESSIONS}/s-1`]: () => {
      items = [];
      return new Response(null, { status: 204 });
    },
  });
}

describe("the sessions of a pairing", () => {
  it("lists the sessions with their totals, and logs a new one", async () => {
    let items = [firstSession];
    const api = mockApi({
      [`GET ${SESSIONS}`]: () =>
        jsonResponse({
          items,
          totalSessions: items.length,
          totalMinutes: items.reduce((sum, { durationMinutes }) => sum + durationMinutes, 0),
        }),
      [`POST ${SESSIONS}`]: async (request) => {
        const created = { ...firstSession, id: "s-2", ...((await request.json()) as object) };
        items = [created, ...items];
        return jsonResponse(created, 201);
      },
    });
    renderWithProviders(<MentorshipSessions mentorship={pairing} />);
    const user = userEvent.setup({ delay: null });

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
    const user = userEvent.setup({ delay: null });
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
    expect(screen.queryByRole("button", { name: /^(Modifier|Supprimer)/ })).not.toBeInTheDocument();
  });

  it("lets an animateur who follows the pairing read the sessions, but neither log, modify nor delete any", async () => {
    sessionServer();

    renderWithProviders(<MentorshipSessions mentorship={{ ...pairing, myRole: "SUPERVISOR" }} />);

    expect(await screen.findByText("1 séance, 1 h 30 au total.")).toBeInTheDocument();
    expect(screen.queryByRole("columnheader", { name: "Actions" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^(Modifier|Supprimer|Noter)/ })).not.toBeInTheDocument();
  });

  it("corrects a session in a modal, with the server's message on the field it is about, and updates the totals", async () => {
    const dateRefused = "La séance ne peut pas précéder le début du mentorat, le 3 mars 2026.";
    const api = sessionServer([problemResponse({ status: 422, detail: dateRefused, errors: [{ field: "heldOn", message: dateRefused }] })]);
    renderWithProviders(<MentorshipSessions mentorship={pairing} />);
    const user = userEvent.setup({ delay: null });

    const modify = await screen.findByRole("button", { name: "Modifier la séance du 5 mars 2026" });
    await user.click(modify);
    const dialog = await screen.findByRole("dialog", { name: "Modifier la séance du 5 mars 2026" });
    expect(within(dialog).getByLabelText(/Sujets abordés/)).toHaveValue("Import de fichiers CSV avec readr");
    await user.clear(within(dialog).getByLabelText("Date de la séance"));
    await user.type(within(dialog).getByLabelText("Date de la séance"), "2026-03-01");
    await user.click(within(dialog).getByRole("button", { name: "Enregistrer la séance" }));

    await waitFor(() => expect(within(dialog).getByLabelText("Date de la séance")).toHaveAccessibleDescription(dateRefused));

    await user.clear(within(dialog).getByLabelText("Date de la séance"));
    await user.type(within(dialog).getByLabelText("Date de la séance"), "2026-03-06");
    await user.clear(within(dialog).getByLabelText(/Durée/));
    await user.type(within(dialog).getByLabelText(/Durée/), "60");
    await user.clear(within(dialog).getByLabelText(/Notes partagées/));
    await user.click(within(dialog).getByRole("button", { name: "Enregistrer la séance" }));

    expect(await screen.findByText("1 séance, 1 h au total.")).toBeInTheDocument();
    expect(screen.getByText("La séance est modifiée.")).toBeInTheDocument();
    expect(within(screen.getByRole("table")).getByText("6 mars 2026")).toBeInTheDocument();
    expect(await api.requestsTo("PATCH", `${SESSIONS}/s-1`)[1].json()).toEqual({
      heldOn: "2026-03-06",
      durationMinutes: 60,
      topics: "Import de fichiers CSV avec readr",
      notes: "",
    });
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await user.click(screen.getByRole("button", { name: "Modifier la séance du 6 mars 2026" }));
    expect(within(await screen.findByRole("dialog")).getByLabelText(/Durée/)).toHaveValue(60);
  });

  it("deletes a session only once confirmed, naming it, and updates the totals", async () => {
    const api = sessionServer();
    renderWithProviders(<MentorshipSessions mentorship={pairing} />);
    const user = userEvent.setup({ delay: null });
    const deleteButton = await screen.findByRole("button", { name: "Supprimer la séance du 5 mars 2026" });

    await user.click(deleteButton);
    let dialog = await screen.findByRole("dialog", { name: "Supprimer la séance du 5 mars 2026 ?" });
    expect(dialog).toHaveTextContent("La séance « Import de fichiers CSV avec readr » (1 h 30) disparaîtra du suivi de vous deux");
    await user.click(within(dialog).getByRole("button", { name: "Annuler" }));

    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await waitFor(() => expect(deleteButton).toHaveFocus());
    expect(api.requestsTo("DELETE", `${SESSIONS}/s-1`)).toHaveLength(0);
    expect(screen.getByText("1 séance, 1 h 30 au total.")).toBeInTheDocument();

    await user.click(deleteButton);
    dialog = await screen.findByRole("dialog", { name: "Supprimer la séance du 5 mars 2026 ?" });
    await user.click(within(dialog).getByRole("button", { name: "Supprimer la séance" }));

    expect(await screen.findByText("Aucune séance notée pour le moment.")).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    expect(api.requestsTo("DELETE", `${SESSIONS}/s-1`)).toHaveLength(1);
    await waitFor(() => expect(document.activeElement).toHaveTextContent("La séance du 5 mars 2026 est supprimée."));
  });
});
