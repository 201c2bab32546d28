import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { MatchingProposal, MatchingRun } from "../../../lib/api/types";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi, problemResponse, type ApiRoutes } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { RUN_POLL_INTERVAL_MS } from "../api/matching-queries";
import { doneRun, KARIM, proposal, runningRun } from "../test/run-fixtures";
import { MatchingRunPage } from "./matching-run-page";

const RUN = "/api/v1/matching/runs/run-1";

function signIn(roles = ["member", "animateur"]) {
  startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-karim", roles });
}

const proposalPage = (items: MatchingProposal[]) => () => jsonResponse({ items, page: 0, size: 20, total: items.length });

function renderRun(routes: ApiRoutes, url = "/animation/appariements/run-1") {
  const api = mockApi(routes);
  renderWithProviders(<MatchingRunPage />, { url, path: "/animation/appariements/:id" });
  return api;
}

afterEach(() => {
  vi.useRealTimers();
});

describe("the run page", () => {
  it("reads a computing run every second until it is done, then announces it and shows its figures and pairs", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    signIn();
    const answers: MatchingRun[] = [runningRun({ stage: "SOLVING" }), doneRun()];
    const api = renderRun({
      [`GET ${RUN}`]: () => jsonResponse(answers.length > 1 ? answers.shift() : answers[0]),
      [`GET ${RUN}/proposals`]: proposalPage([proposal()]),
    });

    expect(await screen.findByText("Étape 3 sur 5")).toBeInTheDocument();
    expect(screen.getByText("Calcul en cours")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: /^Optimisation/ })).toBeInTheDocument();
    expect(screen.getByText("Enregistrement")).toBeInTheDocument();
    expect(api.requestsTo("GET", `${RUN}/proposals`)).toHaveLength(0);

    await act(() => vi.advanceTimersByTimeAsync(RUN_POLL_INTERVAL_MS));

    expect(await screen.findByText("Le calcul est terminé : 180 binômes proposés, prêts à revoir.")).toBeInTheDocument();
    expect(screen.getByText("Prêt à revoir")).toBeInTheDocument();
    expect(screen.queryByText("Étape 3 sur 5")).not.toBeInTheDocument();
    const figures = screen.getByRole("region", { name: "Chiffres du calcul" });
    expect(within(figures).getByRole("row", { name: /Personnes à accompagner 412/ })).toBeInTheDocument();
    expect(within(figures).getByRole("row", { name: /Gain sur une attribution une par une \+9,5/ })).toBeInTheDocument();
    // The animateurs' words: no method names, no count of pairs examined, no milliseconds.
    expect(figures).not.toHaveTextContent(/glouton|examiné|ms\b|Durée/);
    expect(screen.getByText("Poids « Compétences à développer » : 50 points")).toBeInTheDocument();
    expect(await screen.findByRole("link", { name: "Léa Moreau" })).toHaveAttribute("href", "/membres/m-lea");
    expect(screen.getByRole("link", { name: "Claire Fontaine" })).toHaveAttribute("href", "/membres/m-claire");
    expect(screen.getByText("Maîtrise R au niveau 4 — niveau 1 chez Léa (+50)")).toBeInTheDocument();

    await act(() => vi.advanceTimersByTimeAsync(3 * RUN_POLL_INTERVAL_MS));
    expect(api.requestsTo("GET", RUN)).toHaveLength(2);
  });

  it("shows why a computation failed", async () => {
    signIn(["member", "admin"]);
    const error = "Le calcul a été interrompu par un redémarrage du service.";
    renderRun({ [`GET ${RUN}`]: () => jsonResponse(runningRun({ status: "FAILED", error })) });

    expect(await screen.findByText(error)).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Le calcul a échoué" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Confirmer et envoyer les demandes" })).not.toBeInTheDocument();
  });

  it("takes a pair out of the proposal, then offers to put it back", async () => {
    signIn();
    let removed = false;
    const api = renderRun({
      [`GET ${RUN}`]: () => jsonResponse(doneRun({ removed: removed ? 1 : 0 })),
      [`GET ${RUN}/proposals`]: () => proposalPage([proposal({ removed })])(),
      [`POST ${RUN}/proposals/m-lea/remove`]: () => {
        removed = true;
        return jsonResponse(proposal({ removed }));
      },
    });
    const user = userEvent.setup({ delay: null });
    expect(await screen.findByText(/180 binômes gardés sur 180/)).toBeInTheDocument();

    await user.click(await screen.findByRole("button", { name: "Retirer le binôme de Léa Moreau avec Claire Fontaine" }));

    expect(await screen.findByRole("button", { name: "Remettre le binôme de Léa Moreau avec Claire Fontaine" })).toBeInTheDocument();
    expect(screen.getByText("Retiré")).toBeInTheDocument();
    expect(screen.getByText(/179 binômes gardés sur 180/)).toBeInTheDocument();
    expect(api.requestsTo("POST", `${RUN}/proposals/m-lea/remove`)).toHaveLength(1);
  });

  it("shows the pairs to review before the button that sends the requests, with the action next to the names", async () => {
    signIn();
    renderRun({ [`GET ${RUN}`]: () => jsonResponse(doneRun()), [`GET ${RUN}/proposals`]: proposalPage([proposal()]) });

    await screen.findByRole("link", { name: "Léa Moreau" });
    const remove = screen.getByRole("button", { name: "Retirer le binôme de Léa Moreau avec Claire Fontaine" });
    const confirm = screen.getByRole("button", { name: "Confirmer et envoyer les demandes" });
    const table = remove.closest("table") as HTMLTableElement;
    expect(table.compareDocumentPosition(confirm) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // On a 375 px phone the first columns are on screen: the action is the third, right after the two names.
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((header) => header.textContent),
    ).toEqual(["Personne accompagnée", "Mentor", "Action", "Score", "Raisons"]);
    const cells = within(remove.closest("tr") as HTMLElement).getAllByRole("cell");
    expect(cells[2]).toContainElement(remove);
    // The figures come after the review.
    const figures = screen.getByRole("region", { name: "Chiffres du calcul" });
    expect(confirm.compareDocumentPosition(figures) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("filters the pairs by name and by kept or removed", async () => {
    signIn();
    const api = renderRun({ [`GET ${RUN}`]: () => jsonResponse(doneRun()), [`GET ${RUN}/proposals`]: proposalPage([proposal()]) });
    const user = userEvent.setup({ delay: null });
    await screen.findByRole("link", { name: "Léa Moreau" });

    await user.type(screen.getByLabelText(/Rechercher une personne/), "lea");
    await user.click(screen.getByLabelText("Retirés"));
    await user.click(screen.getByRole("button", { name: "Filtrer" }));

    await waitFor(() => expect(api.requestsTo("GET", `${RUN}/proposals`)).toHaveLength(2));
    const query = new URL(api.requestsTo("GET", `${RUN}/proposals`)[1].url).searchParams;
    expect(Object.fromEntries(query)).toEqual({ page: "0", size: "20", q: "lea", removed: "true" });
  });

  it("asks before sending the requests, then says how many were sent and what became of each pair", async () => {
    signIn();
    let confirmed = false;
    const confirmedRun = doneRun({ status: "CONFIRMED", removed: 1, created: 178, skipped: 1, confirmedBy: KARIM });
    const api = renderRun({
      [`GET ${RUN}`]: () => jsonResponse(confirmed ? confirmedRun : doneRun({ removed: 1 })),
      [`GET ${RUN}/proposals`]: () =>
        proposalPage([
          proposal(confirmed ? { outcome: "CREATED", mentorshipId: "ms-1" } : {}),
          proposal({
            mentee: { id: "m-remi", displayName: "Rémi Morel" },
            ...(confirmed ? { outcome: "SKIPPED", outcomeDetail: "La personne a déjà un mentorat en cours." } : {}),
          }),
        ])(),
      [`POST ${RUN}/confirm`]: () => {
        confirmed = true;
        return jsonResponse(doneRun({ status: "CONFIRMING", removed: 1, created: 0, skipped: 0, toSend: 179 }), 202);
      },
    });
    const user = userEvent.setup({ delay: null });

    await user.click(await screen.findByRole("button", { name: "Confirmer et envoyer les demandes" }));
    const dialog = await screen.findByRole("dialog", { name: "Confirmer l'appariement et envoyer les demandes ?" });
    expect(within(dialog).getByText("179 demandes de mentorat seront envoyées, au nom du programme Spyrales.")).toBeInTheDocument();
    expect(within(dialog).getByText(/l'acceptera ou la déclinera comme d'habitude/)).toBeInTheDocument();
    expect(api.requestsTo("POST", `${RUN}/confirm`)).toHaveLength(0);

    await user.click(within(dialog).getByRole("button", { name: "Confirmer et envoyer" }));

    expect(await screen.findByText("178 demandes de mentorat envoyées, 1 binôme écarté.")).toBeInTheDocument();
    expect(api.requestsTo("POST", `${RUN}/confirm`)).toHaveLength(1);
    expect(screen.getByText("Confirmé")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Confirmer et envoyer les demandes" })).not.toBeInTheDocument();
    expect(await screen.findByText("Demande envoyée")).toBeInTheDocument();
    expect(screen.getByText("Écarté : La personne a déjà un mentorat en cours.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Retirer/ })).not.toBeInTheDocument();
  });

  it("follows the requests as they leave, batch after batch, until every pair is handled", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    signIn();
    const answers: MatchingRun[] = [
      doneRun({ status: "CONFIRMING", removed: 1, created: 100, skipped: 1, toSend: 179, confirmedBy: KARIM }),
      doneRun({ status: "CONFIRMED", removed: 1, created: 177, skipped: 2, toSend: 179, confirmedBy: KARIM }),
    ];
    renderRun({
      [`GET ${RUN}`]: () => jsonResponse(answers.length > 1 ? answers.shift() : answers[0]),
      [`GET ${RUN}/proposals`]: proposalPage([proposal({ outcome: "CREATED", mentorshipId: "ms-1" })]),
    });

    expect(await screen.findByText(/101 binômes traités sur 179/)).toBeInTheDocument();
    expect(screen.getByText("Envoi des demandes")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Confirmer et envoyer les demandes" })).not.toBeInTheDocument();

    await act(() => vi.advanceTimersByTimeAsync(RUN_POLL_INTERVAL_MS));

    expect(await screen.findByText("177 demandes de mentorat envoyées, 2 binômes écartés.")).toBeInTheDocument();
    expect(screen.queryByText(/binômes traités sur/)).not.toBeInTheDocument();
  });

  it("shows the server's refusal when the run is already confirmed", async () => {
    signIn();
    const detail = "Cet appariement a déjà été confirmé.";
    renderRun({
      [`GET ${RUN}`]: () => jsonResponse(doneRun()),
      [`GET ${RUN}/proposals`]: proposalPage([proposal()]),
      [`POST ${RUN}/confirm`]: () => problemResponse({ status: 409, title: "Conflit", detail }),
    });
    const user = userEvent.setup({ delay: null });

    await user.click(await screen.findByRole("button", { name: "Confirmer et envoyer les demandes" }));
    const dialog = await screen.findByRole("dialog", { name: /Confirmer l'appariement/ });
    await user.click(within(dialog).getByRole("button", { name: "Confirmer et envoyer" }));

    expect(await within(dialog).findByText(detail)).toBeInTheDocument();
    expect(within(dialog).getByRole("alert")).toHaveTextContent("L'appariement n'a pas été confirmé");
  });

  it("tells a member without the role that the page is reserved, without asking the API", () => {
    signIn(["member"]);
    const api = renderRun({});

    expect(screen.getByText("Cette page est réservée aux animateurs et administrateurs.")).toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
  });

  it("shows the not-found page for a run that does not exist", async () => {
    signIn();
    renderRun({ [`GET ${RUN}`]: () => problemResponse({ status: 404, detail: "Appariement introuvable." }) });

    expect(await screen.findByRole("heading", { level: 1, name: "Page non trouvée" })).toBeInTheDocument();
    expect(screen.queryByText("Appariement introuvable.")).not.toBeInTheDocument();
  });
});
