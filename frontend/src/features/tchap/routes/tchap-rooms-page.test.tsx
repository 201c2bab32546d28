import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { TchapRoom } from "../../../lib/api/types";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi, problemResponse } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { TchapRoomsPage } from "./tchap-rooms-page";

const ROOMS = "/api/v1/tchap/rooms";

const announcements: TchapRoom = {
  id: "room-annonces",
  name: "Spyrales — annonces",
  homeserverUrl: "https://matrix.agent.tchap.gouv.fr",
  roomId: "!AbCdEf:agent.tchap.gouv.fr",
  tokenSource: "STORED",
  accessTokenSet: true,
  newsTypes: ["EVENT_CREATED", "CHALLENGE_PUBLISHED"],
  delivery: {
    pending: 1,
    sent: 12,
    failed: 1,
    lastSentAt: "2026-12-01T14:05:00+01:00",
    lastFailureAt: "2026-11-30T10:00:00+01:00",
    lastError: "HTTP 403 : M_FORBIDDEN",
  },
  createdAt: "2026-11-01T10:00:00+01:00",
  updatedAt: "2026-11-01T10:00:00+01:00",
};

function asAnimateur() {
  startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-karim", roles: ["member", "animateur"] });
}

describe("the animateurs' Tchap rooms", () => {
  it("is closed to a member who is not an animateur, and asks the API nothing", async () => {
    startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-lea", roles: ["member"] });
    const api = mockApi({});
    renderWithProviders(<TchapRoomsPage />);
    expect(await screen.findByText("Cette page est réservée aux animateurs et administrateurs.")).toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
  });

  it("says there is no room yet, then adds one with its token and the news it announces", async () => {
    asAnimateur();
    const rooms = { current: [] as TchapRoom[] };
    const api = mockApi({
      [`GET ${ROOMS}`]: () => jsonResponse(rooms.current),
      [`POST ${ROOMS}`]: async (request) => {
        const body = (await request.json()) as { name: string; roomId: string; newsTypes: TchapRoom["newsTypes"] };
        const created: TchapRoom = {
          ...announcements,
          id: "room-new",
          name: body.name,
          roomId: body.roomId,
          newsTypes: body.newsTypes,
          delivery: { pending: 0, sent: 0, failed: 0 },
        };
        rooms.current = [created];
        return jsonResponse(created, 201);
      },
    });
    renderWithProviders(<TchapRoomsPage />, { url: "/animation/tchap" });
    const user = userEvent.setup({ delay: null });

    expect(await screen.findByText(/Aucun salon configuré/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Ajouter un salon" }));
    const form = screen.getByRole("form", { name: "Ajouter un salon" });
    await user.click(within(form).getByRole("button", { name: "Ajouter le salon" }));
    expect(within(form).getByText("Donnez un nom au salon.")).toBeInTheDocument();
    expect(within(form).getByText("Collez le jeton d'accès du compte robot.")).toBeInTheDocument();
    expect(api.requestsTo("POST", ROOMS)).toHaveLength(0);

    await user.type(within(form).getByLabelText(/Nom du salon/), "Webinaires Spyrales");
    await user.type(within(form).getByLabelText(/Identifiant du salon/), "!XyZ:agent.tchap.gouv.fr");
    await user.type(within(form).getByLabelText(/Jeton d'accès/), "syt_secret");
    await user.click(within(form).getByLabelText("Nouveaux événements"));
    await user.click(within(form).getByLabelText("Replays mis en ligne"));
    await user.click(within(form).getByRole("button", { name: "Ajouter le salon" }));

    expect(await screen.findByText("Le salon « Webinaires Spyrales » est ajouté.")).toBeInTheDocument();
    expect(await api.requestsTo("POST", ROOMS)[0].json()).toEqual({
      name: "Webinaires Spyrales",
      homeserverUrl: "https://matrix.agent.tchap.gouv.fr",
      roomId: "!XyZ:agent.tchap.gouv.fr",
      accessToken: "syt_secret",
      newsTypes: ["EVENT_CREATED", "EVENT_REPLAY_PUBLISHED"],
    });
    expect(await screen.findByRole("heading", { name: "Webinaires Spyrales" })).toBeInTheDocument();
    expect(screen.queryByText("syt_secret")).not.toBeInTheDocument();
  });

  it("shows each room's news and delivery, and shows the API's refusal beside its field", async () => {
    asAnimateur();
    const api = mockApi({
      [`GET ${ROOMS}`]: () => jsonResponse([announcements]),
      [`PUT ${ROOMS}/room-annonces`]: () =>
        problemResponse({
          status: 400,
          title: "Requête invalide",
          detail: "Certains champs sont invalides.",
          errors: [{ field: "roomId", message: "L'identifiant du salon a la forme !abc:agent.tchap.gouv.fr." }],
        }),
    });
    renderWithProviders(<TchapRoomsPage />, { url: "/animation/tchap" });
    const user = userEvent.setup({ delay: null });

    expect(await screen.findByRole("heading", { name: "Spyrales — annonces" })).toBeInTheDocument();
    const news = screen.getByRole("list", { name: "Nouvelles annoncées dans Spyrales — annonces" });
    expect(within(news).getByText("Nouveaux événements")).toBeInTheDocument();
    expect(within(news).getByText("Nouveaux défis de La Piscine")).toBeInTheDocument();
    expect(screen.getByText(/Dernière annonce publiée le/)).toHaveTextContent("12 publiées, 1 en attente");
    expect(screen.getByText(/1 annonce abandonnée/)).toBeInTheDocument();
    expect(screen.getByText(/HTTP 403 : M_FORBIDDEN/)).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Modifier Spyrales — annonces" }));
    const form = screen.getByRole("form", { name: "Modifier le salon Spyrales — annonces" });
    expect(within(form).getByLabelText(/Jeton d'accès/)).toHaveValue("");
    expect(within(form).getByText("Un jeton est enregistré : laissez vide pour le garder.")).toBeInTheDocument();
    await user.click(within(form).getByRole("button", { name: "Enregistrer le salon" }));

    expect(await within(form).findByText("L'identifiant du salon a la forme !abc:agent.tchap.gouv.fr.")).toBeInTheDocument();
    const sent = (await api.requestsTo("PUT", `${ROOMS}/room-annonces`)[0].json()) as Record<string, unknown>;
    expect(sent).not.toHaveProperty("accessToken");
    expect(sent.newsTypes).toEqual(["EVENT_CREATED", "CHALLENGE_PUBLISHED"]);
  });

  it("removes a room after a confirmation, and queues a test message", async () => {
    asAnimateur();
    const rooms = { current: [announcements] };
    const api = mockApi({
      [`GET ${ROOMS}`]: () => jsonResponse(rooms.current),
      [`POST ${ROOMS}/room-annonces/test`]: () =>
        jsonResponse({ ...announcements, delivery: { ...announcements.delivery, pending: 2 } }, 202),
      [`DELETE ${ROOMS}/room-annonces`]: () => {
        rooms.current = [];
        return new Response(null, { status: 204 });
      },
    });
    renderWithProviders(<TchapRoomsPage />, { url: "/animation/tchap" });
    const user = userEvent.setup({ delay: null });

    await user.click(await screen.findByRole("button", { name: "Envoyer un message de test dans Spyrales — annonces" }));
    expect(await screen.findByText(/Message de test mis en file pour « Spyrales — annonces »/)).toBeInTheDocument();
    expect(api.requestsTo("POST", `${ROOMS}/room-annonces/test`)).toHaveLength(1);

    await user.click(screen.getByRole("button", { name: "Retirer Spyrales — annonces" }));
    const dialog = screen.getByRole("dialog", { name: "Retirer le salon « Spyrales — annonces » ?" });
    expect(api.requestsTo("DELETE", `${ROOMS}/room-annonces`)).toHaveLength(0);
    await user.click(within(dialog).getByRole("button", { name: "Retirer le salon" }));

    expect(await screen.findByText("Le salon « Spyrales — annonces » est retiré : il ne recevra plus d'annonces.")).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText(/Aucun salon configuré/)).toBeInTheDocument());
  });
});
