import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi, problemResponse } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { ANIMATEUR_SESSION, MEMBER_SESSION, queuesWithAStalledPairing, STALLED_ID } from "../test/animation-fixtures";
import { AnimationConsolePage } from "./animation-console-page";

const QUEUES = "GET /api/v1/animation/queues";
const REMIND = "POST /api/v1/animation/reminders";

describe("the animateurs' console", () => {
  it("is closed to a plain member, and asks the API nothing", async () => {
    startSession(MEMBER_SESSION);
    const api = mockApi({});
    renderWithProviders(<AnimationConsolePage />);
    expect(await screen.findByText("Cette page est réservée aux animateurs et administrateurs.")).toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
  });

  it("shows each queue with its count, its lines and an empty state, never what members wrote", async () => {
    startSession(ANIMATEUR_SESSION);
    mockApi({ [QUEUES]: () => jsonResponse(queuesWithAStalledPairing) });
    renderWithProviders(<AnimationConsolePage />);

    expect(await screen.findByRole("heading", { level: 1, name: "Console d'animation" })).toBeInTheDocument();
    const stalled = await screen.findByRole("region", { name: /Mentorats sans séance depuis plus de 4 semaines/ });
    const rows = within(stalled).getAllByRole("row");
    expect(within(rows[1]).getByRole("link", { name: "Léa Novice" })).toHaveAttribute("href", "/membres/m-lea");
    expect(within(rows[1]).getByText("Claire Fontaine")).toBeInTheDocument();
    expect(within(rows[1]).getByText("10 septembre 2026")).toBeInTheDocument();
    expect(within(rows[1]).getByText("—")).toBeInTheDocument();

    const pending = screen.getByRole("region", { name: /Demandes sans réponse depuis plus de 14 jours/ });
    expect(within(pending).getByText("Aucune demande n'attend depuis si longtemps.")).toBeInTheDocument();
    expect(within(pending).queryByRole("table")).not.toBeInTheDocument();

    const moderation = screen.getByRole("region", { name: "À modérer" });
    expect(within(moderation).getByRole("link", { name: "Ressources à relire" })).toHaveAttribute("href", "/animation/ressources");
    expect(within(moderation).getByRole("link", { name: "Signalements ouverts" })).toHaveAttribute("href", "/animation/signalements");
    // Nothing the two people wrote has a column: no message, notes, goals nor comment.
    expect(screen.queryByRole("columnheader", { name: /^(Message|Notes|Objectifs|Commentaire|Note)$/ })).not.toBeInTheDocument();
  });

  it("sends a reminder and shows who reminded when, and explains a refusal", async () => {
    startSession(ANIMATEUR_SESSION);
    let reminded = false;
    const api = mockApi({
      [QUEUES]: () =>
        jsonResponse(
          reminded
            ? {
                ...queuesWithAStalledPairing,
                stalledPairings: {
                  total: 1,
                  items: [
                    {
                      ...queuesWithAStalledPairing.stalledPairings.items[0],
                      lastReminder: { sentAt: "2026-12-02T10:00:00Z", sentBy: "Karim Benali", recipients: "BOTH" },
                    },
                  ],
                },
              }
            : queuesWithAStalledPairing,
        ),
      [REMIND]: async (request) => {
        if (reminded)
          return problemResponse({ status: 409, detail: "Une relance a déjà été envoyée pour cette ligne il y a moins de 7 jours." });
        reminded = true;
        expect(await request.json()).toEqual({ queue: "STALLED_PAIRING", targetId: STALLED_ID, recipients: "BOTH" });
        return jsonResponse(
          {
            id: "r1",
            queue: "STALLED_PAIRING",
            targetId: STALLED_ID,
            recipients: "BOTH",
            sentAt: "2026-12-02T10:00:00Z",
            sentBy: "Karim Benali",
            recipientCount: 2,
          },
          201,
        );
      },
    });
    renderWithProviders(<AnimationConsolePage />);
    const user = userEvent.setup();

    await user.click(await screen.findByRole("button", { name: "Relancer les deux : Léa Novice avec Claire Fontaine" }));
    expect(await screen.findByText("2 personnes prévenues par notification et par e-mail.")).toBeInTheDocument();
    expect(await screen.findByText("Relancé le 2 décembre 2026 par Karim Benali (les deux)")).toBeInTheDocument();
    expect(api.requests.filter((r) => r.method === "POST")).toHaveLength(1);

    await user.click(screen.getByRole("button", { name: "Relancer les deux : Léa Novice avec Claire Fontaine" }));
    expect(await screen.findByText(/il y a moins de 7 jours/)).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "La relance n'a pas été envoyée" })).toBeInTheDocument();
  });
});
