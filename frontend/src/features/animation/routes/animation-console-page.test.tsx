import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi, problemResponse } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import {
  ANIMATEUR_SESSION,
  MEMBER_SESSION,
  notOpenDataReport,
  ORPHAN_PROJECT_ID,
  PENDING_ID,
  queuesWithAnOrphanProject,
  queuesWithAPendingRequest,
  queuesWithAStalledPairing,
  REPORT_ID,
  STALLED_ID,
} from "../test/animation-fixtures";
import { AnimationConsolePage } from "./animation-console-page";

const QUEUES = "GET /api/v1/animation/queues";
const REMIND = "POST /api/v1/animation/reminders";
const PROJECT_REPORTS = "GET /api/v1/animation/project-reports";
const NO_REPORT = () => jsonResponse({ items: [], page: 0, size: 20, total: 0 });

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
    mockApi({ [QUEUES]: () => jsonResponse(queuesWithAStalledPairing), [PROJECT_REPORTS]: NO_REPORT });
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
    const reported = await screen.findByRole("region", { name: /Projets signalés/ });
    expect(within(reported).getByText("Aucun projet signalé en attente.")).toBeInTheDocument();
    // Nothing the two people wrote has a column: no message, notes, goals nor comment.
    expect(screen.queryByRole("columnheader", { name: /^(Message|Notes|Objectifs|Commentaire|Note)$/ })).not.toBeInTheDocument();
  });

  it("sends a reminder and shows who reminded when, and explains a refusal", async () => {
    startSession(ANIMATEUR_SESSION);
    let reminded = false;
    const api = mockApi({
      [PROJECT_REPORTS]: NO_REPORT,
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
    const sent = await screen.findByText("2 personnes prévenues par notification et par e-mail.");
    // Announced: the alert appears inside a live region that was there before it.
    expect(sent.closest("[aria-live='polite']")).not.toBeNull();
    expect(await screen.findByText("Relancé le 2 décembre 2026 par Karim Benali (les deux)")).toBeInTheDocument();
    expect(api.requests.filter((r) => r.method === "POST")).toHaveLength(1);

    await user.click(screen.getByRole("button", { name: "Relancer les deux : Léa Novice avec Claire Fontaine" }));
    expect(await screen.findByText(/il y a moins de 7 jours/)).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "La relance n'a pas été envoyée" })).toBeInTheDocument();
  });

  it("shows a reported project and archives it after a note and a confirmation", async () => {
    startSession(ANIMATEUR_SESSION);
    let decided = false;
    const sent: unknown[] = [];
    mockApi({
      [QUEUES]: () => jsonResponse(queuesWithAStalledPairing),
      [PROJECT_REPORTS]: () =>
        jsonResponse(decided ? { items: [], page: 0, size: 20, total: 0 } : { items: [notOpenDataReport], page: 0, size: 20, total: 1 }),
      [`POST /api/v1/animation/project-reports/${REPORT_ID}/decision`]: async (request) => {
        sent.push(await request.json());
        decided = true;
        return jsonResponse({
          id: REPORT_ID,
          projectId: ORPHAN_PROJECT_ID,
          status: "PROJECT_ARCHIVED",
          decidedAt: "2026-12-02T10:00:00Z",
          decidedBy: "Karim Benali",
          closedReports: 2,
          projectStatus: "ARCHIVED",
        });
      },
    });
    renderWithProviders(<AnimationConsolePage />);
    const user = userEvent.setup();

    const reported = await screen.findByRole("region", { name: /Projets signalés/ });
    const row = (await within(reported).findAllByRole("row"))[1];
    expect(within(row).getByRole("link", { name: "Registre des arbres remarquables" })).toHaveAttribute(
      "href",
      `/projets/${ORPHAN_PROJECT_ID}`,
    );
    expect(within(row).getByText("Données non ouvertes ou confidentielles")).toBeInTheDocument();
    expect(within(row).getByText("Le dépôt contient un fichier nominatif.")).toBeInTheDocument();
    expect(within(row).getByRole("link", { name: "Léa Novice" })).toHaveAttribute("href", "/membres/m-lea");
    expect(within(row).getByText("30 novembre 2026")).toBeInTheDocument();

    await user.click(within(row).getByRole("button", { name: "Archiver le projet : Registre des arbres remarquables" }));
    const dialog = screen.getByRole("dialog", { name: "Archiver « Registre des arbres remarquables » ?", hidden: true });
    const confirm = within(dialog).getByRole("button", { name: "Archiver le projet", hidden: true });
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByLabelText(/Note pour l'auteur/), "Données nominatives publiées.");
    await user.click(confirm);

    expect(await screen.findByText(/est archivé ; 2 signalements clos/)).toBeInTheDocument();
    expect(sent).toEqual([{ decision: "ARCHIVE_PROJECT", note: "Données nominatives publiées." }]);
    expect(await within(reported).findByText("Aucun projet signalé en attente.")).toBeInTheDocument();
  });

  it("appoints a lead chosen among the team, and explains why a closure is refused", async () => {
    startSession(ANIMATEUR_SESSION);
    let appointed = false;
    const sent: unknown[] = [];
    mockApi({
      [PROJECT_REPORTS]: NO_REPORT,
      [QUEUES]: () =>
        jsonResponse(
          appointed ? { ...queuesWithAnOrphanProject, projectsWithoutLead: { items: [], total: 0 } } : queuesWithAnOrphanProject,
        ),
      [`POST /api/v1/animation/projects/${ORPHAN_PROJECT_ID}/closure`]: () =>
        problemResponse({ status: 409, detail: "Ce projet est déjà terminé ou archivé : il n'y a rien à clore." }),
      [`POST /api/v1/animation/projects/${ORPHAN_PROJECT_ID}/lead`]: async (request) => {
        sent.push(await request.json());
        appointed = true;
        return jsonResponse({
          projectId: ORPHAN_PROJECT_ID,
          projectStatus: "IN_PROGRESS",
          leads: [{ id: "m-zoe", displayName: "Zoé Martin" }],
          doneBy: "Karim Benali",
          doneAt: "2026-12-02T10:00:00Z",
        });
      },
    });
    renderWithProviders(<AnimationConsolePage />);
    const user = userEvent.setup();

    const projectRow = (await screen.findByRole("link", { name: "Registre des arbres remarquables" })).closest("tr") as HTMLElement;
    expect(projectRow).toHaveTextContent("En cours");
    expect(projectRow).not.toHaveTextContent("IN_PROGRESS");
    await user.click(await screen.findByRole("button", { name: "Clore le projet : Registre des arbres remarquables" }));
    const closing = screen.getByRole("dialog", { name: "Clore « Registre des arbres remarquables » ?", hidden: true });
    await user.type(within(closing).getByLabelText(/Motif/), "Plus aucune activité.");
    await user.click(within(closing).getByRole("button", { name: "Clore le projet", hidden: true }));
    expect(await within(closing).findByText(/il n'y a rien à clore/)).toBeInTheDocument();
    await user.click(within(closing).getByRole("button", { name: "Annuler", hidden: true }));

    await user.click(screen.getByRole("button", { name: "Désigner un responsable : Registre des arbres remarquables" }));
    const appointing = screen.getByRole("dialog", {
      name: "Désigner un responsable de « Registre des arbres remarquables »",
      hidden: true,
    });
    const confirm = within(appointing).getByRole("button", { name: "Désigner", hidden: true });
    await user.type(within(appointing).getByLabelText(/Motif/), "Zoé connaît le mieux le code.");
    expect(confirm).toBeDisabled();
    await user.selectOptions(within(appointing).getByLabelText(/Membre de l'équipe/), "m-zoe");
    await user.click(confirm);

    expect(
      await screen.findByText(
        "Zoé Martin est désormais responsable de « Registre des arbres remarquables » ; cette personne est prévenue.",
      ),
    ).toBeInTheDocument();
    expect(sent).toEqual([{ memberId: "m-zoe", reason: "Zoé connaît le mieux le code." }]);
    expect(await screen.findByText("Chaque projet actif a un responsable.")).toBeInTheDocument();
  });
});

describe("the console's actions on a pairing", () => {
  const CLOSE = `POST /api/v1/animation/pairings/${STALLED_ID}/closure`;
  const REASSIGN = `POST /api/v1/animation/pairings/${PENDING_ID}/reassignment`;
  const CANDIDATES = `GET /api/v1/animation/pairings/${PENDING_ID}/mentor-candidates`;
  const empty = { items: [], total: 0 };

  it("closes a stalled pairing after a message checked in French, then the line leaves the queue", async () => {
    startSession(ANIMATEUR_SESSION);
    let closed = false;
    const api = mockApi({
      [QUEUES]: () => jsonResponse(closed ? { ...queuesWithAStalledPairing, stalledPairings: empty } : queuesWithAStalledPairing),
      [CLOSE]: async (request) => {
        closed = true;
        expect(await request.json()).toEqual({ reason: "Sans nouvelles depuis trois mois." });
        return jsonResponse({ id: STALLED_ID, status: "CANCELLED" });
      },
    });
    renderWithProviders(<AnimationConsolePage />);
    const user = userEvent.setup();

    await user.click(await screen.findByRole("button", { name: "Clore : Léa Novice avec Claire Fontaine" }));
    const dialog = screen.getByRole("dialog", { name: "Clore le mentorat de Léa Novice avec Claire Fontaine ?", hidden: true });
    expect(
      within(dialog).getByRole("heading", { name: "Clore le mentorat de Léa Novice avec Claire Fontaine ?", hidden: true }),
    ).toBeInTheDocument();
    expect(within(dialog).getByText(/la place du mentor se libère/)).toBeInTheDocument();
    const confirm = within(dialog).getByRole("button", { name: "Clore", hidden: true });

    await user.type(within(dialog).getByLabelText(/Message aux deux personnes/), "ok");
    await user.click(confirm);
    expect(within(dialog).getByText("Écrivez un message d'au moins 3 caractères.")).toBeInTheDocument();
    expect(api.requestsTo("POST", `/api/v1/animation/pairings/${STALLED_ID}/closure`)).toHaveLength(0);

    await user.clear(within(dialog).getByLabelText(/Message aux deux personnes/));
    await user.type(within(dialog).getByLabelText(/Message aux deux personnes/), "Sans nouvelles depuis trois mois.");
    expect(within(dialog).getByText(/\(33 \/ 500\)/)).toBeInTheDocument();
    await user.click(confirm);

    expect(
      await screen.findByText("Le mentorat de Léa Novice avec Claire Fontaine est clos : les deux personnes ont reçu votre message."),
    ).toBeInTheDocument();
    const stalled = screen.getByRole("region", { name: /Mentorats sans séance/ });
    expect(await within(stalled).findByText("Tous les mentorats en cours ont eu une séance récemment.")).toBeInTheDocument();
    expect(screen.getByText(/les deux personnes ont reçu votre message/).closest("[tabindex='-1']")).toHaveFocus();
  });

  it("gives an unanswered request to a mentor chosen among the available ones, and explains a refusal", async () => {
    startSession(ANIMATEUR_SESSION);
    let reassigned = false;
    const api = mockApi({
      [QUEUES]: () => jsonResponse(reassigned ? { ...queuesWithAPendingRequest, pendingRequests: empty } : queuesWithAPendingRequest),
      [CANDIDATES]: (request) =>
        jsonResponse(
          new URL(request.url).searchParams.get("q") === "personne"
            ? { items: [], page: 0, size: 10, total: 0 }
            : {
                items: [
                  { id: "m-zoe", displayName: "Zoé Relais", organization: "DREES", freePlaces: 2 },
                  { id: "m-full", displayName: "Bruno Complet", freePlaces: 1 },
                ],
                page: 0,
                size: 10,
                total: 2,
              },
        ),
      [REASSIGN]: async (request) => {
        const body = await request.json();
        if (body.mentorId === "m-full") return problemResponse({ status: 422, detail: "Le mentor n'a plus de place libre." });
        reassigned = true;
        expect(body).toEqual({ mentorId: "m-zoe", reason: "Votre mentor n'est plus disponible." });
        return jsonResponse(
          { id: PENDING_ID, status: "WITHDRAWN", newRequestId: "new-1", newMentor: { id: "m-zoe", displayName: "Zoé Relais" } },
          201,
        );
      },
    });
    renderWithProviders(<AnimationConsolePage />);
    const user = userEvent.setup();

    await user.click(await screen.findByRole("button", { name: "Réattribuer : Marc Débutant avec Claire Fontaine" }));
    const dialog = screen.getByRole("dialog", { name: "Confier la demande de Marc Débutant à un autre mentor ?", hidden: true });
    expect(
      within(dialog).getByRole("heading", { name: "Confier la demande de Marc Débutant à un autre mentor ?", hidden: true }),
    ).toBeInTheDocument();
    expect(within(dialog).getByText(/avec le même message et les mêmes objectifs/)).toBeInTheDocument();
    expect(await within(dialog).findByText("DREES · 2 places libres")).toBeInTheDocument();

    await user.type(within(dialog).getByRole("searchbox", { name: /Chercher un mentor/, hidden: true }), "personne{Enter}");
    expect(await within(dialog).findByText("Aucun mentor disponible ne correspond à « personne ».")).toBeInTheDocument();
    expect(api.requestsTo("POST", `/api/v1/animation/pairings/${PENDING_ID}/reassignment`)).toHaveLength(0);
    await user.clear(within(dialog).getByRole("searchbox", { name: /Chercher un mentor/, hidden: true }));
    await user.click(within(dialog).getByRole("button", { name: "Chercher", hidden: true }));

    const confirm = within(dialog).getByRole("button", { name: "Réattribuer", hidden: true });
    await user.type(within(dialog).getByLabelText(/Message aux deux personnes/), "Votre mentor n'est plus disponible.");
    await user.click(confirm);
    expect(within(dialog).getByText("Choisissez le nouveau mentor.")).toBeInTheDocument();

    await user.click(await within(dialog).findByLabelText(/Bruno Complet/));
    await user.click(confirm);
    expect(await within(dialog).findByText("Le mentor n'a plus de place libre.")).toBeInTheDocument();

    await user.click(within(dialog).getByLabelText(/Zoé Relais/));
    await user.click(confirm);
    expect(
      await screen.findByText("La demande de Marc Débutant est confiée à Zoé Relais, qui doit maintenant y répondre."),
    ).toBeInTheDocument();
    const pending = screen.getByRole("region", { name: /Demandes sans réponse/ });
    expect(await within(pending).findByText("Aucune demande n'attend depuis si longtemps.")).toBeInTheDocument();
  });

  it("offers no action on a pairing that has ended", async () => {
    startSession(ANIMATEUR_SESSION);
    mockApi({
      [QUEUES]: () =>
        jsonResponse({
          ...queuesWithAStalledPairing,
          stalledPairings: empty,
          lowFeedbackPairings: {
            total: 1,
            items: [{ ...queuesWithAStalledPairing.stalledPairings.items[0], status: "COMPLETED", lowFeedbackAt: "2026-11-20T10:00:00Z" }],
          },
        }),
    });
    renderWithProviders(<AnimationConsolePage />);
    const low = await screen.findByRole("region", { name: /avis faible/ });
    expect(await within(low).findByRole("button", { name: "Contacter les deux : Léa Novice avec Claire Fontaine" })).toBeInTheDocument();
    expect(within(low).queryByRole("button", { name: /^(Clore|Réattribuer) :/ })).not.toBeInTheDocument();
  });
});
