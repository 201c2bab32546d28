import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi, problemResponse, REFERENTIAL_ROUTES } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { fill } from "../test/fill-field";
import { eventFixture } from "../test/event-fixtures";
import { NewEventPage } from "./new-event-page";

function signIn(roles: string[] = ["member", "animateur"]) {
  startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-nadia", roles });
}

function renderPage() {
  return renderWithProviders(<NewEventPage />, {
    url: "/evenements/nouveau",
    otherRoutes: [
      { path: "/evenements/:id", element: <p>La page de l'événement</p> },
      { path: "/evenements", element: <p>L'agenda</p> },
    ],
  });
}

describe("creating an event", () => {
  it("sends the times entered at Paris with their offsets, across the October change, and the speakers", async () => {
    signIn();
    const api = mockApi({
      ...REFERENTIAL_ROUTES,
      "GET /api/v1/members": () =>
        jsonResponse({
          items: [{ id: "m-claire", displayName: "Claire Fontaine", skills: [], canMentor: false, wantsMentor: false }],
          page: 0,
          size: 5,
          total: 1,
        }),
      "GET /api/v1/projects": () =>
        jsonResponse({ items: [{ id: "p-cartes", title: "Cartes des déserts médicaux" }], page: 0, size: 5, total: 1 }),
      "POST /api/v1/events": () => jsonResponse(eventFixture({ id: "e-new" }), 201),
    });
    const { router } = renderPage();
    const user = userEvent.setup({ delay: null });

    await fill(user, await screen.findByLabelText(/^Titre/), "Les cartes avec R");
    await user.selectOptions(screen.getByLabelText("Type d'événement"), "Atelier");
    const start = screen.getByRole("group", { name: /^Début/ });
    const end = screen.getByRole("group", { name: /^Fin/ });
    await user.type(start.querySelector("input[type=date]") as HTMLElement, "2026-10-24");
    await user.type(start.querySelector("input[type=time]") as HTMLElement, "23:30");
    await user.type(end.querySelector("input[type=date]") as HTMLElement, "2026-10-25");
    await user.type(end.querySelector("input[type=time]") as HTMLElement, "03:30");
    await fill(user, screen.getByLabelText(/^Lien de connexion/), "https://webinaire.numerique.gouv.fr/cartes");
    await fill(user, screen.getByLabelText(/^Nombre de places/), "1");
    await user.click(screen.getByLabelText("R", { selector: "input[type=radio]" }));
    await fill(user, screen.getByLabelText(/^Chercher un membre/), "Claire");
    await user.click(screen.getByRole("button", { name: "Chercher parmi les membres" }));
    await user.click(await screen.findByRole("button", { name: "Ajouter Claire Fontaine" }));
    await user.click(screen.getByRole("button", { name: "Ajouter une personne extérieure" }));
    await waitFor(() => expect(screen.getByLabelText("Nom de l'intervenant 2")).toHaveFocus());
    await user.keyboard("Hadley Wickham");
    await fill(user, screen.getByLabelText(/^Chercher un projet par son titre/), "cartes");
    await user.click(screen.getByRole("button", { name: "Chercher le projet" }));
    await user.click(await screen.findByRole("button", { name: "Choisir « Cartes des déserts médicaux »" }));
    expect(screen.getByRole("button", { name: "Retirer le projet" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Créer l'événement" }));

    await waitFor(() => expect(router.state.location.pathname).toBe("/evenements/e-new"));
    expect(await api.requestsTo("POST", "/api/v1/events")[0].json()).toEqual({
      title: "Les cartes avec R",
      description: "",
      type: "WORKSHOP",
      // 23:30 in summer time, 3:30 in winter time: five hours later.
      startsAt: "2026-10-24T23:30:00+02:00",
      endsAt: "2026-10-25T03:30:00+01:00",
      onlineUrl: "https://webinaire.numerique.gouv.fr/cartes",
      capacity: 1,
      language: "R",
      topics: [],
      speakers: [{ memberId: "m-claire" }, { name: "Hadley Wickham" }],
      projectId: "p-cartes",
    });
  });

  it("checks the fields before sending, and focuses the first one in error", async () => {
    signIn();
    const api = mockApi({ ...REFERENTIAL_ROUTES });
    renderPage();
    const user = userEvent.setup({ delay: null });

    const start = (await screen.findByRole("group", { name: /^Début/ })) as HTMLElement;
    await fill(user, await screen.findByLabelText(/^Titre/), "Les cartes avec R");
    await user.selectOptions(screen.getByLabelText("Type d'événement"), "Atelier");
    await user.type(start.querySelector("input[type=date]") as HTMLElement, "2027-03-28");
    await user.type(start.querySelector("input[type=time]") as HTMLElement, "02:30");
    await user.click(screen.getByRole("button", { name: "Créer l'événement" }));

    expect(await screen.findByText(/Cette heure n'existe pas à Paris ce jour-là/)).toBeInTheDocument();
    expect(start.querySelector("input[type=date]")).toHaveFocus();
    expect(screen.getByText("Indiquez la date et l'heure de fin.")).toBeInTheDocument();
    expect(screen.getByText("Indiquez un lieu, un lien de connexion, ou les deux.")).toBeInTheDocument();
    expect(screen.getByText(/Choisissez le langage/)).toBeInTheDocument();
    expect(api.requestsTo("POST", "/api/v1/events")).toHaveLength(0);
  });

  it("shows the server's refusal on its field", async () => {
    signIn();
    mockApi({
      ...REFERENTIAL_ROUTES,
      "POST /api/v1/events": () =>
        problemResponse({
          status: 400,
          detail: "Certains champs sont invalides.",
          errors: [{ field: "createEvent.body.place", message: "Lieu trop long." }],
        }),
    });
    renderPage();
    const user = userEvent.setup({ delay: null });

    await fill(user, await screen.findByLabelText(/^Titre/), "Rencontres Spyrales");
    await user.selectOptions(screen.getByLabelText("Type d'événement"), "Rencontre");
    const start = screen.getByRole("group", { name: /^Début/ });
    const end = screen.getByRole("group", { name: /^Fin/ });
    await user.type(start.querySelector("input[type=date]") as HTMLElement, "2027-06-04");
    await user.type(start.querySelector("input[type=time]") as HTMLElement, "09:00");
    await user.type(end.querySelector("input[type=date]") as HTMLElement, "2027-06-04");
    await user.type(end.querySelector("input[type=time]") as HTMLElement, "17:00");
    await fill(user, screen.getByLabelText(/^Lieu/), "Paris");
    await user.click(screen.getByLabelText("Sans langage de programmation"));
    await user.click(screen.getByRole("button", { name: "Créer l'événement" }));

    expect(await screen.findByText("Lieu trop long.")).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent("Certains champs sont invalides.");
  });

  it("is closed to members who are not organisers", async () => {
    signIn(["member"]);
    const api = mockApi({});

    renderPage();

    expect(screen.getByText("Cette page est réservée aux animateurs et administrateurs.")).toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
  });
});
