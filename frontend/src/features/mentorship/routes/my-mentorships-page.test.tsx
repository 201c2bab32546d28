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

/** A server that holds these pairings and filters them by status and role, as the API does. */
function serverWith(pairings: MentorshipSummary[], totals: Partial<Record<"MENTOR" | "MENTEE", number>> = {}) {
  return mockApi({
    [`GET ${MENTORSHIPS}`]: (request) => {
      const params = new URL(request.url).searchParams;
      const role = params.get("role") as "MENTOR" | "MENTEE" | null;
      const statuses = params.getAll("status");
      const items = pairings.filter((pairing) => statuses.includes(pairing.status) && (role === null || pairing.myRole === role));
      return jsonResponse({ items, page: Number(params.get("page")), size: 10, total: (role && totals[role]) ?? items.length });
    },
  });
}

/** What each list request asked for: the role and the statuses (the tabs' counts, asked without a role, left out). */
const listsAsked = (api: ReturnType<typeof mockApi>) =>
  api
    .requestsTo("GET", MENTORSHIPS)
    .map((request) => new URL(request.url).searchParams)
    .filter((params) => params.has("role"))
    .map((params) => [params.get("role"), params.getAll("status")]);

const section = (name: string) => screen.getByRole("region", { name });

describe("my mentorships", () => {
  it("groups the statuses in three tabs, and in each the pairings where I mentor apart from those where I am mentored", async () => {
    const api = serverWith([
      summary("p1", "PENDING", "MENTOR", "Léa Moreau"),
      summary("p6", "PENDING", "MENTEE", "Sophie Marchand"),
      summary("p2", "ACCEPTED", "MENTEE", "Claire Fontaine"),
      summary("p3", "PAUSED", "MENTOR", "Rémi Garnier"),
      summary("p4", "DECLINED", "MENTEE", "Karim Benali"),
      summary("p5", "COMPLETED", "MENTOR", "Inès Roux"),
    ]);
    const { router } = renderWithProviders(<MyMentorshipsPage />, { url: "/mentorats?onglet=en-attente" });
    const user = userEvent.setup({ delay: null });

    expect(await screen.findByRole("heading", { level: 2, name: "2 demandes en attente" })).toBeInTheDocument();
    const pending = within(section("Je suis mentor")).getByRole("link", { name: "Léa Moreau" });
    expect(pending).toHaveAttribute("href", "/mentorats/p1");
    expect(within(pending.closest(".fr-card") as HTMLElement).getByText("En attente de réponse")).toBeInTheDocument();
    expect(within(section("Je suis accompagné·e")).getByRole("link", { name: "Sophie Marchand" })).toBeInTheDocument();
    expect(within(section("Je suis accompagné·e")).queryByRole("link", { name: "Léa Moreau" })).not.toBeInTheDocument();

    await user.click(screen.getByRole("tab", { name: "En cours (2)" }));
    expect(await screen.findByRole("heading", { name: "2 mentorats en cours" })).toBeInTheDocument();
    const accepted = within(section("Je suis accompagné·e"))
      .getByRole("link", { name: "Claire Fontaine" })
      .closest(".fr-card") as HTMLElement;
    expect(within(accepted).getByText(/1 objectif atteint sur 3/)).toBeInTheDocument();
    expect(within(section("Je suis mentor")).getByRole("link", { name: "Rémi Garnier" })).toBeInTheDocument();
    expect(router.state.location.search).toBe("?onglet=en-cours");

    await user.click(screen.getByRole("tab", { name: "Terminés (2)" }));
    expect(await screen.findByRole("heading", { name: "2 mentorats terminés" })).toBeInTheDocument();
    expect(within(section("Je suis accompagné·e")).getByText("Déclinée")).toBeInTheDocument();
    expect(within(section("Je suis mentor")).getByText("Terminé")).toBeInTheDocument();

    const ended = ["DECLINED", "WITHDRAWN", "EXPIRED", "COMPLETED", "CANCELLED"];
    expect(listsAsked(api)).toEqual([
      ["MENTOR", ["PENDING"]],
      ["MENTEE", ["PENDING"]],
      ["MENTOR", ["ACCEPTED", "PAUSED"]],
      ["MENTEE", ["ACCEPTED", "PAUSED"]],
      ["MENTOR", ended],
      ["MENTEE", ended],
    ]);
  });

  it("leaves out the role I have no pairing in", async () => {
    serverWith([summary("p2", "ACCEPTED", "MENTEE", "Claire Fontaine")]);

    renderWithProviders(<MyMentorshipsPage />, { url: "/mentorats?onglet=en-cours" });

    expect(await screen.findByRole("heading", { level: 3, name: "Je suis accompagné·e" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Claire Fontaine" })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Je suis mentor" })).not.toBeInTheDocument();
  });

  it("leads to the mentor suggestions, and to the directory's mentors", async () => {
    serverWith([]);

    renderWithProviders(<MyMentorshipsPage />, { url: "/mentorats" });

    expect(screen.getByRole("link", { name: "Trouver un mentor" })).toHaveAttribute("href", "/trouver-un-mentor");
    expect(screen.getByRole("link", { name: "Chercher un mentor dans l'annuaire" })).toHaveAttribute("href", "/annuaire?canMentor=true");
    expect(await screen.findByRole("heading", { name: "Aucune demande en attente" })).toBeInTheDocument();
  });

  it("opens on the pairings under way when there are some, even with requests waiting, and counts each tab", async () => {
    serverWith([
      summary("p1", "PENDING", "MENTOR", "Léa Moreau"),
      summary("p2", "ACCEPTED", "MENTEE", "Claire Fontaine"),
      summary("p3", "COMPLETED", "MENTOR", "Inès Roux"),
      summary("p4", "CANCELLED", "MENTEE", "Karim Benali"),
    ]);

    renderWithProviders(<MyMentorshipsPage />, { url: "/mentorats" });

    expect(await screen.findByRole("heading", { level: 2, name: "1 mentorat en cours" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Claire Fontaine" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "En attente (1)" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Terminés (2)" })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("tab", { name: "En cours (1)" })).toHaveAttribute("aria-selected", "true"));
  });

  it("opens on the requests waiting when nothing is under way, and on the ended ones when only they exist", async () => {
    serverWith([summary("p1", "PENDING", "MENTEE", "Sophie Marchand"), summary("p3", "COMPLETED", "MENTOR", "Inès Roux")]);
    const first = renderWithProviders(<MyMentorshipsPage />, { url: "/mentorats" });
    expect(await screen.findByRole("heading", { level: 2, name: "1 demande en attente" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "En cours (0)" })).toBeInTheDocument();
    first.unmount();

    serverWith([summary("p3", "COMPLETED", "MENTOR", "Inès Roux")]);
    renderWithProviders(<MyMentorshipsPage />, { url: "/mentorats" });
    expect(await screen.findByRole("heading", { level: 2, name: "1 mentorat terminé" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Inès Roux" })).toBeInTheDocument();
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

  it("says so once, without the role headings, when a tab is empty", async () => {
    serverWith([summary("p1", "PENDING", "MENTEE", "Claire Fontaine")]);

    renderWithProviders(<MyMentorshipsPage />, { url: "/mentorats?onglet=termines" });

    expect(await screen.findByRole("heading", { name: "Aucun mentorat terminé" })).toBeInTheDocument();
    expect(screen.getByText(/Les mentorats terminés, annulés, et les demandes déclinées/)).toBeInTheDocument();
    // The DSFR script, loaded asynchronously, settles the tabs' state a moment after React renders them.
    await waitFor(() => expect(screen.getByRole("tab", { name: "Terminés (0)" })).toHaveAttribute("aria-selected", "true"));
    expect(screen.queryByRole("link", { name: "Claire Fontaine" })).not.toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Je suis mentor" })).not.toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Je suis accompagné·e" })).not.toBeInTheDocument();
  });

  it("pages through each role's list on its own, within its tab, and takes the focus to the list shown", async () => {
    const api = serverWith([summary("p1", "ACCEPTED", "MENTOR", "Léa Moreau"), summary("p2", "ACCEPTED", "MENTEE", "Claire Fontaine")], {
      MENTOR: 25,
    });
    const { router } = renderWithProviders(<MyMentorshipsPage />, { url: "/mentorats?onglet=en-cours&page-mentor=2" });
    const user = userEvent.setup({ delay: null });

    const pagination = within(await screen.findByRole("region", { name: "Je suis mentor" })).getByRole("navigation", {
      name: /pagination/i,
    });
    expect(within(pagination).getByRole("link", { name: "3" })).toHaveAttribute("href", "/mentorats?onglet=en-cours&page-mentor=3");
    expect(within(section("Je suis accompagné·e")).queryByRole("navigation")).not.toBeInTheDocument();
    const pageAsked = (role: string) =>
      api
        .requestsTo("GET", MENTORSHIPS)
        .map(({ url }) => new URL(url).searchParams)
        .filter((params) => params.get("role") === role)
        .map((params) => params.get("page"));
    expect(pageAsked("MENTOR")).toEqual(["1"]);
    expect(pageAsked("MENTEE")).toEqual(["0"]);

    await user.click(within(pagination).getByRole("link", { name: "3" }));

    expect(router.state.location.search).toBe("?onglet=en-cours&page-mentor=3");
    await waitFor(() => expect(screen.getByRole("heading", { name: "Je suis mentor" })).toHaveFocus());
    expect(pageAsked("MENTOR")).toEqual(["1", "2"]);
    expect(pageAsked("MENTEE")).toEqual(["0"]);
  });
});
