import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { jsonResponse, mockApi } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { newcomer } from "../test/overview-fixtures";
import { MonEspacePage } from "./mon-espace-page";

const OVERVIEW = "/api/v1/me/overview";

function block(name: string) {
  return screen.getByRole("region", { name });
}

describe("« Mon espace »", () => {
  it("says in each empty block what to do next", async () => {
    mockApi({ [`GET ${OVERVIEW}`]: () => jsonResponse(newcomer()) });
    renderWithProviders(<MonEspacePage />);

    expect(await screen.findByText("Bonjour Léa, voici où vous en êtes.")).toBeInTheDocument();
    expect(within(block("Ce qui attend ma réponse")).getByText(/Aucune demande en attente/)).toBeInTheDocument();
    expect(within(block("Ce qui attend ma réponse")).getByRole("link", { name: "Trouver un mentor" })).toHaveAttribute(
      "href",
      "/trouver-un-mentor",
    );
    expect(within(block("Mes mentorats")).getByText(/Aucun mentorat en cours/)).toBeInTheDocument();
    expect(within(block("Mes projets")).getByRole("link", { name: "Voir les projets qui cherchent vos compétences" })).toHaveAttribute(
      "href",
      "/projets?needsMySkills=true",
    );
    expect(within(block("Mes parcours")).getByRole("link", { name: "Choisir un parcours" })).toHaveAttribute("href", "/parcours");
    expect(within(block("Mes prochains événements")).getByRole("link", { name: "Voir l'agenda" })).toHaveAttribute("href", "/evenements");
    expect(within(block("Le défi de la semaine")).getByText(/Pas de défi cette semaine/)).toBeInTheDocument();
    expect(within(block("Mes notifications")).getByText(/Aucune notification pour l'instant/)).toBeInTheDocument();
    expect(within(block("Mon profil")).getByText("Profil complété à 0 %.")).toBeInTheDocument();
    expect(within(block("Mon profil")).getByText("Dites ce que vous voulez apprendre")).toBeInTheDocument();
  });

  it("shows the three first steps, ticked from the data, until the member closes them", async () => {
    const api = mockApi({
      [`GET ${OVERVIEW}`]: () =>
        jsonResponse(
          newcomer({
            welcome: { shown: true, dismissed: false, skillsDescribed: true, learningWishesGiven: false, mentorOrPathFound: false },
          }),
        ),
      [`POST ${OVERVIEW}/welcome/dismiss`]: () => new Response(null, { status: 204 }),
    });
    renderWithProviders(<MonEspacePage />);

    const welcome = await screen.findByRole("region", { name: "Bienvenue ! Vos trois premiers pas" });
    expect(within(welcome).getByText("1 sur 3 fait. Chaque étape se coche toute seule une fois faite.")).toBeInTheDocument();
    expect(within(welcome).getAllByText("Fait")).toHaveLength(1);
    expect(within(welcome).getAllByText("À faire")).toHaveLength(2);
    expect(within(welcome).queryByRole("link", { name: "Décrire mes compétences" })).not.toBeInTheDocument();
    expect(within(welcome).getByRole("link", { name: "Dire ce que je veux apprendre" })).toHaveAttribute("href", "/profil");
    expect(within(welcome).getByRole("link", { name: "Trouver un mentor" })).toHaveAttribute("href", "/trouver-un-mentor");

    await userEvent.click(within(welcome).getByRole("button", { name: "Masquer ces premiers pas" }));
    expect(api.requestsTo("POST", `${OVERVIEW}/welcome/dismiss`)).toHaveLength(1);
  });

  it("shows a pending request, a pairing with its next session and the unread notifications", async () => {
    mockApi({
      [`GET ${OVERVIEW}`]: () =>
        jsonResponse(
          newcomer({
            sentRequests: [
              { mentorshipId: "p-1", mentor: { id: "m-2", displayName: "Claire Mentor" }, requestedAt: "2026-03-02T09:30:00+01:00" },
            ],
            mentorships: [
              {
                mentorshipId: "p-2",
                status: "ACCEPTED",
                myRole: "MENTEE",
                otherParty: { id: "m-3", displayName: "Paul Expert" },
                nextSession: { startsAt: "2026-03-19T14:00:00+01:00", durationMinutes: 60, place: "Salle 3.12" },
                goalsDone: 1,
                goalsTotal: 3,
              },
            ],
            notifications: {
              unreadCount: 1,
              latest: [
                {
                  id: "n-1",
                  title: "Paul Expert a fixé votre prochaine séance",
                  link: "/mentorats/p-2",
                  createdAt: "2026-03-02T09:30:00+01:00",
                  read: false,
                },
              ],
            },
            welcome: { shown: false, dismissed: false, skillsDescribed: true, learningWishesGiven: true, mentorOrPathFound: true },
          }),
        ),
    });
    renderWithProviders(<MonEspacePage />);

    const mentorships = await screen.findByRole("region", { name: "Mes mentorats" });
    expect(within(mentorships).getByRole("link", { name: "Ma demande à Claire Mentor" })).toHaveAttribute("href", "/mentorats/p-1");
    expect(within(mentorships).getByText("En attente de réponse")).toBeInTheDocument();
    expect(within(mentorships).getByRole("link", { name: "Paul Expert m'accompagne" })).toHaveAttribute("href", "/mentorats/p-2");
    expect(within(mentorships).getByText(/Prochaine séance le .*, Salle 3\.12\./)).toBeInTheDocument();
    expect(within(mentorships).getByText(/Objectifs atteints : 1 sur 3\./)).toBeInTheDocument();
    expect(within(block("Mes notifications")).getByText("1 notification non lue.")).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Bienvenue ! Vos trois premiers pas" })).not.toBeInTheDocument();
  });
});
