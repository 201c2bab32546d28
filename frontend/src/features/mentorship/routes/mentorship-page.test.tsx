import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Mentorship } from "../../../lib/api/types";
import { jsonResponse, mockApi, problemResponse } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { mentorshipFixture, reportPage } from "../test/mentorship-fixtures";
import { ACTION_LABELS } from "../utils/mentorship-labels";
import { MentorshipPage } from "./mentorship-page";

const ID = "3f1c2a9e-0000-4000-8000-000000000001";
const MENTORSHIP = `/api/v1/mentorships/${ID}`;

const lea = { id: "m-lea", displayName: "Léa Moreau", jobTitle: "Contrôleuse de l'Insee" };
const claire = {
  id: "m-claire",
  displayName: "Claire Fontaine",
  organization: { id: "org-insee", name: "Institut national de la statistique", acronym: "Insee" },
};

function pendingRequest(overrides: Partial<Mentorship> = {}): Mentorship {
  return mentorshipFixture({
    id: ID,
    myRole: "MENTOR",
    mentee: lea,
    mentor: claire,
    message: "Bonjour, je débute en R.",
    goals: { total: 2, done: 0 },
    allowedActions: ["ACCEPT", "DECLINE"],
    history: [{ toStatus: "PENDING", actorId: "m-lea", actorName: "Léa Moreau", occurredAt: "2026-03-02T09:30:00+01:00" }],
    ...overrides,
  });
}

const goals = {
  items: [
    {
      id: "g-1",
      title: "Écrire mon premier script R",
      done: false,
      position: 0,
      createdAt: "2026-03-02T09:30:00+01:00",
      updatedAt: "2026-03-02T09:30:00+01:00",
      comments: [],
    },
  ],
  progress: { total: 1, done: 0 },
};

function renderPairing(mentorship: Mentorship, routes = {}) {
  const api = mockApi({
    [`GET ${MENTORSHIP}`]: () => jsonResponse(mentorship),
    [`GET ${MENTORSHIP}/goals`]: () => jsonResponse(goals),
    [`GET ${MENTORSHIP}/sessions`]: () => jsonResponse({ items: [], totalSessions: 0, totalMinutes: 0 }),
    [`GET ${MENTORSHIP}/reports`]: () => jsonResponse(reportPage([])),
    ...routes,
  });
  renderWithProviders(<MentorshipPage />, { url: `/mentorats/${ID}`, path: "/mentorats/:id" });
  return { api, user: userEvent.setup({ delay: null }) };
}

/** Which of the state changes the page offers, by their button. */
const offeredActions = () => Object.values(ACTION_LABELS).filter((label) => screen.queryByRole("button", { name: label }) !== null);

describe("the pairing page", () => {
  it("shows the state, the parties and the request, but no contact before the answer", async () => {
    renderPairing(pendingRequest());

    expect(await screen.findByRole("heading", { level: 1, name: "Mentorat de Léa Moreau avec Claire Fontaine" })).toBeInTheDocument();
    expect(screen.getByText("En attente de réponse")).toBeInTheDocument();
    expect(screen.getByText("Vous accompagnez")).toBeInTheDocument();
    expect(screen.getByText("Bonjour, je débute en R.")).toBeInTheDocument();
    expect(screen.getAllByText("Les coordonnées sont visibles une fois la demande acceptée.")).toHaveLength(2);
    expect(screen.queryByRole("link", { name: /@/ })).not.toBeInTheDocument();
  });

  it("offers exactly the actions the server allows", async () => {
    renderPairing(pendingRequest({ status: "ACCEPTED", allowedActions: ["PAUSE", "COMPLETE", "CANCEL"] }));
    await screen.findByRole("heading", { level: 1, name: /Léa Moreau/ });

    expect(offeredActions()).toEqual(["Mettre en pause", "Terminer le mentorat", "Annuler le mentorat"]);
  });

  it("offers the mentee only to withdraw a pending request", async () => {
    renderPairing(pendingRequest({ myRole: "MENTEE", allowedActions: ["WITHDRAW"] }));
    await screen.findByRole("heading", { level: 1, name: /Léa Moreau/ });

    expect(offeredActions()).toEqual(["Retirer ma demande"]);
    expect(screen.getByText("Vous êtes accompagné·e")).toBeInTheDocument();
  });

  it("accepts at once, then shows the contact details the server now sends", async () => {
    const accepted = pendingRequest({
      status: "ACCEPTED",
      allowedActions: ["PAUSE", "COMPLETE", "CANCEL"],
      mentee: { ...lea, contact: { email: "lea.moreau@justice.gouv.fr", tchapHandle: "@lea.moreau:agent.justice.tchap.gouv.fr" } },
      mentor: { ...claire, contact: { email: "claire.fontaine@insee.fr" } },
    });
    const { api, user } = renderPairing(pendingRequest(), { [`POST ${MENTORSHIP}/accept`]: () => jsonResponse(accepted) });

    await user.click(await screen.findByRole("button", { name: "Accepter la demande" }));

    expect(await screen.findByRole("link", { name: "lea.moreau@justice.gouv.fr" })).toHaveAttribute(
      "href",
      "mailto:lea.moreau@justice.gouv.fr",
    );
    expect(screen.getByRole("link", { name: "@lea.moreau:agent.justice.tchap.gouv.fr" })).toHaveAttribute(
      "href",
      "https://tchap.gouv.fr/#/user/@lea.moreau:agent.justice.tchap.gouv.fr",
    );
    expect(screen.getByText(/Vous avez accepté la demande/).closest("[role=status]")).toBeInTheDocument();
    expect(screen.getByText("En cours")).toBeInTheDocument();
    expect(api.requestsTo("POST", `${MENTORSHIP}/accept`)).toHaveLength(1);
  });

  it("asks to confirm a refusal, with its reason, before declining", async () => {
    const declined = pendingRequest({
      status: "DECLINED",
      allowedActions: [],
      history: [
        ...pendingRequest().history,
        {
          fromStatus: "PENDING",
          toStatus: "DECLINED",
          actorId: "m-claire",
          actorName: "Claire Fontaine",
          reason: "NO_TIME",
          comment: "En congé jusqu'en avril.",
          occurredAt: "2026-03-03T10:00:00+01:00",
        },
      ],
    });
    const { api, user } = renderPairing(pendingRequest(), { [`POST ${MENTORSHIP}/decline`]: () => jsonResponse(declined) });

    await user.click(await screen.findByRole("button", { name: "Décliner la demande" }));
    const dialog = await screen.findByRole("dialog", { name: "Décliner cette demande ?" });
    expect(api.requestsTo("POST", `${MENTORSHIP}/decline`)).toHaveLength(0);

    await user.click(within(dialog).getByRole("button", { name: "Confirmer le refus" }));
    expect(within(dialog).getByText("Choisissez un motif.")).toBeInTheDocument();
    expect(api.requestsTo("POST", `${MENTORSHIP}/decline`)).toHaveLength(0);

    const reasons = within(dialog).getByRole("group", { name: /Motif du refus/ });
    expect(
      within(reasons)
        .getAllByRole("radio")
        .map((radio) => radio.closest("div")?.textContent),
    ).toEqual([
      "Je n'ai pas le temps en ce moment",
      "Mes compétences ne correspondent pas à la demande",
      "J'accompagne déjà le maximum de personnes",
      "Je suis déjà engagé·e par ailleurs",
      "Autre raison",
    ]);
    await user.click(within(reasons).getByLabelText("Je n'ai pas le temps en ce moment"));
    await user.type(within(dialog).getByLabelText(/Commentaire/), "En congé jusqu'en avril.");
    await user.click(within(dialog).getByRole("button", { name: "Confirmer le refus" }));

    await waitFor(() => expect(api.requestsTo("POST", `${MENTORSHIP}/decline`)).toHaveLength(1));
    expect(await api.requestsTo("POST", `${MENTORSHIP}/decline`)[0].json()).toEqual({
      reason: "NO_TIME",
      comment: "En congé jusqu'en avril.",
    });
    expect(await screen.findByText("Déclinée")).toBeInTheDocument();
    expect(screen.getByText("Motif : Je n'ai pas le temps en ce moment")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Accepter la demande" })).not.toBeInTheDocument();
  });

  it("requires a comment with « Autre raison », and puts the server's message on the comment", async () => {
    const serverMessage = "Le commentaire compte au plus 2000 caractères.";
    const { api, user } = renderPairing(pendingRequest(), {
      [`POST ${MENTORSHIP}/decline`]: () =>
        problemResponse({
          status: 400,
          detail: "Certains champs sont invalides.",
          errors: [{ field: "decline.request.comment", message: serverMessage }],
        }),
    });

    await user.click(await screen.findByRole("button", { name: "Décliner la demande" }));
    const dialog = await screen.findByRole("dialog", { name: "Décliner cette demande ?" });
    expect(within(dialog).getByLabelText(/Commentaire \(facultatif\)/)).not.toBeRequired();

    await user.click(within(dialog).getByLabelText("Autre raison"));
    const comment = within(dialog).getByRole("textbox", { name: /^Commentaire/ });
    expect(comment).toBeRequired();
    // The DSFR puts the hint in the label.
    expect(comment).toHaveAccessibleName(/Obligatoire avec « Autre raison » : précisez le motif\./);
    expect(comment).not.toHaveAccessibleName(/facultatif/);

    await user.type(comment, "   ");
    await user.click(within(dialog).getByRole("button", { name: "Confirmer le refus" }));
    expect(comment).toHaveAccessibleDescription(/Précisez en quelques mots le motif « Autre »\./);
    expect(api.requestsTo("POST", `${MENTORSHIP}/decline`)).toHaveLength(0);

    await user.type(comment, "Je change de service en avril.");
    await user.click(within(dialog).getByRole("button", { name: "Confirmer le refus" }));

    await waitFor(() => expect(comment).toHaveAccessibleDescription(new RegExp(serverMessage)));
    expect(within(dialog).getByRole("alert")).not.toHaveTextContent(serverMessage);
    expect(await api.requestsTo("POST", `${MENTORSHIP}/decline`)[0].json()).toEqual({
      reason: "OTHER",
      comment: "Je change de service en avril.",
    });
  });

  it("requires a reason to cancel, and shows the server's refusal in the modal", async () => {
    const detail = "Impossible de passer de l'état « Terminé » à « Annulé ».";
    const { api, user } = renderPairing(pendingRequest({ status: "ACCEPTED", allowedActions: ["CANCEL"] }), {
      [`POST ${MENTORSHIP}/cancel`]: () => problemResponse({ status: 409, title: "Conflit", detail }),
    });

    await user.click(await screen.findByRole("button", { name: "Annuler le mentorat" }));
    const dialog = await screen.findByRole("dialog", { name: "Annuler ce mentorat ?" });
    await user.click(within(dialog).getByRole("button", { name: "Confirmer l'annulation" }));
    expect(within(dialog).getByText("Indiquez la raison de l'annulation.")).toBeInTheDocument();
    expect(api.requestsTo("POST", `${MENTORSHIP}/cancel`)).toHaveLength(0);

    await user.type(within(dialog).getByLabelText(/Raison de l'annulation/), "Changement de poste.");
    await user.click(within(dialog).getByRole("button", { name: "Confirmer l'annulation" }));

    expect(await within(dialog).findByText(detail)).toBeInTheDocument();
    expect(await api.requestsTo("POST", `${MENTORSHIP}/cancel`)[0].json()).toEqual({ reason: "Changement de poste." });
  });

  it("tells who changed what and why, the programme included", async () => {
    renderPairing(
      pendingRequest({
        status: "WITHDRAWN",
        allowedActions: [],
        history: [
          ...pendingRequest().history,
          { fromStatus: "PENDING", toStatus: "WITHDRAWN", reason: "ANOTHER_MENTOR_ACCEPTED", occurredAt: "2026-03-04T08:00:00+01:00" },
        ],
      }),
    );

    const entries = within(await screen.findByRole("region", { name: "Historique" })).getAllByRole("listitem");
    expect(entries).toHaveLength(2);
    expect(entries[0]).toHaveTextContent("Léa Moreau : demande envoyée");
    expect(entries[1]).toHaveTextContent("Spyrales : En attente de réponse → devient Retirée");
    expect(entries[1]).toHaveTextContent("Retirée automatiquement : un autre mentor a accepté");
  });

  it("names the animateurs, with their message, when they closed the request from their console", async () => {
    renderPairing(
      pendingRequest({
        status: "WITHDRAWN",
        allowedActions: [],
        history: [
          ...pendingRequest().history,
          {
            fromStatus: "PENDING",
            toStatus: "WITHDRAWN",
            reason: "CLOSED_BY_ANIMATION",
            comment: "Claire n'est plus disponible.",
            occurredAt: "2026-03-20T08:00:00+01:00",
          },
        ],
      }),
    );

    const entries = within(await screen.findByRole("region", { name: "Historique" })).getAllByRole("listitem");
    expect(entries[1]).toHaveTextContent("Les animateurs : En attente de réponse → devient Retirée");
    expect(entries[1]).toHaveTextContent("Clos par les animateurs");
    expect(entries[1]).toHaveTextContent("« Claire n'est plus disponible. »");
  });

  it("says when the programme proposed the pairing, and made the request", async () => {
    renderPairing(
      pendingRequest({
        myRole: "MENTEE",
        allowedActions: ["WITHDRAW"],
        proposedByProgramme: true,
        history: [{ toStatus: "PENDING", occurredAt: "2026-03-02T09:30:00+01:00" }],
      }),
    );

    expect(await screen.findByText("Proposé par le programme")).toBeInTheDocument();
    const [creation] = within(screen.getByRole("region", { name: "Historique" })).getAllByRole("listitem");
    expect(creation).toHaveTextContent("Le programme de mentorat : demande envoyée");
  });

  it("does not say so of a request the mentee made", async () => {
    renderPairing(pendingRequest());

    expect(await screen.findByText("En attente de réponse")).toBeInTheDocument();
    expect(screen.queryByText("Proposé par le programme")).not.toBeInTheDocument();
  });

  it("shows the not-found page for a pairing that does not exist or that the member may not see", async () => {
    mockApi({ [`GET ${MENTORSHIP}`]: () => problemResponse({ status: 404, detail: "Mentorat introuvable." }) });

    renderWithProviders(<MentorshipPage />, { url: `/mentorats/${ID}`, path: "/mentorats/:id" });

    expect(await screen.findByRole("heading", { level: 1, name: "Page non trouvée" })).toBeInTheDocument();
    expect(screen.queryByText("Mentorat introuvable.")).not.toBeInTheDocument();
  });
});

describe("the planned end of a pairing", () => {
  // Today is 10 February 2026: a new planned end goes from 11 February 2026 to 10 February 2027.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-02-10T10:00:00"));
  });
  afterEach(() => vi.useRealTimers());

  const CHANGE_BUTTON = { name: "Modifier la date de fin" };

  function pairingUnderWay(overrides: Partial<Mentorship> = {}): Mentorship {
    return pendingRequest({
      status: "ACCEPTED",
      allowedActions: ["PAUSE", "COMPLETE", "CANCEL"],
      startedAt: "2025-11-21T10:00:00+01:00",
      plannedEndDate: "2026-02-21",
      ...overrides,
    });
  }

  const endedRoutes = { [`GET ${MENTORSHIP}/feedback`]: () => jsonResponse({ theirsHidden: false }) };

  it.each<[string, Partial<Mentorship>]>([
    ["the mentor of a pairing under way", { myRole: "MENTOR", status: "ACCEPTED" }],
    ["the mentee of a paused pairing", { myRole: "MENTEE", status: "PAUSED", allowedActions: ["RESUME", "COMPLETE", "CANCEL"] }],
  ])("can be changed by %s", async (_, overrides) => {
    renderPairing(pairingUnderWay(overrides));

    expect(await screen.findByText("Fin prévue le 21 février 2026")).toBeInTheDocument();
    expect(screen.getByRole("button", CHANGE_BUTTON)).toBeInTheDocument();
  });

  it.each<[string, Partial<Mentorship>]>([
    ["an animateur who follows the pairing", { myRole: "SUPERVISOR", allowedActions: [] }],
    ["a pending request", { status: "PENDING", allowedActions: ["ACCEPT", "DECLINE"], startedAt: undefined }],
    ["a completed pairing", { status: "COMPLETED", allowedActions: [], endedAt: "2026-02-22T03:00:00+01:00" }],
  ])("cannot be changed by %s", async (_, overrides) => {
    renderPairing(pairingUnderWay(overrides), endedRoutes);

    expect(await screen.findByText("Fin prévue le 21 février 2026")).toBeInTheDocument();
    expect(screen.queryByRole("button", CHANGE_BUTTON)).not.toBeInTheDocument();
  });

  it("moves in a modal, prefilled and bounded to the coming year, then shows the new date and says so", async () => {
    const entry = {
      fromStatus: "ACCEPTED",
      toStatus: "ACCEPTED",
      actorId: "m-claire",
      actorName: "Claire Fontaine",
      reason: "END_DATE_CHANGED",
      comment: "Fin prévue le 30 juin 2026 au lieu du 21 février 2026.",
      occurredAt: "2026-02-10T10:00:00+01:00",
    } as const;
    const moved = pairingUnderWay({ plannedEndDate: "2026-06-30", history: [...pairingUnderWay().history, entry] });
    const { api, user } = renderPairing(pairingUnderWay(), { [`PATCH ${MENTORSHIP}`]: () => jsonResponse(moved) });

    const button = await screen.findByRole("button", CHANGE_BUTTON);
    await user.click(button);
    const dialog = await screen.findByRole("dialog", { name: "Modifier la date de fin prévue" });
    const field = within(dialog).getByLabelText(/Nouvelle date de fin prévue/);
    expect(field).toHaveValue("2026-02-21");
    expect(field).toHaveAttribute("min", "2026-02-11");
    expect(field).toHaveAttribute("max", "2027-02-10");
    expect(field).toHaveAccessibleName(/dans l'année qui vient\. Une fois cette date passée, le mentorat se termine automatiquement\./);

    await user.clear(field);
    await user.type(field, "2027-03-01");
    await user.click(within(dialog).getByRole("button", { name: "Enregistrer la date" }));
    expect(field).toHaveAccessibleDescription("Choisissez une date du 11 février 2026 au 10 février 2027.");
    expect(api.requestsTo("PATCH", MENTORSHIP)).toHaveLength(0);

    await user.clear(field);
    await user.type(field, "2026-06-30");
    await user.click(within(dialog).getByRole("button", { name: "Enregistrer la date" }));

    expect(await screen.findByText("Fin prévue le 30 juin 2026")).toBeInTheDocument();
    expect(screen.getByText("La fin du mentorat est maintenant prévue le 30 juin 2026.").closest("[role=status]")).toBeInTheDocument();
    expect(api.requestsTo("PATCH", MENTORSHIP)).toHaveLength(1);
    expect(await api.requestsTo("PATCH", MENTORSHIP)[0].json()).toEqual({ plannedEndDate: "2026-06-30" });
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await waitFor(() => expect(button).toHaveFocus());

    await user.click(button);
    expect(within(await screen.findByRole("dialog")).getByLabelText(/Nouvelle date de fin prévue/)).toHaveValue("2026-06-30");
  });

  it("puts the server's refusal on the date field", async () => {
    const refusal = "Choisissez une date dans l'année qui vient.";
    const { api, user } = renderPairing(pairingUnderWay(), {
      [`PATCH ${MENTORSHIP}`]: () =>
        problemResponse({
          status: 400,
          detail: "Certains champs sont invalides.",
          errors: [{ field: "plannedEndDate", message: refusal }],
        }),
    });

    await user.click(await screen.findByRole("button", CHANGE_BUTTON));
    const dialog = await screen.findByRole("dialog", { name: "Modifier la date de fin prévue" });
    const field = within(dialog).getByLabelText(/Nouvelle date de fin prévue/);
    await user.clear(field);
    await user.type(field, "2026-12-31");
    await user.click(within(dialog).getByRole("button", { name: "Enregistrer la date" }));

    await waitFor(() => expect(field).toHaveAccessibleDescription(refusal));
    expect(within(dialog).getByRole("alert")).not.toHaveTextContent(refusal);
    expect(screen.getByText("Fin prévue le 21 février 2026")).toBeInTheDocument();
    expect(api.requestsTo("PATCH", MENTORSHIP)).toHaveLength(1);
  });

  it("appears in the history as a change of date by its author, with the dates, without a change of state", async () => {
    renderPairing(
      pairingUnderWay({
        history: [
          ...pairingUnderWay().history,
          {
            fromStatus: "PENDING",
            toStatus: "ACCEPTED",
            actorId: "m-claire",
            actorName: "Claire Fontaine",
            occurredAt: "2025-11-21T10:00:00+01:00",
          },
          {
            fromStatus: "ACCEPTED",
            toStatus: "ACCEPTED",
            actorId: "m-lea",
            actorName: "Léa Moreau",
            reason: "END_DATE_CHANGED",
            comment: "Fin prévue le 30 juin 2026 au lieu du 21 février 2026.",
            occurredAt: "2026-02-09T18:00:00+01:00",
          },
        ],
      }),
    );

    const entries = within(await screen.findByRole("region", { name: "Historique" })).getAllByRole("listitem");
    expect(entries).toHaveLength(3);
    expect(entries[2]).toHaveTextContent("Léa Moreau : date de fin modifiée");
    expect(entries[2]).toHaveTextContent("« Fin prévue le 30 juin 2026 au lieu du 21 février 2026. »");
    expect(entries[2]).not.toHaveTextContent("→");
    expect(entries[2]).not.toHaveTextContent("END_DATE_CHANGED");
  });
});

describe("a long history", () => {
  const dateChange = (day: number) => ({
    fromStatus: "ACCEPTED" as const,
    toStatus: "ACCEPTED" as const,
    actorId: "m-lea",
    actorName: "Léa Moreau",
    reason: "END_DATE_CHANGED",
    comment: `Changement ${day}`,
    occurredAt: `2026-01-${String(day).padStart(2, "0")}T10:00:00+01:00`,
  });

  it("shows the latest changes the server sent and says how many older ones are left out", async () => {
    const latest = Array.from({ length: 20 }, (_, i) => dateChange(i + 1));
    renderPairing(pendingRequest({ status: "ACCEPTED", history: latest, historyTotal: 62 }));

    const region = await screen.findByRole("region", { name: "Historique" });
    expect(within(region).getAllByRole("listitem")).toHaveLength(20);
    expect(region).toHaveTextContent("Les 20 derniers changements sur 62 : les plus anciens ne sont plus affichés.");
  });

  it("says nothing more when the whole history is there", async () => {
    renderPairing(pendingRequest());

    const region = await screen.findByRole("region", { name: "Historique" });
    expect(within(region).getAllByRole("listitem")).toHaveLength(1);
    expect(region).not.toHaveTextContent("derniers changements");
  });
});
