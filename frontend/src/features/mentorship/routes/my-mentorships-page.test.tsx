import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { MentorshipStatus, MentorshipSummary } from "../../../lib/api/types";
import { jsonResponse, mockApi } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { MyMentorshipsPage } from "./my-mentorships-page";

const MENTORSHIPS = "/api/v1/mentorships";

function summary(id: string, status: MentorshipStatus, myRole: "MENTOR" | "MENTEE", name: string): MentorshipSummary {
  return {
    id,
    status,
    myRole,
    counterpart: { id: `m-${id}`, displayName: name, jobTitle: "Statisticienne" },
    proposedByProgramme: false,
    requestedAt: "2026-03-02T09:30:00+01:00",
    startedAt: status === "PENDING" ? undefined : "2026-03-03T09:30:00+01:00",
    goals: { total: 3, done: 1 },
  };
}

/** A server that holds these pairings and filters them by status, as the API does. */
function serverWith(pairings: MentorshipSummary[]) {
  return mockApi({
    [`GET ${MENTORSHIPS}`]: (request) => {
      const statuses = new URL(request.url).searchParams.getAll("status");
      const items = pairings.filter(({ status }) => statuses.includes(status));
      return jsonResponse({ items, page: 0, size: 10, total: items.length });
    },
  });
}

const statusesAsked = (api: ReturnType<typeof mockApi>) =>
  api.requestsTo("GET", MENTORSHIPS).map((request) => new URL(request.url).searchParams.getAll("status"));

describe("my mentorships", () => {
  it("groups the statuses in three tabs, both roles together", async () => {
    const api = serverWith([
      summary("p1", "PENDING", "MENTOR", "Léa Moreau"),
      summary("p2", "ACCEPTED", "MENTEE", "Claire Fontaine"),
      summary("p3", "PAUSED", "MENTOR", "Rémi Garnier"),
      summary("p4", "DECLINED", "MENTEE", "Karim Benali"),
      summary("p5", "COMPLETED", "MENTOR", "Inès Roux"),
    ]);
    const { router } = renderWithProviders(<MyMentorshipsPage />, { url: "/mentorats" });
    const user = userEvent.setup();

    expect(await screen.findByRole("heading", { name: "1 demande en attente" })).toBeInTheDocument();
    const pending = screen.getByRole("link", { name: "Léa Moreau" });
    expect(pending).toHaveAttribute("href", "/mentorats/p1");
    expect(within(pending.closest(".fr-card") as HTMLElement).getByText("Vous accompagnez")).toBeInTheDocument();
    expect(within(pending.closest(".fr-card") as HTMLElement).getByText("En attente de réponse")).toBeInTheDocument();

    await user.click(screen.getByRole("tab", { name: "En cours" }));
    expect(await screen.findByRole("heading", { name: "2 mentorats en cours" })).toBeInTheDocument();
    const accepted = screen.getByRole("link", { name: "Claire Fontaine" }).closest(".fr-card") as HTMLElement;
    expect(within(accepted).getByText("Vous êtes accompagné·e")).toBeInTheDocument();
    expect(within(accepted).getByText(/1 objectif atteint sur 3/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Rémi Garnier" })).toBeInTheDocument();
    expect(router.state.location.search).toBe("?onglet=en-cours");

    await user.click(screen.getByRole("tab", { name: "Terminés" }));
    expect(await screen.findByRole("heading", { name: "2 mentorats terminés" })).toBeInTheDocument();
    expect(screen.getByText("Déclinée")).toBeInTheDocument();
    expect(screen.getByText("Terminé")).toBeInTheDocument();

    expect(statusesAsked(api)).toEqual([
      ["PENDING"],
      ["ACCEPTED", "PAUSED"],
      ["DECLINED", "WITHDRAWN", "EXPIRED", "COMPLETED", "CANCELLED"],
    ]);
  });

  it("leads to the mentor suggestions, and to the directory's mentors", async () => {
    serverWith([]);

    renderWithProviders(<MyMentorshipsPage />, { url: "/mentorats" });

    expect(screen.getByRole("link", { name: "Trouver un mentor" })).toHaveAttribute("href", "/trouver-un-mentor");
    expect(screen.getByRole("link", { name: "Chercher un mentor dans l'annuaire" })).toHaveAttribute("href", "/annuaire?canMentor=true");
    expect(await screen.findByRole("heading", { name: "Aucune demande en attente" })).toBeInTheDocument();
  });

  it("marks the pairings the programme proposed", async () => {
    serverWith([
      { ...summary("p1", "PENDING", "MENTEE", "Claire Fontaine"), proposedByProgramme: true },
      summary("p2", "PENDING", "MENTOR", "Léa Moreau"),
    ]);

    renderWithProviders(<MyMentorshipsPage />, { url: "/mentorats" });

    const proposed = (await screen.findByRole("link", { name: "Claire Fontaine" })).closest(".fr-card") as HTMLElement;
    expect(within(proposed).getByText("Proposé par le programme")).toBeInTheDocument();
    const asked = screen.getByRole("link", { name: "Léa Moreau" }).closest(".fr-card") as HTMLElement;
    expect(within(asked).queryByText("Proposé par le programme")).not.toBeInTheDocument();
  });

  it("says so when a tab is empty", async () => {
    serverWith([summary("p1", "PENDING", "MENTEE", "Claire Fontaine")]);

    renderWithProviders(<MyMentorshipsPage />, { url: "/mentorats?onglet=termines" });

    expect(await screen.findByRole("heading", { name: "Aucun mentorat terminé" })).toBeInTheDocument();
    // The DSFR script, loaded asynchronously, settles the tabs' state a moment after React renders them.
    await waitFor(() => expect(screen.getByRole("tab", { name: "Terminés" })).toHaveAttribute("aria-selected", "true"));
    expect(screen.queryByRole("link", { name: "Claire Fontaine" })).not.toBeInTheDocument();
  });

  it("pages through a long list, within its tab", async () => {
    const api = mockApi({
      [`GET ${MENTORSHIPS}`]: () =>
        jsonResponse({ items: [summary("p1", "ACCEPTED", "MENTOR", "Léa Moreau")], page: 1, size: 10, total: 25 }),
    });

    renderWithProviders(<MyMentorshipsPage />, { url: "/mentorats?onglet=en-cours&page=2" });

    const pagination = await screen.findByRole("navigation", { name: /pagination/i });
    expect(within(pagination).getByRole("link", { name: "3" })).toHaveAttribute("href", "/mentorats?onglet=en-cours&page=3");
    await waitFor(() => expect(api.requestsTo("GET", MENTORSHIPS)).toHaveLength(1));
    expect(Object.fromEntries(new URL(api.requestsTo("GET", MENTORSHIPS)[0].url).searchParams)).toMatchObject({ page: "1", size: "10" });
  });
});
