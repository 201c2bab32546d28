import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Challenge, ChallengeEntry, ChallengeEntryComment } from "../../../lib/api/types";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi, problemResponse, type ApiRoutes } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { challengeFixture, commentFixture, entryFixture, page } from "../test/challenge-fixtures";
import { ChallengePage } from "./challenge-page";

const CHALLENGE = "/api/v1/challenges/c-1";
const MY_ENTRY = `${CHALLENGE}/entries/me`;
const ENTRIES = `${CHALLENGE}/entries`;

function signIn(roles: string[] = ["member"], memberId = "m-lea") {
  startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId, roles });
}

function renderPage(challenge: Challenge, routes: ApiRoutes = {}) {
  const api = mockApi({ [`GET ${CHALLENGE}`]: () => jsonResponse(challenge), ...routes });
  renderWithProviders(<ChallengePage />, { url: "/piscine/c-1", path: "/piscine/:id" });
  return { api, user: userEvent.setup({ delay: null }) };
}

describe("an open challenge", () => {
  it("shows the task as the server rendered it, the dataset, and says that entries stay hidden until the close", async () => {
    signIn();
    renderPage(challengeFixture(), { [`GET ${MY_ENTRY}`]: () => problemResponse({ status: 404, detail: "Pas de participation." }) });

    expect(await screen.findByRole("heading", { level: 1, name: "Les naissances par département" })).toBeInTheDocument();
    expect(screen.getByText("baisser le plus").tagName).toBe("STRONG");
    expect(screen.getByText("du lundi 30 novembre à 9 h au dimanche 6 décembre 2026 à 23 h 59 (heure de Paris)")).toBeInTheDocument();
    expect(screen.getByText("Naissances par département")).toBeInTheDocument();
    expect(screen.getByText("Producteur : Insee")).toBeInTheDocument();
    expect(screen.getByText("Vérifié", { exact: true })).toBeInTheDocument();
    expect(screen.getByText(/3 participations pour l'instant/)).toBeInTheDocument();
    expect(screen.getByText(/Les participations restent cachées jusqu'à la clôture.*ne copiez pas/)).toBeInTheDocument();
    expect(await screen.findByRole("button", { name: "Déposer ma participation" })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Les participations" })).not.toBeInTheDocument();
  });

  it("asks for a text when there is no link, and for the language, before sending anything", async () => {
    signIn();
    const { api, user } = renderPage(challengeFixture(), {
      [`GET ${MY_ENTRY}`]: () => problemResponse({ status: 404 }),
    });

    await user.click(await screen.findByRole("button", { name: "Déposer ma participation" }));

    expect(screen.getByText("Sans lien, dites en quelques lignes ce que vous avez trouvé.")).toBeInTheDocument();
    expect(screen.getByText("Indiquez le langage ou l'outil utilisé.")).toBeInTheDocument();
    expect(screen.getByLabelText(/^Ce que vous avez trouvé/)).toHaveFocus();
    await user.type(screen.getByLabelText(/Lien vers votre notebook/), "http://exemple.fr/notebook");
    await user.click(screen.getByRole("button", { name: "Déposer ma participation" }));
    expect(screen.getByText("Donnez une adresse qui commence par https://, sans espace.")).toBeInTheDocument();
    expect(api.requestsTo("PUT", MY_ENTRY)).toHaveLength(0);
  });

  it("submits a « vestiaire » entry with what blocked its author, then shows it saved", async () => {
    signIn();
    let saved: ChallengeEntry | null = null;
    const { api, user } = renderPage(challengeFixture(), {
      [`GET ${MY_ENTRY}`]: () => (saved ? jsonResponse(saved) : problemResponse({ status: 404 })),
      [`PUT ${MY_ENTRY}`]: async (request) => {
        saved = entryFixture({ authorId: "m-lea", authorName: "Léa Moreau", link: undefined, ...(await request.json()) });
        return jsonResponse(saved, 201);
      },
    });

    await user.type(await screen.findByLabelText(/^Ce que vous avez trouvé/), "La Creuse perd un tiers de ses naissances.");
    await user.selectOptions(screen.getByLabelText("Langage ou outil utilisé"), "R");
    expect(screen.queryByLabelText(/Ce qui m'a bloqué/)).not.toBeInTheDocument();
    await user.click(screen.getByLabelText(/Je partage un travail inachevé/));
    await user.type(screen.getByLabelText(/Ce qui m'a bloqué/), "Les codes des départements d'outre-mer.");
    await user.click(screen.getByRole("button", { name: "Déposer ma participation" }));

    expect(await screen.findByText(/Votre participation est enregistrée/)).toBeInTheDocument();
    expect(await api.requestsTo("PUT", MY_ENTRY)[0].json()).toEqual({
      text: "La Creuse perd un tiers de ses naissances.",
      language: "R",
      vestiaire: true,
      blockedBy: "Les codes des départements d'outre-mer.",
    });
    expect(screen.getByText("Participation enregistrée")).toBeInTheDocument();
    expect(screen.getByText("Vestiaire")).toBeInTheDocument();
    expect(screen.getByText(/Les codes des départements d'outre-mer/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Modifier ma participation" })).toBeInTheDocument();
  });

  it("shows the server's refusal on the field it names", async () => {
    signIn();
    const { user } = renderPage(challengeFixture(), {
      [`GET ${MY_ENTRY}`]: () => problemResponse({ status: 404 }),
      [`PUT ${MY_ENTRY}`]: () =>
        problemResponse({
          status: 400,
          detail: "Certains champs sont invalides.",
          errors: [{ field: "putMine.input.text", message: "Le texte ne doit pas dépasser 4 000 caractères." }],
        }),
    });

    await user.type(await screen.findByLabelText(/^Ce que vous avez trouvé/), "Trop long");
    await user.selectOptions(screen.getByLabelText("Langage ou outil utilisé"), "PYTHON");
    await user.click(screen.getByRole("button", { name: "Déposer ma participation" }));

    expect(await screen.findByText("Le texte ne doit pas dépasser 4 000 caractères.")).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent("Certains champs sont invalides.");
  });

  it("withdraws my entry after confirmation", async () => {
    signIn();
    let mine: ChallengeEntry | null = entryFixture({ authorId: "m-lea", authorName: "Léa Moreau" });
    const { api, user } = renderPage(challengeFixture({ myEntry: true }), {
      [`GET ${MY_ENTRY}`]: () => (mine ? jsonResponse(mine) : problemResponse({ status: 404 })),
      [`DELETE ${MY_ENTRY}`]: () => {
        mine = null;
        return new Response(null, { status: 204 });
      },
    });

    await user.click(await screen.findByRole("button", { name: "Retirer ma participation" }));
    const dialog = await screen.findByRole("dialog", { name: "Retirer votre participation ?" });
    await user.click(within(dialog).getByRole("button", { name: "Retirer ma participation" }));

    expect(await screen.findByText(/Votre participation est retirée/)).toBeInTheDocument();
    expect(api.requestsTo("DELETE", MY_ENTRY)).toHaveLength(1);
    expect(await screen.findByRole("button", { name: "Déposer ma participation" })).toBeInTheDocument();
  });
});

describe("a challenge not open yet", () => {
  it("says when it opens, and offers no entry form", async () => {
    signIn();
    const { api } = renderPage(challengeFixture({ state: "UPCOMING", entryCount: 0 }));

    expect(await screen.findByText("Ce défi n'est pas encore ouvert")).toBeInTheDocument();
    expect(screen.getByText(/Il ouvre le lundi 30 novembre 2026 à 9 h/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Déposer ma participation" })).not.toBeInTheDocument();
    expect(api.requestsTo("GET", MY_ENTRY)).toHaveLength(0);
  });
});

describe("a closed challenge", () => {
  const closed = challengeFixture({ state: "CLOSED" });

  /** A server holding Claire's and Léa's entries, counting kudos and highlights as the API does. */
  function closedServer() {
    const entries = [
      entryFixture(),
      entryFixture({ id: "e-lea", authorId: "m-lea", authorName: "Léa Moreau", kudos: 1, text: "Ma carte" }),
    ];
    const comments: ChallengeEntryComment[] = [commentFixture({ authorId: "m-karim", authorName: "Karim Benali", body: "Bravo !" })];
    const entryOf = (request: Request) => entries.find(({ id }) => request.url.includes(`/entries/${id}/`)) as ChallengeEntry;
    return {
      [`GET ${ENTRIES}`]: () => jsonResponse(page(entries)),
      [`PUT ${ENTRIES}/e-claire/kudos`]: (request: Request) => {
        Object.assign(entryOf(request), { kudosGivenByMe: true, kudos: 3 });
        return new Response(null, { status: 204 });
      },
      [`DELETE ${ENTRIES}/e-claire/kudos`]: (request: Request) => {
        Object.assign(entryOf(request), { kudosGivenByMe: false, kudos: 2 });
        return new Response(null, { status: 204 });
      },
      [`PUT ${ENTRIES}/e-claire/highlight`]: (request: Request) => {
        Object.assign(entryOf(request), { highlighted: true });
        return new Response(null, { status: 204 });
      },
      [`GET ${ENTRIES}/e-claire/comments`]: () => jsonResponse(page(comments)),
      [`POST ${ENTRIES}/e-claire/comments`]: async (request: Request) => {
        const { body } = await request.json();
        const added = commentFixture({ id: "k-2", body });
        comments.push(added);
        entries[0].commentCount = comments.length;
        return jsonResponse(added, 201);
      },
      [`DELETE ${ENTRIES}/e-claire/comments/k-2`]: () => {
        comments.splice(1, 1);
        entries[0].commentCount = comments.length;
        return new Response(null, { status: 204 });
      },
    };
  }

  it("lists every entry; a member gives kudos and takes them back, never on their own entry", async () => {
    signIn();
    const { api, user } = renderPage(closed, closedServer());

    expect(await screen.findByRole("heading", { name: "Les participations" })).toBeInTheDocument();
    const claire = (await screen.findByRole("heading", { name: "Claire Fontaine" })).closest("article") as HTMLElement;
    const kudos = within(claire).getByRole("button", { name: "Bravo à Claire Fontaine" });
    expect(kudos).toHaveAttribute("aria-pressed", "false");
    expect(within(claire).getByText("2 bravos")).toBeInTheDocument();

    await user.click(kudos);
    await waitFor(() =>
      expect(within(claire).getByRole("button", { name: "Bravo à Claire Fontaine" })).toHaveAttribute("aria-pressed", "true"),
    );
    expect(within(claire).getByText("3 bravos")).toBeInTheDocument();
    await user.click(within(claire).getByRole("button", { name: "Bravo à Claire Fontaine" }));
    await waitFor(() => expect(within(claire).getByText("2 bravos")).toBeInTheDocument());
    expect(api.requestsTo("PUT", `${ENTRIES}/e-claire/kudos`)).toHaveLength(1);
    expect(api.requestsTo("DELETE", `${ENTRIES}/e-claire/kudos`)).toHaveLength(1);

    const mine = screen.getByRole("heading", { name: "Léa Moreau (vous)" }).closest("article") as HTMLElement;
    expect(within(mine).queryByRole("button", { name: /Bravo/ })).not.toBeInTheDocument();
    expect(within(mine).getByText("1 bravo")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Mettre en avant/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Modifier le défi" })).not.toBeInTheDocument();
  });

  it("lets a member comment, and delete their own comment after confirmation only", async () => {
    signIn();
    const { api, user } = renderPage(closed, closedServer());

    const claire = (await screen.findByRole("heading", { name: "Claire Fontaine" })).closest("article") as HTMLElement;
    await user.click(within(claire).getByRole("button", { name: "Commentaires (0)" }));
    expect(await within(claire).findByText("Bravo !")).toBeInTheDocument();
    expect(within(claire).queryByRole("button", { name: /Supprimer le commentaire de Karim/ })).not.toBeInTheDocument();

    await user.type(within(claire).getByLabelText(/^Commenter la participation de Claire Fontaine/), "Très clair, merci !");
    await user.click(within(claire).getByRole("button", { name: "Publier le commentaire" }));
    expect(await within(claire).findByText("Très clair, merci !")).toBeInTheDocument();
    expect(await api.requestsTo("POST", `${ENTRIES}/e-claire/comments`)[0].json()).toEqual({ body: "Très clair, merci !" });

    await user.click(within(claire).getByRole("button", { name: "Supprimer le commentaire de Léa Moreau" }));
    const dialog = await screen.findByRole("dialog", { name: "Supprimer ce commentaire ?" });
    await user.click(within(dialog).getByRole("button", { name: "Supprimer le commentaire" }));
    await waitFor(() => expect(within(claire).queryByText("Très clair, merci !")).not.toBeInTheDocument());
    expect(api.requestsTo("DELETE", `${ENTRIES}/e-claire/comments/k-2`)).toHaveLength(1);
  });

  it("gives animateurs the highlight toggle, the deletion of any comment and the challenge's controls", async () => {
    signIn(["member", "animateur"], "m-karim-animateur");
    const { api, user } = renderPage(closed, closedServer());

    const claire = (await screen.findByRole("heading", { name: "Claire Fontaine" })).closest("article") as HTMLElement;
    expect(screen.getByRole("link", { name: "Modifier le défi" })).toHaveAttribute("href", "/piscine/c-1/modifier");
    const highlight = within(claire).getByRole("button", { name: "Mettre en avant la participation de Claire Fontaine" });
    expect(highlight).toHaveAttribute("aria-pressed", "false");
    await user.click(highlight);
    expect(await within(claire).findByText("Mise en avant")).toBeInTheDocument();
    expect(api.requestsTo("PUT", `${ENTRIES}/e-claire/highlight`)).toHaveLength(1);

    await user.click(within(claire).getByRole("button", { name: "Commentaires (0)" }));
    expect(await within(claire).findByRole("button", { name: "Supprimer le commentaire de Karim Benali" })).toBeInTheDocument();
  });
});

describe("a challenge that cannot be shown", () => {
  it("shows the not-found page when the challenge does not exist", async () => {
    signIn();
    mockApi({ [`GET ${CHALLENGE}`]: () => problemResponse({ status: 404, detail: "Défi introuvable." }) });
    renderWithProviders(<ChallengePage />, { url: "/piscine/c-1", path: "/piscine/:id" });

    expect(await screen.findByRole("heading", { level: 1, name: "Page non trouvée" })).toBeInTheDocument();
    expect(screen.queryByText("Défi introuvable.")).not.toBeInTheDocument();
  });

  it("keeps the server's explanation when the challenge fails to load for another reason", async () => {
    signIn();
    mockApi({ [`GET ${CHALLENGE}`]: () => problemResponse({ status: 500, detail: "Erreur interne." }) });
    renderWithProviders(<ChallengePage />, { url: "/piscine/c-1", path: "/piscine/:id" });

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Ce défi n'a pas pu être chargé");
    expect(alert).toHaveTextContent("Erreur interne.");
    expect(screen.getByRole("heading", { level: 1, name: "Défi" })).toBeInTheDocument();
  });
});
