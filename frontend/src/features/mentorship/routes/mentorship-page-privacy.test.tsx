import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Mentorship, MentorshipReport } from "../../../lib/api/types";
import { jsonResponse, mockApi, problemResponse, type ApiRoutes } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { mentorshipFixture, mentorshipReportFixture, reportPage } from "../test/mentorship-fixtures";
import { MentorshipPage } from "./mentorship-page";

const ID = "3f1c2a9e-0000-4000-8000-000000000002";
const MENTORSHIP = `/api/v1/mentorships/${ID}`;
const REPORTS = `${MENTORSHIP}/reports`;

/** A pairing under way, paused once with a comment that only its parties read. */
function pairing(overrides: Partial<Mentorship> = {}): Mentorship {
  return mentorshipFixture({
    id: ID,
    status: "ACCEPTED",
    myRole: "MENTEE",
    message: "Bonjour, je débute en R.",
    startedAt: "2026-03-03T10:00:00+01:00",
    plannedEndDate: "2026-06-03",
    goals: { total: 2, done: 1 },
    allowedActions: ["PAUSE", "COMPLETE", "CANCEL"],
    history: [
      { toStatus: "PENDING", actorId: "m-lea", actorName: "Léa Moreau", occurredAt: "2026-03-02T09:30:00+01:00" },
      {
        fromStatus: "PENDING",
        toStatus: "ACCEPTED",
        actorId: "m-claire",
        actorName: "Claire Fontaine",
        occurredAt: "2026-03-03T10:00:00+01:00",
      },
      {
        fromStatus: "ACCEPTED",
        toStatus: "PAUSED",
        actorId: "m-lea",
        actorName: "Léa Moreau",
        comment: "Je suis en arrêt maladie.",
        occurredAt: "2026-03-05T10:00:00+01:00",
      },
      { fromStatus: "PAUSED", toStatus: "ACCEPTED", actorId: "m-lea", actorName: "Léa Moreau", occurredAt: "2026-03-09T10:00:00+01:00" },
    ],
    ...overrides,
  });
}

/** As the server sends it to an animateur who is not a party: no message, no comments, no contacts, no actions. */
function supervisedPairing(): Mentorship {
  const full = pairing();
  return {
    ...full,
    myRole: "SUPERVISOR",
    message: undefined,
    allowedActions: [],
    history: full.history.map(({ comment: _, ...entry }) => entry),
  };
}

const report = (overrides: Partial<MentorshipReport> = {}) => mentorshipReportFixture({ mentorshipId: ID, ...overrides });

function renderPairing(mentorship: Mentorship, routes: ApiRoutes = {}) {
  const api = mockApi({
    [`GET ${MENTORSHIP}`]: () => jsonResponse(mentorship),
    [`GET ${MENTORSHIP}/goals`]: () => jsonResponse({ items: [], progress: { total: 0, done: 0 } }),
    [`GET ${MENTORSHIP}/sessions`]: () => jsonResponse({ items: [], totalSessions: 0, totalMinutes: 0 }),
    [`GET ${REPORTS}`]: () => jsonResponse(reportPage([])),
    ...routes,
  });
  renderWithProviders(<MentorshipPage />, { url: `/mentorats/${ID}`, path: "/mentorats/:id" });
  return { api, user: userEvent.setup({ delay: null }) };
}

describe("the pairing page of an animateur who is not a party", () => {
  it("shows that the pairing exists and how it goes, says why not more, and asks nothing private", async () => {
    const { api } = renderPairing(supervisedPairing());

    expect(await screen.findByText("Le contenu d'un binôme est privé.")).toBeInTheDocument();
    expect(screen.getByText(/ne sont lus que par les deux personnes du binôme/)).toBeInTheDocument();
    expect(screen.getByText("Vous suivez ce binôme en tant qu'animateur·rice")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 3, name: "Léa Moreau" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 3, name: "Claire Fontaine" })).toBeInTheDocument();
    expect(screen.queryByText(/coordonnées/)).not.toBeInTheDocument();
    const followUp = screen.getByRole("region", { name: "Le suivi" });
    expect(within(followUp).getByText("Commencé le 3 mars 2026")).toBeInTheDocument();
    expect(within(followUp).getByText("Fin prévue le 3 juin 2026")).toBeInTheDocument();
    expect(within(followUp).getByText("Objectifs : 1 objectif atteint sur 2.")).toBeInTheDocument();
    const history = within(screen.getByRole("region", { name: "Historique" })).getAllByRole("listitem");
    expect(history).toHaveLength(4);
    expect(history[2]).toHaveTextContent("Léa Moreau : En cours → devient En pause");

    expect(screen.queryByRole("heading", { name: "La demande" })).not.toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Objectifs" })).not.toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Séances" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Signaler un problème" })).not.toBeInTheDocument();
    expect(await screen.findByText("Aucune des deux personnes du binôme n'a signalé de problème.")).toBeInTheDocument();
    for (const part of ["goals", "sessions", "feedback"]) {
      expect(api.requestsTo("GET", `${MENTORSHIP}/${part}`)).toHaveLength(0);
    }
    expect(screen.getByRole("link", { name: "Signalements" })).toHaveAttribute("href", "/animation/signalements");
  });

  it("lists every report of the pairing with its author, and marks an open one resolved with a note", async () => {
    const fromMentor = report({
      id: "r-2",
      author: { id: "m-claire", displayName: "Claire Fontaine" },
      authorRole: "MENTOR",
      message: "Léa ne vient plus aux séances.",
      createdAt: "2026-03-12T09:00:00+01:00",
    });
    const resolvedBefore = report({
      status: "RESOLVED",
      resolvedAt: "2026-03-11T09:00:00+01:00",
      resolvedByName: "Karim Benali",
      resolutionNote: "Appel fait à Léa.",
    });
    let current = [fromMentor, resolvedBefore];
    const resolved = {
      ...fromMentor,
      status: "RESOLVED" as const,
      resolvedAt: "2026-03-13T09:00:00+01:00",
      resolvedByName: "Karim Benali",
      resolutionNote: "Nous avons parlé à Léa.",
    };
    const { api, user } = renderPairing(supervisedPairing(), {
      [`GET ${REPORTS}`]: () => jsonResponse(reportPage(current)),
      [`POST ${REPORTS}/r-2/resolve`]: () => {
        current = [resolved, resolvedBefore];
        return jsonResponse(resolved);
      },
    });

    const reports = await screen.findByRole("region", { name: "Signalements" });
    const [open, done] = await within(reports).findAllByRole("article");
    expect(open).toHaveTextContent("Par Claire Fontaine, mentor, le 12 mars 2026");
    expect(open).toHaveTextContent("Léa ne vient plus aux séances.");
    expect(open).toHaveTextContent("À traiter");
    expect(done).toHaveTextContent("Par Léa Moreau, personne accompagnée");
    expect(done).toHaveTextContent(/Traité le 11 mars 2026 à \d\d:\d\d par Karim Benali\./);
    expect(done).toHaveTextContent("Note des animateurs : « Appel fait à Léa. »");
    expect(within(done).queryByRole("button")).not.toBeInTheDocument();

    await user.click(within(open).getByRole("button", { name: /^Marquer comme traité : signalement de Claire Fontaine/ }));
    const dialog = await screen.findByRole("dialog", { name: "Marquer le signalement comme traité" });
    expect(within(dialog).getByText(/Le signalement de Claire Fontaine, mentor, sera marqué comme traité/)).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText(/Note pour la personne qui a signalé le problème/), "  Nous avons parlé à Léa.  ");
    await user.click(within(dialog).getByRole("button", { name: "Marquer comme traité" }));

    await waitFor(() => expect(api.requestsTo("POST", `${REPORTS}/r-2/resolve`)).toHaveLength(1));
    expect(await api.requestsTo("POST", `${REPORTS}/r-2/resolve`)[0].json()).toEqual({ note: "Nous avons parlé à Léa." });
    expect(await screen.findByText(/est marqué comme traité\.$/)).toBeInTheDocument();
    await waitFor(() => expect(within(reports).queryByRole("button", { name: /Marquer comme traité/ })).not.toBeInTheDocument());
    expect(within(reports).getByText("Note des animateurs : « Nous avons parlé à Léa. »")).toBeInTheDocument();
  });

  it("sends no note when none is written, and shows the server's refusal in the modal", async () => {
    const detail = "Ce signalement a déjà été traité par Karim Benali.";
    const { api, user } = renderPairing(supervisedPairing(), {
      [`GET ${REPORTS}`]: () => jsonResponse(reportPage([report()])),
      [`POST ${REPORTS}/r-1/resolve`]: () => problemResponse({ status: 409, title: "Conflit avec l'état actuel", detail }),
    });

    await user.click(await screen.findByRole("button", { name: /^Marquer comme traité/ }));
    const dialog = await screen.findByRole("dialog", { name: "Marquer le signalement comme traité" });
    await user.click(within(dialog).getByRole("button", { name: "Marquer comme traité" }));

    expect(await within(dialog).findByText(detail)).toBeInTheDocument();
    expect(await api.requestsTo("POST", `${REPORTS}/r-1/resolve`)[0].json()).toEqual({});
  });
});

describe("reporting a problem, for a party", () => {
  it("explains who reads it, sends it, and lists it among the member's own reports", async () => {
    let mine: MentorshipReport[] = [];
    const created = report({ message: "Mon mentor annule nos séances au dernier moment." });
    const { api, user } = renderPairing(pairing(), {
      [`GET ${REPORTS}`]: () => jsonResponse(reportPage(mine)),
      [`POST ${REPORTS}`]: () => {
        mine = [created];
        return jsonResponse(created, 201);
      },
    });

    const section = await screen.findByRole("region", { name: "Signaler un problème" });
    expect(within(section).getByText(/Claire Fontaine ne lira pas votre signalement/)).toBeInTheDocument();
    expect(await within(section).findByText("Vous n'avez rien signalé sur ce mentorat.")).toBeInTheDocument();
    expect(screen.queryByText("Le contenu d'un binôme est privé.")).not.toBeInTheDocument();

    const button = within(section).getByRole("button", { name: "Signaler un problème" });
    await user.click(button);
    const dialog = await screen.findByRole("dialog", { name: "Signaler un problème aux animateurs" });
    expect(dialog).toHaveTextContent("Votre signalement est lu par les animateurs de la communauté");
    expect(dialog).toHaveTextContent("Claire Fontaine ne le lira pas");

    const field = within(dialog).getByLabelText(/Décrivez le problème/);
    await user.type(field, "   ");
    await user.click(within(dialog).getByRole("button", { name: "Envoyer aux animateurs" }));
    expect(field).toHaveAccessibleDescription("Décrivez le problème.");
    expect(api.requestsTo("POST", REPORTS)).toHaveLength(0);

    await user.clear(field);
    await user.type(field, "Mon mentor annule nos séances au dernier moment.");
    await user.click(within(dialog).getByRole("button", { name: "Envoyer aux animateurs" }));

    await waitFor(() => expect(api.requestsTo("POST", REPORTS)).toHaveLength(1));
    expect(await api.requestsTo("POST", REPORTS)[0].json()).toEqual({ message: "Mon mentor annule nos séances au dernier moment." });
    expect((await screen.findByText(/Votre signalement est transmis aux animateurs/)).closest("[role=status]")).toBeInTheDocument();
    expect(await within(section).findByRole("heading", { level: 3, name: "Vos signalements" })).toBeInTheDocument();
    const [item] = within(section).getAllByRole("article");
    expect(item).toHaveTextContent("Mon mentor annule nos séances au dernier moment.");
    expect(item).toHaveTextContent("À traiter");
    expect(within(item).queryByRole("button")).not.toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await waitFor(() => expect(button).toHaveFocus());
  });

  it("shows how the animateurs answered, and the server's refusal of one report too many", async () => {
    const detail = "Vous avez déjà 5 signalements en attente sur ce mentorat : les animateurs les traiteront avant d'en recevoir d'autres.";
    const { user } = renderPairing(pairing({ myRole: "MENTOR" }), {
      [`GET ${REPORTS}`]: () =>
        jsonResponse(
          reportPage([
            report({
              author: { id: "m-claire", displayName: "Claire Fontaine" },
              authorRole: "MENTOR",
              status: "RESOLVED",
              resolvedAt: "2026-03-11T09:00:00+01:00",
              resolvedByName: "Karim Benali",
              resolutionNote: "Nous avons appelé Léa.",
            }),
          ]),
        ),
      [`POST ${REPORTS}`]: () => problemResponse({ status: 422, title: "Règle métier non respectée", detail }),
    });

    const section = await screen.findByRole("region", { name: "Signaler un problème" });
    const [item] = await within(section).findAllByRole("article");
    expect(item).toHaveTextContent("Traité");
    expect(item).toHaveTextContent("Note des animateurs : « Nous avons appelé Léa. »");
    expect(item).not.toHaveTextContent("Par Claire Fontaine");
    expect(within(section).getByText(/Léa Moreau ne lira pas votre signalement/)).toBeInTheDocument();

    await user.click(within(section).getByRole("button", { name: "Signaler un problème" }));
    const dialog = await screen.findByRole("dialog", { name: "Signaler un problème aux animateurs" });
    await user.type(within(dialog).getByLabelText(/Décrivez le problème/), "Encore un problème.");
    await user.click(within(dialog).getByRole("button", { name: "Envoyer aux animateurs" }));
    expect(await within(dialog).findByText(detail)).toBeInTheDocument();
  });

  it("offers older reports when there are more than one page", async () => {
    const firstPage = Array.from({ length: 10 }, (_, i) => report({ id: `r-${i}`, message: `Problème ${i}` }));
    const { api, user } = renderPairing(pairing(), {
      [`GET ${REPORTS}`]: (request) => {
        const page = Number(new URL(request.url).searchParams.get("page"));
        return jsonResponse(
          page === 0 ? reportPage(firstPage, 11) : reportPage([report({ id: "r-old", message: "Le plus ancien" })], 11, 1),
        );
      },
    });

    const section = await screen.findByRole("region", { name: "Signaler un problème" });
    expect(await within(section).findAllByRole("article")).toHaveLength(10);
    await user.click(within(section).getByRole("button", { name: "Afficher les signalements plus anciens" }));

    expect(await within(section).findByText("Le plus ancien")).toBeInTheDocument();
    expect(within(section).getAllByRole("article")).toHaveLength(11);
    expect(within(section).queryByRole("button", { name: "Afficher les signalements plus anciens" })).not.toBeInTheDocument();
    expect(api.requestsTo("GET", REPORTS).map((request) => new URL(request.url).searchParams.toString())).toEqual([
      "page=0&size=10",
      "page=1&size=10",
    ]);
  });
});
