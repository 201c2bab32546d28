import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Mentorship, MentorshipGoal } from "../../../lib/api/types";
import { jsonResponse, mockApi, problemResponse } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { mentorshipFixture } from "../test/mentorship-fixtures";
import { MentorshipGoals } from "./mentorship-goals";

const ID = "p-1";
const GOALS = `/api/v1/mentorships/${ID}/goals`;

function goal(id: string, title: string, done = false): MentorshipGoal {
  return { id, title, done, position: 0, createdAt: "2026-03-02T09:30:00+01:00", updatedAt: "2026-03-02T09:30:00+01:00", comments: [] };
}

function pairing(status: Mentorship["status"]): Mentorship {
  return mentorshipFixture({ id: ID, status, goals: { total: 2, done: 0 } });
}

/** A server that keeps the goals and applies the PATCHes and DELETEs it receives, once it has given the refusals it is told to. */
function goalServer(routes = {}, refusals: Response[] = []) {
  let items = [goal("g-1", "Écrire mon premier script R"), goal("g-2", "Produire un graphique avec ggplot2")];
  const progress = () => ({ total: items.length, done: items.filter(({ done }) => done).length });
  return mockApi({
    [`GET ${GOALS}`]: () => jsonResponse({ items, progress: progress() }),
    [`PATCH ${GOALS}/g-1`]: async (request) => {
      const refusal = refusals.shift();
      if (refusal) return refusal;
      const change = (await request.json()) as Partial<MentorshipGoal>;
      const doneAt = change.done ? { doneAt: "2026-03-10T10:00:00+01:00" } : {};
      items = items.map((item) => (item.id === "g-1" ? { ...item, ...change, ...doneAt } : item));
      return jsonResponse(items[0]);
    },
    [`DELETE ${GOALS}/g-2`]: () => {
      items = items.filter(({ id }) => id !== "g-2");
      return new Response(null, { status: 204 });
    },
    ...routes,
  });
}

describe("the goals of a pairing", () => {
  it("ticks a goal and shows the progress", async () => {
    const api = goalServer();
    renderWithProviders(<MentorshipGoals mentorship={pairing("ACCEPTED")} />);
    const user = userEvent.setup({ delay: null });

    expect(await screen.findByText("0 objectif atteint sur 2")).toBeInTheDocument();
    await user.click(screen.getByLabelText("Écrire mon premier script R"));

    expect(screen.getByRole("checkbox", { name: /^Écrire mon premier script R/ })).toBeChecked();
    expect(await screen.findByText("1 objectif atteint sur 2")).toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: /^Écrire mon premier script R/ })).toHaveAccessibleName(/Atteint le 10 mars 2026/);
    expect(await api.requestsTo("PATCH", `${GOALS}/g-1`)[0].json()).toEqual({ done: true });
    expect(screen.getByLabelText("Produire un graphique avec ggplot2")).not.toBeChecked();
  });

  it("unticks the goal again when the server refuses, and says why", async () => {
    const detail = "Ce mentorat est terminé : ses objectifs ne peuvent plus être modifiés.";
    goalServer({ [`PATCH ${GOALS}/g-1`]: () => problemResponse({ status: 409, detail }) });
    renderWithProviders(<MentorshipGoals mentorship={pairing("ACCEPTED")} />);

    await userEvent.click(await screen.findByLabelText("Écrire mon premier script R"));

    expect(await screen.findByText(detail)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText("Écrire mon premier script R")).not.toBeChecked());
  });

  it("only shows the checklist once the pairing is over", async () => {
    goalServer();
    renderWithProviders(<MentorshipGoals mentorship={pairing("COMPLETED")} />);

    expect(await screen.findByLabelText("Écrire mon premier script R")).toBeDisabled();
    expect(screen.queryByRole("button", { name: "Ajouter l'objectif" })).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/Commenter/)).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^(Modifier|Supprimer)/ })).not.toBeInTheDocument();
  });

  it("lets an animateur who follows the pairing read the goals, but neither tick, modify nor delete them", async () => {
    goalServer();
    renderWithProviders(<MentorshipGoals mentorship={{ ...pairing("ACCEPTED"), myRole: "SUPERVISOR" }} />);

    expect(await screen.findByLabelText("Écrire mon premier script R")).toBeDisabled();
    expect(screen.queryByRole("button", { name: /^(Modifier|Supprimer)/ })).not.toBeInTheDocument();
  });

  it("modifies a goal in a modal, with the server's message on the field it is about", async () => {
    const titleRefused = "L'intitulé compte au plus 200 caractères.";
    const server = goalServer({}, [
      problemResponse({
        status: 400,
        detail: "Certains champs sont invalides.",
        errors: [{ field: "updateGoal.update.title", message: titleRefused }],
      }),
    ]);
    renderWithProviders(<MentorshipGoals mentorship={pairing("ACCEPTED")} />);
    const user = userEvent.setup({ delay: null });

    const modify = await screen.findByRole("button", { name: "Modifier l'objectif « Écrire mon premier script R »" });
    await user.click(modify);
    const dialog = await screen.findByRole("dialog", { name: "Modifier l'objectif" });
    const title = within(dialog).getByLabelText(/^Objectif/);
    expect(title).toHaveValue("Écrire mon premier script R");

    await user.clear(title);
    await user.click(within(dialog).getByRole("button", { name: "Enregistrer l'objectif" }));
    expect(title).toHaveAccessibleDescription("Décrivez l'objectif.");
    expect(server.requestsTo("PATCH", `${GOALS}/g-1`)).toHaveLength(0);

    await user.type(title, "Écrire mes premiers scripts R");
    await user.type(within(dialog).getByLabelText(/Précisions/), "Sur les données du tribunal");
    await user.click(within(dialog).getByRole("button", { name: "Enregistrer l'objectif" }));
    await waitFor(() => expect(title).toHaveAccessibleDescription(titleRefused));

    await user.click(within(dialog).getByRole("button", { name: "Enregistrer l'objectif" }));

    expect(await screen.findByText("L'objectif est modifié.")).toBeInTheDocument();
    expect(await server.requestsTo("PATCH", `${GOALS}/g-1`)[1].json()).toEqual({
      title: "Écrire mes premiers scripts R",
      details: "Sur les données du tribunal",
    });
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Modifier l'objectif « Écrire mes premiers scripts R »" })).toHaveFocus(),
    );
  });

  it("deletes a goal only once confirmed, naming it, and updates the progress", async () => {
    const api = goalServer();
    renderWithProviders(<MentorshipGoals mentorship={pairing("ACCEPTED")} />);
    const user = userEvent.setup({ delay: null });
    const deleteButton = await screen.findByRole("button", { name: "Supprimer l'objectif « Produire un graphique avec ggplot2 »" });

    await user.click(deleteButton);
    let dialog = await screen.findByRole("dialog", { name: "Supprimer l'objectif « Produire un graphique avec ggplot2 » ?" });
    expect(dialog).toHaveTextContent("L'objectif sera supprimé pour vous deux. Cette suppression est définitive.");
    await user.click(within(dialog).getByRole("button", { name: "Annuler" }));

    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await waitFor(() => expect(deleteButton).toHaveFocus());
    expect(api.requestsTo("DELETE", `${GOALS}/g-2`)).toHaveLength(0);
    expect(screen.getByLabelText("Produire un graphique avec ggplot2")).toBeInTheDocument();

    await user.click(deleteButton);
    dialog = await screen.findByRole("dialog", { name: "Supprimer l'objectif « Produire un graphique avec ggplot2 » ?" });
    await user.click(within(dialog).getByRole("button", { name: "Supprimer l'objectif" }));

    expect(await screen.findByText("0 objectif atteint sur 1")).toBeInTheDocument();
    expect(screen.queryByLabelText("Produire un graphique avec ggplot2")).not.toBeInTheDocument();
    expect(api.requestsTo("DELETE", `${GOALS}/g-2`)).toHaveLength(1);
    await waitFor(() =>
      expect(document.activeElement).toHaveTextContent("L'objectif « Produire un graphique avec ggplot2 » est supprimé."),
    );
  });

  it("comments a goal", async () => {
    const api = goalServer({
      [`POST ${GOALS}/g-2/comments`]: () =>
        jsonResponse({ id: "c-1", authorName: "Léa Moreau", body: "Fait !", createdAt: "2026-03-10T10:00:00+01:00" }, 201),
    });
    renderWithProviders(<MentorshipGoals mentorship={pairing("ACCEPTED")} />);
    const user = userEvent.setup({ delay: null });

    await user.click(await screen.findByRole("button", { name: "Commentaires sur « Produire un graphique avec ggplot2 » (0)" }));
    const field = screen.getByLabelText("Commenter « Produire un graphique avec ggplot2 »");
    await user.type(field, "Fait !");
    await user.click(within(field.closest("form") as HTMLElement).getByRole("button", { name: "Ajouter le commentaire" }));

    await waitFor(() => expect(api.requestsTo("POST", `${GOALS}/g-2/comments`)).toHaveLength(1));
    expect(await api.requestsTo("POST", `${GOALS}/g-2/comments`)[0].json()).toEqual({ body: "Fait !" });
  });
});
